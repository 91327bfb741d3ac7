package dev.umbrella.roi;

import dev.umbrella.datasets.Distribution;
import dev.umbrella.model.Formats;

/**
 * One parameter of the ROI model with its range, distribution and where the numbers come from: a row of
 * {@code assumptions.csv}, a value derived from a dataset, or an analyst's override in a notebook.
 *
 * @param source a URL, {@code judgement}, {@code dataset: ...} for derived values, or {@code override}
 */
public record Assumption(
        String name,
        double low,
        double base,
        double high,
        String unit,
        Distribution distribution,
        String source,
        String note) {

    public Assumption {
        if (!(low <= base && base <= high)) {
            throw new IllegalArgumentException(
                    "assumption " + name + ": need low <= base <= high, got " + low + ", " + base + ", " + high);
        }
        if (distribution == Distribution.LOGNORMAL && high > low && !(low > 0 && low < base && base < high)) {
            throw new IllegalArgumentException("assumption " + name + ": lognormal needs 0 < low < base < high (5th"
                    + " percentile, median, 95th percentile), got " + low + ", " + base + ", " + high);
        }
    }

    /** True when Monte Carlo draws vary (not fixed and low &lt; high). */
    public boolean varies() {
        return distribution != Distribution.FIXED && high > low;
    }

    @Override
    public String toString() {
        return name + " = " + Formats.number(base) + " " + unit + " [" + Formats.number(low) + ", "
                + Formats.number(high) + "] " + distribution + " (" + source + ")";
    }
}
