package dev.umbrella.publish;

import dev.umbrella.env.Env;
import dev.umbrella.model.Inputs;
import dev.umbrella.present.Readable;
import dev.umbrella.roi.Headline;
import dev.umbrella.roi.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The closing ROI table of {@code umbrella run}: the analysis API's own summary
 * ({@link Headline}, the table behind {@code Umbrella.roiSummary}) on the same datasets the
 * notebooks read, formatted for the console and the report as people read them ({@link Readable}; the CSV for
 * {@code report/headline.csv} keeps machine precision). A method the data cannot support shows "not estimated"
 * and why; datasets that cannot be loaded give no table.
 */
public final class RoiSummaries {
    /** Draws per engineer: a stable median and P(ROI > 0) to two decimals, about a second for all three engineers. */
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
            table = Headline.of(inputs, seed, draws, Map.of());
        } catch (RuntimeException e) {
            return RoiSummary.unavailable("the ROI model failed (" + e.getMessage() + ")");
        }
        if (table.rowCount() == 0) {
            return RoiSummary.unavailable("the datasets name no engineer with a funded period");
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        // Headline lists the engineers in funded-start order, the order every output uses; names as Readable writes
        // them
        for (Row r : table) {
            String name = Readable.name(r.getString("name"));
            rows.add(row(r, name, draws));
            if (!r.getString("note").isEmpty()) {
                reasons.add(name + ", " + Method.of(r.getString("method")).label() + ": " + r.getString("note"));
            }
        }
        String note = String.format(
                Locale.ROOT,
                "From dev.umbrella.roi.Headline (Umbrella.roiSummary) on datasets/: "
                        + "Monte Carlo %,d draws, seed %d, median and 95%% percentile interval; each method on its own, "
                        + "never added; cases not pooled. Machine-precision values: report/headline.csv.",
                draws,
                seed);
        Map<String, String> notApplied = new TreeMap<>(overrides);
        notApplied.remove("seed");
        if (!notApplied.isEmpty()) {
            note += " The overrides " + notApplied.keySet() + " apply to the executed notebooks, not to this table"
                    + " (it uses assumptions.csv).";
        }
        for (String reason : reasons) {
            note += "\n" + reason;
        }
        return new RoiSummary(
                List.of("engineer", "method", "months", "median ROI", "interval", "ROI > 0 in", "cost-efficiency"),
                rows,
                note,
                csv(table));
    }

    private static List<String> row(Row r, String name, int draws) {
        boolean estimated = !Double.isNaN(r.getDouble("roi_median"));
        String roi = estimated ? Readable.roi(r.getDouble("roi_median")) : "not estimated (see below)";
        String interval = estimated ? Readable.roiInterval(r.getDouble("roi_low"), r.getDouble("roi_high")) : "";
        String positive = Double.isNaN(r.getDouble("p_roi_positive"))
                ? ""
                : Readable.probability(r.getDouble("p_roi_positive"), draws);
        String efficiency = Double.isNaN(r.getDouble("cost_efficiency_median"))
                ? "not available"
                : Readable.number(r.getDouble("cost_efficiency_median"));
        return List.of(
                name,
                Method.of(r.getString("method")).label(),
                Integer.toString(r.getInt("months")),
                roi,
                interval,
                positive,
                efficiency);
    }

    /** The headline as CSV, machine precision ({@link Double#toString}), RFC 4180 quoting, {@code \n} lines. */
    static String csv(Table table) {
        StringBuilder out = new StringBuilder(String.join(",", Headline.COLUMNS)).append('\n');
        for (Row r : table) {
            List<String> cells = new ArrayList<>();
            for (String c : Headline.COLUMNS) {
                String cell;
                switch (table.column(c).type().name()) {
                    case "DOUBLE":
                        double x = r.getDouble(c);
                        cell = Double.isNaN(x) ? "" : Double.toString(x);
                        break;
                    case "INTEGER":
                        cell = Integer.toString(r.getInt(c));
                        break;
                    default:
                        cell = r.getString(c);
                }
                cells.add(
                        cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                                ? "\"" + cell.replace("\"", "\"\"") + "\""
                                : cell);
            }
            out.append(String.join(",", cells)).append('\n');
        }
        return out.toString();
    }
}
