package dev.umbrella.datasets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * One repository's history turned into {@code commits.csv} rows: read from its raw export, or from
 * a local clone given with {@code --repo-clone} (which then replaces the export of the same
 * repository).
 */
record CommitSource(CommitExport.Read read, CommitTable table) {

    /** Where one repository's history will be read from. */
    record Plan(String repo, String exportPath, GitClone.Spec gitClone, long weight) {
        CommitSource read(Path raw, Aliases aliases) {
            var table = new CommitTable(new Contributors(aliases));
            var read = gitClone != null ? GitClone.read(gitClone, table::add) : CommitExport.read(raw, exportPath, table::add);
            Timing.mark("read " + repo);
            return new CommitSource(read, table);
        }
    }

    /** The rendered {@code commits.csv} and what the manifest says about it. */
    record Rendered(byte[] bytes, int rows, List<Input> inputs) {
        List<Input> inputs(Input aliases) {
            var all = new ArrayList<>(inputs);
            all.add(aliases);
            return all;
        }
    }

    /** The raw exports, with clones replacing the export of their repository; largest first. */
    static List<Plan> plan(Path raw, List<String> clones) {
        var plans = new LinkedHashMap<String, Plan>();
        for (String export : RawRecords.COMMIT_EXPORTS) {
            String repo = CommitExport.repoOf(export.substring(export.lastIndexOf('/') + 1));
            plans.put(repo, new Plan(repo, export, null, size(raw.resolve(export))));
        }
        var cloned = new HashMap<String, String>();
        for (String arg : clones) {
            var spec = GitClone.Spec.parse(arg);
            String repo = spec.repo() != null ? spec.repo() : GitClone.repoFromRemote(spec.dir(), "clone " + spec.dir().getFileName());
            if (cloned.put(repo, arg) != null) {
                throw new DatasetException("--repo-clone " + arg, 0, "two clones of " + repo);
            }
            plans.put(repo, new Plan(repo, null, new GitClone.Spec(repo, spec.dir()), Long.MAX_VALUE));
        }
        var ordered = new ArrayList<>(plans.values());
        ordered.sort(Comparator.comparingLong(Plan::weight).reversed().thenComparing(Plan::repo));
        return ordered;
    }

    /** Header, then every repository's rows in repository order (each sorted by author time, then sha). */
    static Rendered render(List<CommitSource> sources) {
        var byRepo = new ArrayList<>(sources);
        byRepo.sort(Comparator.comparing(s -> s.read().repo()));
        var header = new StringBuilder();
        Rfc4180.appendRow(header, Dataset.COMMITS.header());
        byte[] head = header.toString().getBytes(StandardCharsets.UTF_8);
        int size = head.length;
        int rows = 0;
        for (var source : byRepo) {
            size += source.table().byteCount();
            rows += source.table().rowCount();
        }
        byte[] out = java.util.Arrays.copyOf(head, size);
        int at = head.length;
        var inputs = new ArrayList<Input>();
        for (var source : byRepo) {
            at = source.table().copySorted(out, at);
            var read = source.read();
            inputs.add(read.file());
            if (!read.file().text().startsWith(read.repo() + "@")) {
                inputs.add(Input.snapshot(read.repo(), read.snapshotSha(), "raw export; its first row is the snapshot HEAD"));
            }
        }
        return new Rendered(out, rows, inputs);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // a missing export is reported, with its name, when it is read
        }
    }
}
