package dev.umbrella.present;

import dev.umbrella.env.Env;
import dev.umbrella.model.Inputs;
import dev.umbrella.model.Metric;
import dev.umbrella.model.Panel;
import dev.umbrella.model.TableBuilder;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tech.tablesaw.api.Table;

/** Where the data come from: the dataset files with their checksums, and the repositories behind the commits. */
final class Sources {
    private Sources() {}

    /** One row per dataset file of {@code MANIFEST.csv}: rows, checksum, and what it was built from. */
    static Table datasets(Path dir) {
        TableBuilder table = TableBuilder.named(
                        "datasets/MANIFEST.csv: every file is checked against its sha256 before use")
                .text("file")
                .integer("rows")
                .text("sha256 (first 16)", "built from");
        Path manifest = dir.resolve("MANIFEST.csv");
        try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .build()
                    .parse(in)) {
                table.row(
                        r.get("file"),
                        Integer.parseInt(r.get("rows")),
                        r.get("sha256").substring(0, 16),
                        summary(r.get("inputs")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(manifest + ": cannot read: " + e.getMessage(), e);
        }
        return table.build();
    }

    static Table datasets() {
        return datasets(Env.datasetsDir());
    }

    /** "12 raw files (git, reports) + 2 curated files": what kinds of input a dataset has, without the paths. */
    static String summary(String inputs) {
        List<String> parts = List.of(inputs.split(";"));
        long curated = parts.stream().filter(p -> p.startsWith("curated:")).count();
        long raw = parts.stream().filter(p -> p.startsWith("raw:")).count();
        long clones = parts.stream().filter(p -> p.contains("(raw export")).count();
        var kinds = new TreeSet<String>();
        for (String p : parts) {
            if (p.startsWith("raw:")) {
                String path = p.substring(4);
                kinds.add(path.contains("/") ? path.substring(0, path.indexOf('/')) : path);
            }
        }
        StringBuilder text = new StringBuilder();
        if (raw > 0) {
            text.append(raw)
                    .append(" raw file")
                    .append(raw == 1 ? "" : "s")
                    .append(" (")
                    .append(String.join(", ", kinds))
                    .append(')');
        }
        if (clones > 0) {
            text.append(text.length() > 0 ? " + " : "")
                    .append(clones)
                    .append(" repository snapshot")
                    .append(clones == 1 ? "" : "s");
        }
        if (curated > 0) {
            text.append(text.length() > 0 ? " + " : "")
                    .append(curated)
                    .append(" curated file")
                    .append(curated == 1 ? "" : "s");
        }
        return text.toString();
    }

    /** One row per repository in {@code commits.csv}: authored commits, authors, first and last complete month. */
    static Table repositories(Inputs inputs) {
        Panel panel = inputs.panel();
        TableBuilder table = TableBuilder.named(
                        "commits.csv by repository (" + Metric.COMMITS.column() + ": non-merge, non-bot)")
                .text("repository")
                .integer("authored commits", "authors")
                .text("first month", "last complete month");
        Table totals = panel.repoTotals();
        for (String r : panel.repos()) {
            Table mine = totals.where(totals.stringColumn("repo").isEqualTo(r));
            table.row(
                    r,
                    (int) mine.intColumn("commits").sum(),
                    panel.authorsIn(List.of(r)).size(),
                    mine.rowCount() == 0
                            ? ""
                            : YearMonth.from(mine.dateColumn("month").min()).toString(),
                    panel.lastCompleteMonth(r).toString());
        }
        return table.build();
    }
}
