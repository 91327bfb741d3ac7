package dev.umbrella.roi;

import dev.umbrella.estimate.Interval;
import dev.umbrella.model.Engineer;
import dev.umbrella.model.Inputs;
import dev.umbrella.model.Period;
import dev.umbrella.model.TableBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * The ROI headline: one row per engineer × {@link Method}, never pooled across engineers or added across methods.
 * Per row: the channels counted, the PV cost, the PV benefit and ROI with their Monte Carlo medians and 95%
 * intervals, P(ROI > 0), the break-even in plain units and the cost-efficiency. A method with no estimated channel
 * says "not estimated" and why, with no number. Machine precision: {@code report/headline.csv} is this table.
 */
public final class Headline {
    /** The headline's columns, in file order. */
    public static final List<String> COLUMNS = List.copyOf(builder().build().columnNames());

    private Headline() {}

    /** Engineers in the order of their funded start (then id), the one order every table uses. */
    public static List<Engineer> engineers(Inputs inputs) {
        List<Engineer> list = new ArrayList<>(inputs.engineers().values());
        list.sort(Comparator.comparing(
                        (Engineer e) -> e.firstFunded().map(Period::start).orElse(LocalDate.MAX))
                .thenComparing(Engineer::id));
        return list;
    }

    /** The headline on the inputs: every engineer with the same seed, draws and overrides. */
    public static Table of(Inputs inputs, long seed, int draws, Map<String, ? extends Number> overrides) {
        TableBuilder table =
                builder("ROI headline (seed " + seed + ", " + draws + " draws; not pooled, methods not added)");
        for (Engineer e : engineers(inputs)) {
            if (e.firstFunded().isEmpty()) {
                continue;
            }
            Roi roi = Roi.of(inputs, e.id()).seed(seed).withOverrides(overrides);
            append(table, e.id(), e.name(), roi, roi.evaluate(), roi.simulate(draws));
        }
        return table.build();
    }

    /** An empty headline ({@link #COLUMNS}), for callers that append results they have already computed. */
    public static TableBuilder builder() {
        return builder("ROI headline (not pooled, methods not added)");
    }

    static TableBuilder builder(String title) {
        return TableBuilder.named(title)
                .text("engineer", "name", "method", "channels")
                .integer("months")
                .number(
                        "pv_cost",
                        "pv_benefit_median",
                        "pv_benefit_low",
                        "pv_benefit_high",
                        "roi_median",
                        "roi_low",
                        "roi_high",
                        "p_roi_positive")
                .text("break_even")
                .number("cost_efficiency_median", "cost_efficiency_low", "cost_efficiency_high")
                .text("note");
    }

    /** Appends the engineer's rows (one per method) from computed results. */
    public static void append(
            TableBuilder table, String engineerId, String name, Roi roi, RoiResult base, Simulation sim) {
        for (Method m : Method.values()) {
            boolean estimated = sim.isEstimated(m);
            double[] benefit = estimated ? summary(sim.values(m, "pv_benefits"), sim.level()) : nan();
            double[] roiDraws = estimated ? summary(sim.values(m, "roi"), sim.level()) : nan();
            double[] efficiency = sim.hasCostEfficiency() ? summary(sim.costEfficiency(), sim.level()) : nan();
            table.row(
                    engineerId,
                    name,
                    m.id(),
                    estimated ? sim.channels(m).stream().map(Channel::id).collect(Collectors.joining(" ")) : "",
                    base.months(),
                    base.pvCost(),
                    benefit[0],
                    benefit[1],
                    benefit[2],
                    roiDraws[0],
                    roiDraws[1],
                    roiDraws[2],
                    estimated ? sim.probabilityPositive(m) : Double.NaN,
                    roi.breakEven(m).lines().stream()
                            .map(BreakEven.Line::statement)
                            .collect(Collectors.joining(" | ")),
                    efficiency[0],
                    efficiency[1],
                    efficiency[2],
                    estimated ? "" : base.notEstimatedReason(m));
        }
    }

    private static double[] nan() {
        return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }

    /** Median and the equal-tailed interval at the level. */
    static double[] summary(double[] draws, double level) {
        double[] sorted = draws.clone();
        Arrays.sort(sorted);
        double tail = (1 - level) / 2;
        return new double[] {
            Interval.quantile(sorted, 0.5), Interval.quantile(sorted, tail), Interval.quantile(sorted, 1 - tail)
        };
    }
}
