package dev.umbrella.datasets.build;

import dev.umbrella.datasets.Dataset;
import dev.umbrella.datasets.Distribution;
import dev.umbrella.datasets.Input;
import dev.umbrella.datasets.PeriodKind;
import dev.umbrella.datasets.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates the hand-curated fact files and copies them, sorted, into datasets: {@code people.csv},
 * {@code periods.csv}, {@code funding.csv} (curated by the curation work) and
 * {@code assumptions.csv} (curated by the analysis work). Each has exactly the contract's columns.
 */
final class CuratedTables {
    private static final Set<String> CONFIDENCE = Set.of("stated", "derived");
    private static final Pattern PERSON_ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern ASSUMPTION_NAME = Pattern.compile("[a-z][a-z0-9_.]*");

    /** A validated curated dataset and the manifest input it came from. */
    record Table(DatasetRows rows, Input input) {}

    private CuratedTables() {}

    static List<CuratedRow> rows(CuratedSource source, Dataset dataset, byte[] bytes) {
        String label = source.label(dataset.fileName());
        var csv = CuratedRow.csv(label, new String(bytes, StandardCharsets.UTF_8), dataset.header());
        var rows = new ArrayList<CuratedRow>();
        for (var line : csv.lines()) {
            rows.add(new CuratedRow(label, line, dataset.header()));
        }
        return rows;
    }

    /**
     * The row's key in {@code column}: present, of the form {@code pattern} describes, and not seen before in
     * the file (the row fails, naming file and line, otherwise).
     */
    private static String key(
            CuratedRow row, String column, Pattern pattern, String form, Set<String> seen, String what) {
        String key = row.required(column);
        if (!pattern.matcher(key).matches()) {
            throw row.fail(column + " must be " + form + ": '" + key + "'");
        }
        if (!seen.add(key)) {
            throw row.fail("duplicate " + what + " '" + key + "'");
        }
        return key;
    }

    static Table people(CuratedSource source, byte[] bytes) {
        var ids = new HashSet<String>();
        var out = new ArrayList<String[]>();
        for (var row : rows(source, Dataset.PEOPLE, bytes)) {
            key(row, "person_id", PERSON_ID, "lower-case letters, digits or _", ids, "person_id");
            row.required("name");
            row.required("github");
            row.required("source_url");
            out.add(row.fields());
        }
        return table(Dataset.PEOPLE, out, bytes);
    }

    static Table periods(CuratedSource source, byte[] bytes, Set<String> people) {
        var out = new ArrayList<String[]>();
        for (var row : rows(source, Dataset.PERIODS, bytes)) {
            row.person("person_id", people, false);
            row.oneOf("kind", PeriodKind.labels());
            LocalDate start = row.date("start", false);
            LocalDate end = row.date("end", true);
            row.ordered("start", start, "end", end);
            row.bool("partly_paid", true);
            row.oneOf("confidence", CONFIDENCE);
            row.sources("source_urls");
            out.add(row.fields());
        }
        return table(Dataset.PERIODS, out, bytes);
    }

    static Table funding(CuratedSource source, byte[] bytes, Set<String> people) {
        var out = new ArrayList<String[]>();
        for (var row : rows(source, Dataset.FUNDING, bytes)) {
            row.required("funder");
            row.required("recipient");
            row.person("person_id", people, true);
            row.required("purpose");
            row.nonNegative("amount_usd", row.number("amount_usd", true));
            row.ordered("start", row.date("start", true), "end", row.date("end", true));
            row.sources("source_url");
            row.bool("is_assumption", false);
            String share = row.text("role_share");
            if (!share.isEmpty() && !ASSUMPTION_NAME.matcher(share).matches()) {
                throw row.fail(
                        "role_share must name an assumption (lower-case letters, digits, _ or .): '" + share + "'");
            }
            if (!share.isEmpty() && row.text("amount_usd").isEmpty()) {
                throw row.fail("role_share needs an amount_usd to share");
            }
            out.add(row.fields());
        }
        return table(Dataset.FUNDING, out, bytes);
    }

    static Table assumptions(CuratedSource source, byte[] bytes) {
        var names = new HashSet<String>();
        var out = new ArrayList<String[]>();
        for (var row : rows(source, Dataset.ASSUMPTIONS, bytes)) {
            String name = key(row, "name", ASSUMPTION_NAME, "lower-case letters, digits, _ or .", names, "assumption");
            double low = row.number("low", false);
            double base = row.number("base", false);
            double high = row.number("high", false);
            if (!(low <= base && base <= high)) {
                throw row.fail("needs low <= base <= high, got " + row.text("low") + ", " + row.text("base") + ", "
                        + row.text("high"));
            }
            row.required("unit");
            row.oneOf("distribution", Distribution.labels());
            boolean lognormal = Distribution.of(row.text("distribution")) == Distribution.LOGNORMAL;
            if (lognormal && low < high && !(low > 0 && low < base && base < high)) {
                throw row.fail("lognormal needs 0 < low < base < high (5th percentile, median, 95th percentile)");
            }
            row.required("source");
            out.add(row.fields());
        }
        return table(Dataset.ASSUMPTIONS, out, bytes);
    }

    private static Table table(Dataset dataset, List<String[]> rows, byte[] bytes) {
        return new Table(new DatasetRows(dataset, rows), Input.curated(dataset.fileName(), Sha256.hex(bytes)));
    }
}
