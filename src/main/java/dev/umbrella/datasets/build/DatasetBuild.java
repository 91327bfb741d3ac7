package dev.umbrella.datasets.build;

import dev.umbrella.datasets.Dataset;
import dev.umbrella.datasets.DatasetException;
import dev.umbrella.datasets.Input;
import dev.umbrella.datasets.Manifest;
import dev.umbrella.datasets.Sha256;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
            throw new DatasetException(
                    raw.toString(), 0, "raw records directory is missing (set --raw or UMBRELLA_RAW)");
        }
        Timing.mark("start");
        ExecutorService pool =
                Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
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
            var plans = CommitSource.plan(raw, options.repoClones());
            // The commits the security labels name, so each export notes whether it holds them as it is read.
            var labelled = SecurityLabels.commitsNamed(options.curated());
            var commitTasks = new ArrayList<Future<CommitSource>>();
            for (CommitSource.Plan plan : plans) {
                var wanted = labelled.getOrDefault(plan.repo(), Set.of());
                commitTasks.add(pool.submit(() -> plan.read(raw, aliases, wanted)));
            }
            Future<AdvisoryArchives.Read> psf = pool.submit(() -> AdvisoryArchives.psf(raw));
            var curated = Curated.read(options.curated(), aliases);
            Timing.mark("curated read");
            Future<ReportedMetrics.Built> metrics = curated.metricsSpec() == null
                    ? null
                    : pool.submit(() -> ReportedMetrics.build(
                            options.curated(), curated.metricsSpec(), curated.metricsVocabulary(), raw));

            var output = new Output(command(plans));
            curated.tables().forEach(t -> output.add(t.rows(), List.of(t.input())));
            var sources = addCommits(output, curated, plans, commitTasks);
            if (curated.securityLabels() != null) {
                var labels = SecurityLabels.build(
                        options.curated(), curated.securityLabels(), SecurityLabels.exports(sources));
                output.add(labels.rows(), List.of(labels.input()));
            }
            var advisories = new ArrayList<String[]>();
            var advisoryInputs = new ArrayList<Input>();
            for (var read : List.of(await(psf), await(pypa), await(rubysec))) {
                read.advisories().forEach(a -> advisories.add(a.row()));
                advisoryInputs.add(read.input());
            }
            output.add(new DatasetRows(Dataset.ADVISORIES, advisories), advisoryInputs);
            ReportedMetrics.Built builtMetrics = null;
            if (metrics != null) {
                builtMetrics = await(metrics);
                output.add(builtMetrics.rows(), builtMetrics.inputs());
            }
            if (curated.outputKinds() != null && curated.outputsCurated() != null && builtMetrics != null) {
                var ledger = OutputLedger.build(
                        options.curated(),
                        curated.outputKinds(),
                        curated.outputsCurated(),
                        raw,
                        curatedRows(curated, Dataset.PERIODS),
                        builtMetrics.rows().rows(),
                        advisories,
                        repoCommits(sources),
                        curated.aliases(),
                        Curated.people(options.curated()));
                List<Input> ledgerInputs = new ArrayList<>(ledger.inputs());
                ledgerInputs.addAll(builtMetrics.inputs().subList(0, 1));
                output.add(ledger.rows(), ledgerInputs);
            }
            Timing.mark("advisories and metrics");
            return output.write(options.out().toAbsolutePath().normalize(), notes);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The rows of a curated table of this build (empty when the file does not exist). */
    private static List<String[]> curatedRows(Curated curated, Dataset dataset) {
        return curated.tables().stream()
                .filter(t -> t.rows().dataset() == dataset)
                .findFirst()
                .map(t -> t.rows().rows())
                .orElse(List.of());
    }

    /** Each repository's export window (first day, end of the last complete month) and its advisory-naming commits. */
    private static List<OutputLedger.RepoCommits> repoCommits(List<CommitSource> sources) {
        var result = new ArrayList<OutputLedger.RepoCommits>();
        for (CommitSource s : sources) {
            var table = s.table();
            if (table.rowCount() == 0) {
                continue;
            }
            var first = LocalDate.ofInstant(Instant.ofEpochSecond(table.firstTime()), ZoneOffset.UTC);
            var last = YearMonth.from(LocalDate.ofInstant(Instant.ofEpochSecond(table.lastTime()), ZoneOffset.UTC))
                    .minusMonths(1)
                    .atEndOfMonth();
            result.add(new OutputLedger.RepoCommits(s.read().repo(), first, last, table.advisoryFixes()));
        }
        return result;
    }

    /** commits.csv (hashed as repositories finish) and identities.csv, after the identity review. */
    private List<CommitSource> addCommits(
            Output output, Curated curated, List<CommitSource.Plan> plans, List<Future<CommitSource>> tasks) {
        var commits = CommitSource.render(plans, tasks, curated.aliasesInput());
        Timing.mark("commits read and rendered");
        var sources = new ArrayList<CommitSource>();
        for (var task : tasks) {
            sources.add(await(task));
        }
        checkIdentities(curated, sources);
        output.add(Dataset.COMMITS.fileName(), commits.rows(), commits.bytes(), commits.sha256(), commits.inputs());
        output.add(curated.identities(), List.of(curated.aliasesInput()));
        return sources;
    }

    /** The command the manifest records: clones are named by repository, never by a machine path. */
    private static String command(List<CommitSource.Plan> plans) {
        var command = new StringBuilder("umbrella datasets build");
        plans.stream()
                .filter(p -> p.gitClone() != null)
                .map(CommitSource.Plan::repo)
                .sorted()
                .forEach(repo -> command.append(" --repo-clone ").append(repo));
        return command.toString();
    }

    /** The files of a build and their manifest entries, written together. */
    private static final class Output {
        private final String command;
        private final Map<String, byte[]> files = new LinkedHashMap<>();
        private final List<Manifest.Entry> entries = new ArrayList<>();

        Output(String command) {
            this.command = command;
        }

        void add(DatasetRows rows, List<Input> inputs) {
            byte[] bytes = rows.render();
            add(rows.dataset().fileName(), rows.size(), bytes, Sha256.hex(bytes), inputs);
        }

        void add(String file, int rows, byte[] bytes, String sha256, List<Input> inputs) {
            files.put(file, bytes);
            entries.add(new Manifest.Entry(file, rows, sha256, command, inputs));
        }

        Result write(Path out, List<String> notes) {
            var manifest = Manifest.of(entries);
            files.put(Manifest.FILE, manifest.render());
            DatasetDirectory.replace(out, files);
            Timing.mark("written");
            var rows = new LinkedHashMap<String, Integer>();
            manifest.entries().forEach((file, e) -> rows.put(file, e.rows()));
            return new Result(out, rows, List.copyOf(notes));
        }
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
                throw new DatasetException(
                        curated.aliasesLabel(),
                        0,
                        person + "'s email committed as '" + name + "' (" + where
                                + "), a name the alias list does not give for " + person
                                + "; review it and add a name row with evidence");
            }
        });
        otherEmails.forEach((name, where) -> notes.add(
                "review: alias name '" + name + "' (" + aliases.personByName().get(name)
                        + ") also commits with an unlisted email, e.g. " + where + "; not attributed"));
        Contributors.checkNoCollisions(
                sources.stream().map(s -> s.table().contributors().keys()).toList());
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
