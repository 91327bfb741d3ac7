package dev.umbrella.publish;

import dev.umbrella.estimate.Interval;
import dev.umbrella.model.Formats;
import dev.umbrella.model.Inputs;
import dev.umbrella.roi.Roi;
import dev.umbrella.roi.RoiResult;
import dev.umbrella.roi.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The closing ROI table of {@code umbrella run}, computed by the analysis API ({@link Roi}) on the
 * same datasets the notebooks read: per engineer the ROI at base values, the Monte Carlo median
 * with its interval, P(ROI > 0), NPV and the benefit-cost ratio. An engineer the data cannot support
 * gets "insufficient data" and the reason; datasets that cannot be loaded give no table at all.
 */
public final class RoiSummaries {
    /** Draws per engineer: enough for a stable median and P(ROI > 0) to two decimals, in about a second. */
    static final int DRAWS = 10_000;

    private RoiSummaries() {}

    /** The summary on the project's datasets, with a run's {@code --param} overrides that the ROI model knows. */
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
        List<List<String>> rows = new ArrayList<>();
        Map<String, String> applied = new TreeMap<>();
        for (String id : inputs.engineers().keySet()) {
            try {
                Roi roi = withOverrides(Roi.of(inputs, id), overrides, applied);
                rows.add(row(id, roi.evaluate(), roi.simulate(draws)));
            } catch (RuntimeException e) {
                rows.add(List.of(id, "insufficient data: " + e.getMessage(), "", "", "", "", ""));
            }
        }
        if (rows.isEmpty()) {
            return RoiSummary.unavailable("the datasets name no engineer with periods");
        }
        String note = String.format(Locale.ROOT, "Computed by dev.umbrella.roi.Roi on datasets/: base = every assumption at its "
                + "base value; Monte Carlo %,d draws with the analysis' default seed, 95%% percentile interval.", draws);
        if (!applied.isEmpty()) {
            note += " Overrides applied: " + applied + ".";
        }
        return new RoiSummary(List.of("engineer", "ROI (base)", "median ROI", "95% interval", "P(ROI > 0)", "NPV (base, USD)", "BCR (base)"),
                rows, note);
    }

    private static List<String> row(String id, RoiResult base, Simulation simulation) {
        if (!base.isSufficient() || !simulation.isSufficient()) {
            return List.of(id, "insufficient data: " + String.join("; ", base.missing()), "", "", "", "", "");
        }
        Interval interval = simulation.interval("roi");
        return List.of(id, Formats.percent(base.roi()), Formats.percent(simulation.median("roi")),
                "[" + Formats.percent(interval.lower()) + ", " + Formats.percent(interval.upper()) + "]",
                String.format(Locale.ROOT, "%.2f", simulation.probabilityPositive()), Formats.number(base.npv()),
                Formats.number(base.bcr()));
    }

    /** {@code seed} and {@code transitionMonths}/{@code transition_months} steer the model; other names are ROI assumptions if it knows them. */
    private static Roi withOverrides(Roi roi, Map<String, String> overrides, Map<String, String> applied) {
        Roi result = roi;
        for (Map.Entry<String, String> e : new TreeMap<>(overrides).entrySet()) {
            String name = e.getKey();
            String value = e.getValue().replaceAll("[lLdD]$", "");
            try {
                if (name.equals("seed")) {
                    result = result.seed(Long.parseLong(value));
                } else if (name.equals("transitionMonths") || name.equals("transition_months")) {
                    result = result.transition(Integer.parseInt(value));
                } else {
                    result = result.with(name, Double.parseDouble(value));
                }
                applied.put(name, e.getValue());
            } catch (IllegalArgumentException notAnRoiParameter) {
                // A notebook parameter the ROI model does not take (e.g. a figure option): the notebooks use it, the summary does not.
            }
        }
        return result;
    }
}
