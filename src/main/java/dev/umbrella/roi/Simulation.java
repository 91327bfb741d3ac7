package dev.umbrella.roi;

import dev.umbrella.estimate.Interval;
import dev.umbrella.model.Formats;
import dev.umbrella.model.Tabular;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The result of a Monte Carlo run: every draw's PV costs and PV benefits, from which ROI, BCR and NPV follow;
 * P(ROI > 0); percentile intervals; and histogram bins for a figure (methods.md §c6).
 */
public final class Simulation implements Tabular {
    /** Measures the summary and the histograms know. */
    public static final List<String> MEASURES = List.of("roi", "bcr", "npv", "pv_benefits", "pv_costs");

    private final String engineerId;
    private final int draws;
    private final long seed;
    private final double level;
    private final double[] pvCost;
    private final double[] pvBenefit;
    private final List<String> missing;
    private final List<String> parameters;

    Simulation(String engineerId, int draws, long seed, double level, double[] pvCost, double[] pvBenefit,
            List<String> missing, List<String> parameters) {
        this.engineerId = engineerId;
        this.draws = draws;
        this.seed = seed;
        this.level = level;
        this.pvCost = pvCost;
        this.pvBenefit = pvBenefit;
        this.missing = List.copyOf(missing);
        this.parameters = List.copyOf(parameters);
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

    public boolean isSufficient() {
        return missing.size() < 2;
    }

    /** The benefits left out of every draw because the data cannot support them, each with its reason. */
    public List<String> missing() {
        return missing;
    }

    /** The draws of one measure ({@link #MEASURES}), in draw order. */
    public double[] values(String measure) {
        double[] v = new double[draws];
        for (int i = 0; i < draws; i++) {
            double b = pvBenefit[i];
            double c = pvCost[i];
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
                case "pv_costs":
                    v[i] = c;
                    break;
                default:
                    throw new IllegalArgumentException("unknown measure '" + measure + "'; valid measures: "
                            + String.join(", ", MEASURES));
            }
        }
        return v;
    }

    /** Share of draws with ROI > 0 (equivalently NPV > 0). */
    public double probabilityPositive() {
        int positive = 0;
        for (int i = 0; i < draws; i++) {
            positive += pvBenefit[i] > pvCost[i] ? 1 : 0;
        }
        return (double) positive / draws;
    }

    /** The equal-tailed percentile interval of a measure at the run's level. */
    public Interval interval(String measure) {
        return Interval.ofReplicates(values(measure), level);
    }

    public double median(String measure) {
        double[] sorted = values(measure);
        Arrays.sort(sorted);
        return Interval.quantile(sorted, 0.5);
    }

    public double mean(String measure) {
        return Arrays.stream(values(measure)).average().orElse(Double.NaN);
    }

    /**
     * Histogram of a measure over its 0.5th–99.5th percentile range in {@code bins} equal bins (draws outside
     * fall in the first or last bin, so heavy tails do not flatten the picture). Columns: bin_lower, bin_upper,
     * draws.
     */
    public Table histogram(String measure, int bins) {
        double[] sorted = values(measure);
        Arrays.sort(sorted);
        double lo = Interval.quantile(sorted, 0.005);
        double hi = Interval.quantile(sorted, 0.995);
        double width = hi > lo ? (hi - lo) / bins : 1;
        int[] counts = new int[bins];
        for (double x : sorted) {
            int b = (int) Math.floor((x - lo) / width);
            counts[Math.max(0, Math.min(bins - 1, b))]++;
        }
        DoubleColumn lower = DoubleColumn.create("bin_lower");
        DoubleColumn upper = DoubleColumn.create("bin_upper");
        IntColumn count = IntColumn.create("draws");
        for (int b = 0; b < bins; b++) {
            lower.append(lo + b * width);
            upper.append(lo + (b + 1) * width);
            count.append(counts[b]);
        }
        return Table.create(engineerId + " " + measure + " histogram", lower, upper, count);
    }

    /**
     * The exceedance curve of a measure (Hubbard & Seiersen's loss-exceedance view, methods.md §c6): at each of
     * {@code points} thresholds spread over the 1st–99th percentile, the share of draws above it. Columns:
     * threshold, probability_above.
     */
    public Table exceedance(String measure, int points) {
        double[] sorted = values(measure);
        Arrays.sort(sorted);
        double lo = Interval.quantile(sorted, 0.01);
        double hi = Interval.quantile(sorted, 0.99);
        DoubleColumn threshold = DoubleColumn.create("threshold");
        DoubleColumn above = DoubleColumn.create("probability_above");
        for (int k = 0; k < points; k++) {
            double x = points == 1 ? lo : lo + (hi - lo) * k / (points - 1);
            int firstAbove = upperBound(sorted, x);
            threshold.append(x);
            above.append((double) (sorted.length - firstAbove) / sorted.length);
        }
        return Table.create(engineerId + " " + measure + " exceedance", threshold, above);
    }

    /** Index of the first element greater than x in a sorted array. */
    private static int upperBound(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Summary: per measure the mean, the median and the percentile interval. */
    @Override
    public Table toTable() {
        StringColumn measure = StringColumn.create("measure");
        DoubleColumn mean = DoubleColumn.create("mean");
        DoubleColumn median = DoubleColumn.create("median");
        DoubleColumn lower = DoubleColumn.create("lower");
        DoubleColumn upper = DoubleColumn.create("upper");
        for (String m : MEASURES) {
            double[] sorted = values(m);
            Arrays.sort(sorted);
            double tail = (1 - level) / 2;
            measure.append(m);
            mean.append(Arrays.stream(sorted).average().orElse(Double.NaN));
            median.append(Interval.quantile(sorted, 0.5));
            lower.append(Interval.quantile(sorted, tail));
            upper.append(Interval.quantile(sorted, 1 - tail));
        }
        measure.append("P(ROI > 0)");
        double p = probabilityPositive();
        mean.append(p);
        median.appendMissing();
        lower.appendMissing();
        upper.appendMissing();
        return Table.create(String.format(Locale.ROOT, "%s Monte Carlo, %d draws, seed %d, %.0f%% intervals",
                engineerId, draws, seed, level * 100), measure, mean, median, lower, upper);
    }

    @Override
    public String toString() {
        if (!isSufficient()) {
            return engineerId + " Monte Carlo: insufficient data (" + String.join("; ", missing) + ")";
        }
        Interval roi = interval("roi");
        String text = String.format(Locale.ROOT, "%s Monte Carlo (%,d draws, seed %d): median ROI %s, %.0f%% "
                + "interval [%s, %s], P(ROI > 0) = %.3f; median NPV %s USD", engineerId, draws, seed,
                Formats.percent(median("roi")), level * 100, Formats.percent(roi.lower()),
                Formats.percent(roi.upper()), probabilityPositive(), Formats.number(median("npv")));
        if (!missing.isEmpty()) {
            text += "\n  lower bounds: a benefit is left out: " + String.join("; ", missing);
        }
        return text;
    }
}
