package dev.umbrella.datasets.build;

import dev.umbrella.datasets.Dataset;
import dev.umbrella.datasets.DatasetException;
import dev.umbrella.datasets.Input;
import dev.umbrella.datasets.Sha256;
import dev.umbrella.datasets.parse.Rfc4180;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;

/**
 * One repository's history turned into {@code commits.csv} rows: read from its raw export, or from
 * a local clone given with {@code --repo-clone} (which then replaces the export of the same
 * repository).
 */
record CommitSource(CommitExport.Read read, CommitTable table, byte[] sortedRows) {

    /** Where one repository's history will be read from. */
    record Plan(String repo, String exportPath, GitClone.Spec gitClone, long weight) {
        CommitSource read(Path raw, Aliases aliases) {
            return read(raw, aliases, Set.of());
        }

        /** Reads the history, noting which of the {@code wanted} shas (named by a curated file) it holds. */
        CommitSource read(Path raw, Aliases aliases, Set<String> wanted) {
            var table = new CommitTable(new Contributors(aliases), wanted);
            var read = gitClone != null
                    ? GitClone.read(gitClone, table::add)
                    : CommitExport.read(raw, exportPath, table::add);
            byte[] rows = table.takeSortedRows();
            Timing.mark("read " + repo);
            return new CommitSource(read, table, rows);
        }
    }

    /** The rendered {@code commits.csv} and what the manifest says about it. */
    record Rendered(byte[] bytes, int rows, String sha256, List<Input> inputs) {}

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
            String repo = spec.repo() != null
                    ? spec.repo()
                    : GitClone.repoFromRemote(spec.dir(), "clone " + spec.dir().getFileName());
            if (cloned.put(repo, arg) != null) {
                throw new DatasetException("--repo-clone " + arg, 0, "two clones of " + repo);
            }
            plans.put(repo, new Plan(repo, null, new GitClone.Spec(repo, spec.dir()), Long.MAX_VALUE));
        }
        var ordered = new ArrayList<>(plans.values());
        ordered.sort(Comparator.comparingLong(Plan::weight).reversed().thenComparing(Plan::repo));
        return ordered;
    }

    /**
     * Header, then every repository's rows in repository order (each sorted by author time, then
     * sha). Hashes each repository's rows as soon as its task is done, so little hashing is left when
     * the last task finishes.
     */
    static Rendered render(List<Plan> plans, List<Future<CommitSource>> tasks, Input aliases) {
        var order = new ArrayList<Integer>();
        for (int i = 0; i < plans.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> plans.get(i).repo()));
        var header = new StringBuilder();
        Rfc4180.appendRow(header, Dataset.COMMITS.header());
        byte[] head = header.toString().getBytes(StandardCharsets.UTF_8);
        var digest = Sha256.digest();
        digest.update(head);
        var sources = new ArrayList<CommitSource>();
        int size = head.length;
        int rows = 0;
        for (int i : order) {
            var source = DatasetBuild.await(tasks.get(i));
            digest.update(source.sortedRows());
            sources.add(source);
            size += source.sortedRows().length;
            rows += source.table().rowCount();
        }
        byte[] out = Arrays.copyOf(head, size);
        int at = head.length;
        var inputs = new ArrayList<Input>(List.of(aliases));
        for (var source : sources) {
            System.arraycopy(source.sortedRows(), 0, out, at, source.sortedRows().length);
            at += source.sortedRows().length;
            var read = source.read();
            inputs.add(read.file());
            if (!read.file().text().startsWith(read.repo() + "@")) {
                inputs.add(Input.snapshot(
                        read.repo(), read.snapshotSha(), "raw export; its first row is the snapshot HEAD"));
            }
        }
        return new Rendered(out, rows, Sha256.hex(digest), inputs);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // a missing export is reported, with its name, when it is read
        }
    }
}
