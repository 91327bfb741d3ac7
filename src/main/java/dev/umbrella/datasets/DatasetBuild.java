package dev.umbrella.datasets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code umbrella datasets build}: validates the curated files, derives commits and advisories from
 * the raw records (in parallel, one task per file), writes every dataset and {@code MANIFEST.csv}
 * into a temporary directory beside the target and swaps it in only when all of it succeeded, so a
 * failed build leaves the previous datasets untouched.
 */
public final class DatasetBuild {
    private final BuildOptions options;
    private final Path raw;
    private final List<String> notes = new ArrayList<>();

    /** What was written, and remarks for a reviewer (e.g. an alias name seen with an unlisted email). */
    public record Result(Path dir, Map<String, Integer> rows, List<String> notes) {}

    private DatasetBuild(BuildOptions options) {
        this.options = options;
        this.raw = options.raw();
    }

    public static Result run(BuildOptions options) {
        return new DatasetBuild(options).run();
    }

    private Result run() {
        if (!Files.isDirectory(raw)) {
            throw new DatasetException(raw.toString(), 0, "raw records directory is missing (set --raw or UMBRELLA_RAW)");
        }
        Timing.mark("start");
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            var t = new Thread(r, "datasets-build");
            t.setDaemon(true);
            return t;
        });
        try {
            // The two advisory archives are the longest single tasks: start them first, then the commit
            // exports (largest first) fill the gaps, while this thread validates the curated files.
            Future<AdvisoryArchives.Read> pypa = pool.submit(() -> AdvisoryArchives.pypa(raw));
            Future<AdvisoryArchives.Read> rubysec = pool.submit(() -> AdvisoryArchives.rubysec(raw));
            var aliases = Curated.aliases(options.curated());
            var commitTasks = new ArrayList<Future<CommitSource>>();
            var plans = CommitSource.plan(raw, options.repoClones());
            for (CommitSource.Plan plan : plans) {
                commitTasks.add(pool.submit(() -> plan.read(raw, aliases)));
            }
            Future<AdvisoryArchives.Read> psf = pool.submit(() -> AdvisoryArchives.psf(raw));
            var curated = Curated.read(options.curated(), aliases);
            Timing.mark("curated read");
            Future<ReportedMetrics.Built> metrics = curated.metricsSpec() == null ? null
                    : pool.submit(() -> ReportedMetrics.build(options.curated(), curated.metricsSpec(), curated.metricsVocabulary(), raw));

            var files = new LinkedHashMap<String, byte[]>();
            var entries = new ArrayList<Manifest.Entry>();
            String command = command();
            curated.tables().forEach(t -> add(files, entries, t.rows().dataset().fileName(), t.rows().size(),
                    t.rows().render(), command, List.of(t.input())));

            var commits = CommitSource.render(plans, commitTasks, curated.aliasesInput());
            Timing.mark("commits read and rendered");
            var sources = new ArrayList<CommitSource>();
            for (var task : commitTasks) {
                sources.add(await(task));
            }
            checkIdentities(curated, sources);
            files.put(Dataset.COMMITS.fileName(), commits.bytes());
            entries.add(new Manifest.Entry(Dataset.COMMITS.fileName(), commits.rows(), commits.sha256(), command, commits.inputs()));
            add(files, entries, Dataset.IDENTITIES.fileName(), curated.identities().size(), curated.identities().render(), command,
                    List.of(curated.aliasesInput()));

            var advisories = new ArrayList<String[]>();
            var advisoryInputs = new ArrayList<Input>();
            for (var read : List.of(await(psf), await(pypa), await(rubysec))) {
                read.advisories().forEach(a -> advisories.add(a.row()));
                advisoryInputs.add(read.input());
            }
            var advisoryRows = new DatasetRows(Dataset.ADVISORIES, advisories);
            add(files, entries, Dataset.ADVISORIES.fileName(), advisoryRows.size(), advisoryRows.render(), command, advisoryInputs);
            if (metrics != null) {
                var built = await(metrics);
                add(files, entries, Dataset.REPORTED_METRICS.fileName(), built.rows().size(), built.rows().render(), command, built.inputs());
            }
            Timing.mark("advisories and metrics");
            var manifest = Manifest.of(entries);
            files.put(Manifest.FILE, manifest.render());
            Path out = options.out().toAbsolutePath().normalize();
            DatasetDirectory.replace(out, files);
            Timing.mark("written");
            var rows = new LinkedHashMap<String, Integer>();
            manifest.entries().forEach((file, e) -> rows.put(file, e.rows()));
            return new Result(out, rows, List.copyOf(notes));
        } finally {
            pool.shutdownNow();
        }
    }

    private String command() {
        var command = new StringBuilder("umbrella datasets build");
        for (String clone : options.repoClones()) {
            var spec = GitClone.Spec.parse(clone);
            command.append(" --repo-clone ").append(spec.repo() != null ? spec.repo() : "<clone>");
        }
        return command.toString();
    }

    /**
     * Every name a resolved email committed under must be a reviewed {@code name} row of the alias
     * list (so identities.csv lists them all); an alias name used with an unlisted email is only a
     * note, because the name alone proves nothing.
     */
    private void checkIdentities(Curated curated, List<CommitSource> sources) {
        var aliases = curated.aliases();
        var seenNames = new TreeMap<String, String>();
        var otherEmails = new TreeMap<String, String>();
        for (var s : sources) {
            s.table().namesOfPeople().forEach(seenNames::putIfAbsent);
            s.table().aliasNamesOnOtherEmails().forEach(otherEmails::putIfAbsent);
        }
        seenNames.forEach((personAndName, where) -> {
            String person = personAndName.substring(0, personAndName.indexOf('\t'));
            String name = personAndName.substring(personAndName.indexOf('\t') + 1);
            if (!person.equals(aliases.personByName().get(name))) {
                throw new DatasetException(curated.aliasesLabel(), 0, person + "'s email committed as '" + name + "' (" + where
                        + "), a name the alias list does not give for " + person + "; review it and add a name row with evidence");
            }
        });
        otherEmails.forEach((name, where) -> notes.add("review: alias name '" + name + "' (" + aliases.personByName().get(name)
                + ") also commits with an unlisted email, e.g. " + where + "; not attributed"));
        Contributors.checkNoCollisions(sources.stream().map(s -> s.table().contributors().keys()).toList());
    }

    private static void add(Map<String, byte[]> files, List<Manifest.Entry> entries, String file, int rows, byte[] bytes,
            String command, List<Input> inputs) {
        files.put(file, bytes);
        entries.add(new Manifest.Entry(file, rows, Sha256.hex(bytes), command, inputs));
    }

    static <T> T await(Future<T> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
