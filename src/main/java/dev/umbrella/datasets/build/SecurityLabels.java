package dev.umbrella.datasets.build;

import dev.umbrella.datasets.Dataset;
import dev.umbrella.datasets.Input;
import dev.umbrella.datasets.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates {@code curated/security_labels.csv}, the hand labels of the stratified commit sample that measures the
 * security rule (see {@code curated/security_labels.md} for the guideline and who labelled how), and copies it into
 * {@code datasets/security_labels.csv}. Every labelled commit must exist in {@code commits.csv} (same repository and
 * sha), each commit and each item number appears once, and the label is one of {@link #LABELS}. The file holds the
 * label and its reason only: nothing the rule says about the commit (the estimator redraws the sample's strata and
 * weights from the datasets, so the labels cannot drift from the design).
 */
final class SecurityLabels {
    static final String FILE = Dataset.SECURITY_LABELS.fileName();
    static final Set<String> LABELS = Set.of("security", "not_security", "unclear");

    private SecurityLabels() {}

    /** The validated rows and the manifest input; {@code exports} maps each repository to its commits. */
    static CuratedTables.Table build(CuratedSource source, byte[] bytes, Map<String, CommitTable> exports) {
        var rows = CuratedTables.rows(source, Dataset.SECURITY_LABELS, bytes);
        var items = new HashMap<String, Integer>();
        var commits = new HashMap<String, Integer>();
        var out = new ArrayList<String[]>();
        for (var row : rows) {
            String item = row.required("item");
            if (!item.matches("[1-9][0-9]*")) {
                throw row.fail("item must be a positive whole number: '" + item + "'");
            }
            Integer firstItem = items.putIfAbsent(item, row.lineNumber());
            if (firstItem != null) {
                throw row.fail("duplicate item " + item + " (first on line " + firstItem + ")");
            }
            String repo = row.required("repo");
            String sha = row.required("sha");
            CommitTable export = exports.get(repo);
            if (export == null) {
                throw row.fail("unknown repository '" + repo + "': not one of the commit exports");
            }
            if (!export.hasSha(sha)) {
                throw row.fail("unknown commit " + repo + "@" + sha + ": not in commits.csv");
            }
            Integer first = commits.putIfAbsent(repo + "@" + sha, row.lineNumber());
            if (first != null) {
                throw row.fail("duplicate label for " + repo + "@" + sha + " (first on line " + first + ")");
            }
            row.oneOf("label", LABELS);
            row.required("reason");
            out.add(row.fields());
        }
        return new CuratedTables.Table(
                new DatasetRows(Dataset.SECURITY_LABELS, out), Input.curated(FILE, Sha256.hex(bytes)));
    }

    /**
     * The shas the labels name, by repository (empty without the file), read before the commits so that each export
     * notes which it holds while it is read; {@link #build} checks the rows in full afterwards.
     */
    static Map<String, Set<String>> commitsNamed(CuratedSource source) {
        byte[] bytes = source.read(FILE);
        var named = new HashMap<String, Set<String>>();
        if (bytes == null) {
            return named;
        }
        var csv = CuratedRow.csv(
                source.label(FILE), new String(bytes, StandardCharsets.UTF_8), Dataset.SECURITY_LABELS.header());
        int repo = Dataset.SECURITY_LABELS.index("repo");
        int sha = Dataset.SECURITY_LABELS.index("sha");
        for (var line : csv.lines()) {
            named.computeIfAbsent(line.get(repo), k -> new HashSet<>()).add(line.get(sha));
        }
        return named;
    }

    /** The commit tables by repository, for {@link #build}. */
    static Map<String, CommitTable> exports(List<CommitSource> sources) {
        var byRepo = new HashMap<String, CommitTable>();
        for (var s : sources) {
            byRepo.put(s.read().repo(), s.table());
        }
        return byRepo;
    }
}
