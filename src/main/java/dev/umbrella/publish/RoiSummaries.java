package dev.umbrella.publish;

import dev.umbrella.datasets.Env;
import dev.umbrella.model.Inputs;
import dev.umbrella.present.Readable;
import dev.umbrella.roi.RoiSummaryTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The closing ROI table of {@code umbrella run}: the analysis API's own summary
 * ({@link RoiSummaryTable}, the table behind {@code Umbrella.roiSummary}) on the same datasets the
 * notebooks read, formatted for the console and the report. An engineer the data cannot support
 * shows "insufficient data" and what was left out; datasets that cannot be loaded give no table.
 */
public final class RoiSummaries {
    /** Draws per engineer: a stable median and P(ROI > 0) to two decimals in about a second each. */
    static final int DRAWS = 10_000;

    private RoiSummaries() {}

    /** The summary on the project's datasets; a run's {@code --param seed=…} sets the Monte Carlo seed. */
    public static RoiSummary current(Map<String, String> overrides) {
        Inputs inputs;
        try {
            inputs = Inputs.shared();
        } catch (RuntimeException e) {
            return RoiSummary.unavailable("the datasets could not be loaded (" + e.getMessage() + ")");
        }
        return of(inputs, overrides, DRAWS);
    }

    static RoiSummary of(Inputs inputs, Map<String, String> overrides, int draws) {
        long seed = Env.DEFAULT_SEED;
        if (overrides.containsKey("seed")) {
            seed = Long.parseLong(overrides.get("seed").replaceAll("[lL]$", ""));
        }
        Table table;
        try {
            table = RoiSummaryTable.of(inputs, seed, draws);
        } catch (RuntimeException e) {
            return RoiSummary.unavailable("the ROI model failed (" + e.getMessage() + ")");
        }
        if (table.rowCount() == 0) {
            return RoiSummary.unavailable("the datasets name no engineer with periods");
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        // Engineers in the one order and under the names every other output uses (Readable).
        List<String> order = Readable.engineers(inputs);
        List<Row> sorted = new ArrayList<>();
        for (Row r : table) {
            sorted.add(table.row(r.getRowNumber()));
        }
        sorted.sort(java.util.Comparator.comparing(r -> order.indexOf(r.getString("engineer"))));
        for (Row r : sorted) {
            String name = Readable.name(inputs, r.getString("engineer"));
            rows.add(row(r, name, draws));
            if (!r.getString("left_out").isEmpty()) {
                reasons.add(name + ": " + r.getString("left_out"));
            }
        }
        String note = String.format(Locale.ROOT, "From dev.umbrella.roi.RoiSummaryTable (Umbrella.roiSummary) on datasets/: "
                + "base = every assumption at its base value; Monte Carlo %,d draws, seed %d, percentile interval.", draws, seed);
        Map<String, String> notApplied = new TreeMap<>(overrides);
        notApplied.remove("seed");
        if (!notApplied.isEmpty()) {
            note += " The overrides " + notApplied.keySet() + " apply to the executed notebooks, not to this table"
                    + " (it uses assumptions.csv).";
        }
        for (String reason : reasons) {
            note += "\nLeft out for " + reason;
        }
        return new RoiSummary(List.of("engineer", "ROI (base)", "median ROI", "interval", "ROI > 0 in", "NPV (base)", "BCR (base)", "left out"),
                rows, note);
    }

    private static List<String> row(Row r, String name, int draws) {
        double roi = r.getDouble("roi");
        String leftOut = r.getString("left_out");
        if (Double.isNaN(roi)) {
            return List.of(name, "insufficient data", "", "", "", "", "", benefits(leftOut));
        }
        return List.of(name, Readable.roi(roi), Readable.roi(r.getDouble("mc_median_roi")),
                Readable.roiInterval(r.getDouble("mc_roi_lower"), r.getDouble("mc_roi_upper")),
                Readable.probability(r.getDouble("p_roi_positive"), draws), Readable.dollars(r.getDouble("npv")),
                Readable.number(r.getDouble("bcr")), benefits(leftOut));
    }

    /** "expected loss avoided: why; why" -> "expected loss avoided (see below)": the reasons go under the table. */
    private static String benefits(String leftOut) {
        int colon = leftOut.indexOf(':');
        return leftOut.isEmpty() ? "" : (colon < 0 ? leftOut : leftOut.substring(0, colon)).strip() + " (see below)";
    }
}
