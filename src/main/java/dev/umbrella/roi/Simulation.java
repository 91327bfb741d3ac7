package dev.umbrella.roi;

import dev.umbrella.estimate.Interval;
import dev.umbrella.model.Formats;
import dev.umbrella.model.TableBuilder;
import dev.umbrella.model.Tabular;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.Table;

/**
 * The result of a Monte Carlo run: every draw's PV costs, PV of each channel and replacement value, from which each
 * method's ROI, BCR and NPV follow; P(ROI > 0); percentile intervals; histograms for figures.
 */
public final class Simulation implements Tabular {
    /** Measures the summary and the histograms know. */
    public static final List<String> MEASURES = List.of("roi", "bcr", "npv", "pv_benefits", "pv_costs");

    private final String engineerId;
    private final int draws;
    private final long seed;
    private final double level;
    private final List<Channel> channels;
    private final List<Channel> notEstimated;
    private final double[][] out;
    private final int replacementSlot;
    private final String replacementMissing;

    Simulation(RoiModel model, int draws, long seed, double level, double[][] out) {
        this.engineerId = model.engineerId();
        this.draws = draws;
        this.seed = seed;
        this.level = level;
        this.channels = model.channels();
        this.notEstimated = model.notEstimated();
        this.out = out;
        this.replacementSlot = model.replacementSlot();
        this.replacementMissing = model.replacementMissing();
    }

    public String engineerId() {
        return engineerId;
    }

    public int draws() {
        return draws;
    }

    public long seed() {
        return seed;
    }

    public double level() {
        return level;
    }

    /** True when at least one channel of the method is estimated. */
    public boolean isEstimated(Method method) {
        return channels.stream().anyMatch(c -> c.method() == method);
    }

    /** The channels of a method that are estimated. */
    public List<Channel> channels(Method method) {
        return channels.stream().filter(c -> c.method() == method).toList();
    }

    /** Channels that cannot be estimated, each with its reason. */
    public List<Channel> notEstimated() {
        return notEstimated;
    }

    /** The draws of one measure of one method ({@link #MEASURES}), in draw order. */
    public double[] values(Method method, String measure) {
        if (!MEASURES.contains(measure)) {
            throw new IllegalArgumentException(
                    "unknown measure '" + measure + "'; valid measures: " + String.join(", ", MEASURES));
        }
        if (!measure.equals("pv_costs") && !isEstimated(method)) {
            throw new IllegalStateException(engineerId + ": " + method.label() + " is not estimated");
        }
        double[] benefit = benefit(method);
        double[] v = new double[draws];
        for (int i = 0; i < draws; i++) {
            double b = benefit[i];
            double c = out[RoiModel.PV_COST][i];
            switch (measure) {
                case "roi":
                    v[i] = (b - c) / c;
                    break;
                case "bcr":
                    v[i] = b / c;
                    break;
                case "npv":
                    v[i] = b - c;
                    break;
                case "pv_benefits":
                    v[i] = b;
                    break;
                default:
                    v[i] = c;
            }
        }
        return v;
    }

    private double[] benefit(Method method) {
        double[] b = new double[draws];
        for (int c = 0; c < channels.size(); c++) {
            if (channels.get(c).method() == method) {
                double[] pv = out[1 + c];
                for (int i = 0; i < draws; i++) {
                    b[i] += pv[i];
                }
            }
        }
        return b;
    }

    /** Draws of one channel's PV. */
    public double[] channel(String id) {
        for (int c = 0; c < channels.size(); c++) {
            if (channels.get(c).id().equals(id)) {
                return out[1 + c].clone();
            }
        }
        throw new IllegalArgumentException("no estimated channel '" + id + "' for " + engineerId);
    }

    /** Share of draws with ROI > 0 (NPV > 0) for the method. */
    public double probabilityPositive(Method method) {
        double[] benefit = benefit(method);
        int positive = 0;
        for (int i = 0; i < draws; i++) {
            positive += benefit[i] > out[RoiModel.PV_COST][i] ? 1 : 0;
        }
        return (double) positive / draws;
    }

    /** Draws with ROI > 0, as a count (for "k of n draws"). */
    public int drawsPositive(Method method) {
        return (int) Math.round(probabilityPositive(method) * draws);
    }

    /** The equal-tailed percentile interval of a measure at the run's level. */
    public Interval interval(Method method, String measure) {
        return Interval.ofReplicates(values(method, measure), level);
    }

    public double median(Method method, String measure) {
        double[] sorted = values(method, measure);
        Arrays.sort(sorted);
        return Interval.quantile(sorted, 0.5);
    }

    public double mean(Method method, String measure) {
        return Arrays.stream(values(method, measure)).average().orElse(Double.NaN);
    }

    /** True when every draw has a replacement value. */
    public boolean hasCostEfficiency() {
        return !Double.isNaN(out[replacementSlot][0]);
    }

    /** Draws of the cost-efficiency (replacement value of the extra security work per dollar). */
    public double[] costEfficiency() {
        if (!hasCostEfficiency()) {
            throw new IllegalStateException(engineerId + ": no cost-efficiency (" + replacementMissing + ")");
        }
        double[] v = new double[draws];
        for (int i = 0; i < draws; i++) {
            v[i] = out[replacementSlot][i] / out[RoiModel.PV_COST][i];
        }
        return v;
    }

    /**
     * Histogram of a measure over its 0.5th–99.5th percentile range in {@code bins} equal bins (draws outside
     * fall in the first or last bin, so heavy tails do not flatten the picture). Columns: bin_lower, bin_upper,
     * draws.
     */
    public Table histogram(Method method, String measure, int bins) {
        double[] sorted = values(method, measure);
        Arrays.sort(sorted);
        double lo = Interval.quantile(sorted, 0.005);
        double hi = Interval.quantile(sorted, 0.995);
        double width = hi > lo ? (hi - lo) / bins : 1;
        int[] counts = new int[bins];
        for (double x : sorted) {
            int b = (int) Math.floor((x - lo) / width);
            counts[Math.max(0, Math.min(bins - 1, b))]++;
        }
        TableBuilder table = TableBuilder.named(engineerId + " " + method.id() + " " + measure + " histogram")
                .number("bin_lower", "bin_upper")
                .integer("draws");
        for (int b = 0; b < bins; b++) {
            table.row(lo + b * width, lo + (b + 1) * width, counts[b]);
        }
        return table.build();
    }

    /**
     * Summary: per method and measure the mean, the median and the percentile interval, then P(ROI > 0), then the
     * cost-efficiency. A method that is not estimated has one row saying why.
     */
    @Override
    public Table toTable() {
        TableBuilder table = TableBuilder.named(String.format(
                        Locale.ROOT,
                        "%s Monte Carlo, %d draws, seed %d, %.0f%% intervals",
                        engineerId,
                        draws,
                        seed,
                        level * 100))
                .text("method", "measure")
                .number("mean", "median", "lower", "upper");
        for (Method m : Method.values()) {
            if (!isEstimated(m)) {
                table.row(m.label(), notEstimatedText(m), null, null, null, null);
                continue;
            }
            for (String name : MEASURES) {
                summaryRow(table, m.label(), name, values(m, name));
            }
            table.row(m.label(), "P(ROI > 0)", probabilityPositive(m), null, null, null);
        }
        if (hasCostEfficiency()) {
            summaryRow(table, "", "cost-efficiency", costEfficiency());
        }
        return table.build();
    }

    /** One row of the summary: the draws' mean, median and equal-tailed interval at the level. */
    private void summaryRow(TableBuilder table, String method, String measure, double[] draws) {
        double[] sorted = draws.clone();
        Arrays.sort(sorted);
        double tail = (1 - level) / 2;
        table.row(
                method,
                measure,
                Arrays.stream(sorted).average().orElse(Double.NaN),
                Interval.quantile(sorted, 0.5),
                Interval.quantile(sorted, tail),
                Interval.quantile(sorted, 1 - tail));
    }

    /** "not estimated: ..." with the channels' reasons. */
    public String notEstimatedText(Method method) {
        List<String> reasons = new ArrayList<>();
        for (Channel c : notEstimated) {
            if (c.method() == method) {
                reasons.add(c.id() + ": " + c.notEstimated());
            }
        }
        return "not estimated: no outcome-based benefit "
                + (reasons.isEmpty()
                        ? "is modelled for this engineer"
                        : "can be valued (" + String.join("; ", reasons) + ")");
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (Method m : Method.values()) {
            if (!isEstimated(m)) {
                parts.add(m.label() + ": " + notEstimatedText(m));
                continue;
            }
            Interval roi = interval(m, "roi");
            parts.add(String.format(
                    Locale.ROOT,
                    "%s: median ROI %s, %.0f%% interval [%s, %s], ROI > 0 in %,d of " + "%,d draws",
                    m.label(),
                    Formats.percent(median(m, "roi")),
                    level * 100,
                    Formats.percent(roi.lower()),
                    Formats.percent(roi.upper()),
                    drawsPositive(m),
                    draws));
        }
        return engineerId + " Monte Carlo (seed " + seed + "): " + String.join("; ", parts);
    }
}
