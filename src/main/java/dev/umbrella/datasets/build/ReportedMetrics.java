package dev.umbrella.datasets.build;

import dev.umbrella.datasets.Dataset;
import dev.umbrella.datasets.DatasetException;
import dev.umbrella.datasets.Input;
import dev.umbrella.datasets.Sha256;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Builds {@code reported_metrics.csv} from the curated spec {@code curated/reported_metrics.csv}
 * ({@code metric,value,unit,qualifier,period_start,period_end,entity,raw_file,as_written,quote,source_url,note})
 * and its vocabulary {@code curated/reported_metrics_vocabulary.csv} ({@code metric,unit,definition}).
 *
 * <p>For every spec row the build proves the number is where the row says: the {@code quote} must
 * occur on exactly one line of {@code raw_file} (a path under the raw directory; exact substring,
 * UTF-8), that line becomes the {@code line} column, {@code as_written} must be part of the quote,
 * and {@link AsWritten#parse parsing} it must give {@code value}. A {@code ~} requires qualifier
 * {@code about}, a trailing {@code +} requires {@code at_least}. Metric and unit must be in the
 * vocabulary. Any failure names the spec file and line and the raw file.
 */
final class ReportedMetrics {
    static final String SPEC = "reported_metrics.csv";
    static final String VOCABULARY = "reported_metrics_vocabulary.csv";
    static final List<String> SPEC_HEADER = List.of(
            "metric",
            "value",
            "unit",
            "qualifier",
            "period_start",
            "period_end",
            "entity",
            "raw_file",
            "as_written",
            "quote",
            "source_url",
            "note");
    static final List<String> VOCABULARY_HEADER = List.of("metric", "unit", "definition");
    static final Set<String> QUALIFIERS = Set.of("exact", "about", "at_least", "at_most");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]*");

    /** The dataset and its inputs: the two curated files and every raw file cited. */
    record Built(DatasetRows rows, List<Input> inputs) {}

    private ReportedMetrics() {}

    static Built build(CuratedSource source, byte[] spec, byte[] vocabulary, Path rawDir) {
        if (vocabulary == null) {
            throw new DatasetException(
                    source.label(VOCABULARY), 0, "missing; " + SPEC + " needs its vocabulary (metric,unit,definition)");
        }
        Map<String, String> unitOf = vocabulary(source, vocabulary);
        String label = source.label(SPEC);
        var csv = CuratedRow.csv(label, new String(spec, StandardCharsets.UTF_8), SPEC_HEADER);
        var rawFiles = new TreeMap<String, RawText>();
        var out = new ArrayList<String[]>();
        for (var line : csv.lines()) {
            var row = new CuratedRow(label, line, SPEC_HEADER);
            String metric = row.required("metric");
            String unit = row.required("unit");
            if (!unitOf.containsKey(metric)) {
                throw row.fail("metric '" + metric + "' is not in " + VOCABULARY);
            }
            if (!unitOf.get(metric).equals(unit)) {
                throw row.fail(
                        "unit '" + unit + "' differs from the vocabulary's '" + unitOf.get(metric) + "' for " + metric);
            }
            String valueText = row.required("value");
            double value = row.number("value", false);
            String qualifier = row.oneOf("qualifier", QUALIFIERS);
            LocalDate start = row.date("period_start", true);
            LocalDate end = row.date("period_end", true);
            if (start == null && end == null) {
                throw row.fail("needs period_start or period_end");
            }
            row.ordered("period_start", start, "period_end", end);
            String entity = row.required("entity");
            if (!NAME.matcher(entity).matches()) {
                throw row.fail("entity must be a person id or an organisation id (lower case), not '" + entity + "'");
            }
            row.required("source_url");
            String rawFile = row.required("raw_file");
            RawText raw = rawFiles.computeIfAbsent(rawFile, f -> RawText.read(rawDir, f, row));
            String quote = row.required("quote");
            int lineNumber = raw.lineOf(quote, row);
            String asWritten = row.required("as_written");
            if (!quote.contains(asWritten)) {
                throw row.fail("as_written '" + asWritten + "' is not part of the quote");
            }
            checkValue(row, rawFile, lineNumber, asWritten, unit, value, qualifier);
            out.add(new String[] {
                metric,
                valueText,
                unit,
                qualifier,
                row.text("period_start"),
                row.text("period_end"),
                entity,
                rawFile,
                Integer.toString(lineNumber),
                quote,
                row.text("source_url"),
                asWritten
            });
        }
        var inputs = new ArrayList<Input>();
        inputs.add(Input.curated(SPEC, Sha256.hex(spec)));
        inputs.add(Input.curated(VOCABULARY, Sha256.hex(vocabulary)));
        rawFiles.forEach((path, text) -> inputs.add(Input.rawFile(path, text.sha256())));
        return new Built(new DatasetRows(Dataset.REPORTED_METRICS, out), inputs);
    }

    private static void checkValue(
            CuratedRow row, String rawFile, int line, String asWritten, String unit, double value, String qualifier) {
        double stated;
        try {
            stated = AsWritten.parse(asWritten, unit);
        } catch (IllegalArgumentException e) {
            throw row.fail(rawFile + ":" + line + ": " + e.getMessage());
        }
        if (Math.abs(stated - value) > 1e-9 * Math.max(1, Math.abs(value))) {
            throw row.fail(rawFile + ":" + line + ": as_written '" + asWritten + "' states " + plain(stated) + " "
                    + unit + ", but value is " + plain(value));
        }
        if (asWritten.strip().startsWith("~") && !qualifier.equals("about")) {
            throw row.fail(
                    "as_written '" + asWritten + "' starts with ~, so qualifier must be about, not " + qualifier);
        }
        if (asWritten.strip().endsWith("+") && !qualifier.equals("at_least")) {
            throw row.fail(
                    "as_written '" + asWritten + "' ends with +, so qualifier must be at_least, not " + qualifier);
        }
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static Map<String, String> vocabulary(CuratedSource source, byte[] bytes) {
        String label = source.label(VOCABULARY);
        var csv = CuratedRow.csv(label, new String(bytes, StandardCharsets.UTF_8), VOCABULARY_HEADER);
        var unitOf = new HashMap<String, String>();
        for (var line : csv.lines()) {
            var row = new CuratedRow(label, line, VOCABULARY_HEADER);
            String metric = row.required("metric");
            if (!NAME.matcher(metric).matches()) {
                throw row.fail("metric must be lower case letters, digits, _ or -: '" + metric + "'");
            }
            if (unitOf.put(metric, row.required("unit")) != null) {
                throw row.fail("duplicate metric '" + metric + "'");
            }
            row.required("definition");
        }
        return unitOf;
    }
}
