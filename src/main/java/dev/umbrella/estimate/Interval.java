package dev.umbrella.estimate;

import dev.umbrella.model.Formats;
import java.util.Arrays;

/** A two-sided interval at a confidence level, e.g. a 95% percentile bootstrap interval. */
public record Interval(double lower, double upper, double level) {

    public Interval {
        if (lower > upper) {
            throw new IllegalArgumentException("interval lower " + lower + " > upper " + upper);
        }
    }

    public boolean contains(double x) {
        return x >= lower && x <= upper;
    }

    public double width() {
        return upper - lower;
    }

    /** The equal-tailed percentile interval of bootstrap or Monte Carlo replicates (NaN replicates are dropped). */
    public static Interval ofReplicates(double[] replicates, double level) {
        double[] sorted =
                Arrays.stream(replicates).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no replicates to take an interval from");
        }
        double tail = (1 - level) / 2;
        return new Interval(quantile(sorted, tail), quantile(sorted, 1 - tail), level);
    }

    /**
     * The q-quantile of sorted values with linear interpolation between order statistics (Hyndman and Fan type 7,
     * the default of R's {@code quantile} and of numpy), so results can be checked against either.
     */
    public static double quantile(double[] sorted, double q) {
        if (sorted.length == 1) {
            return sorted[0];
        }
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    @Override
    public String toString() {
        return "[" + Formats.number(lower) + ", " + Formats.number(upper) + "]";
    }
}
