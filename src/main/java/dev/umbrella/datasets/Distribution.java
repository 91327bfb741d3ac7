package dev.umbrella.datasets;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The {@code distribution} column of {@code assumptions.csv}: how the Monte Carlo draws a parameter from its
 * {@code low, base, high} (a pre-specified choice: triangular or PERT for shares and hours, lognormal for loss
 * severity). It lives in the data contract so that the build validates the column with the same list the ROI stage
 * samples from. Every family honours the range as written in
 * {@code assumptions.csv}: for uniform, triangular and PERT, {@code low} and {@code high} are the bounds; for the
 * lognormal they are the documented 5th and 95th percentiles and {@code base} the median
 * ({@code MonteCarlo_SamplerTest} checks the sampled quantiles of each family). The tornado always uses low and
 * high.
 */
public enum Distribution {
    /** Always the base value (low and high still drive the tornado). */
    FIXED,
    /** Uniform on [low, high]. */
    UNIFORM,
    /** Triangular on [low, high] with mode base. */
    TRIANGULAR,
    /** Beta-PERT on [low, high] with mode base and λ = 4 (Vose, Risk Analysis, 2008). */
    PERT,
    /**
     * Two-piece lognormal: median base, 5th percentile low and 95th percentile high, with
     * {@code σ_below = ln(base/low) / 1.645} and {@code σ_above = ln(high/base) / 1.645}. A one-piece lognormal
     * cannot put an asymmetric range at its 5th and 95th percentiles around a given median; this one does, and keeps
     * the heavy right tail of cyber losses (Shevchenko et al. 2022).
     */
    LOGNORMAL,
    /** Resampled from bootstrap replicates of an estimate (data-derived parameters only, never in the CSV). */
    EMPIRICAL;

    /** The lower-case name used in {@code assumptions.csv}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every name {@code assumptions.csv} may use, in declaration order ({@code empirical} is not one). */
    public static List<String> labels() {
        return Arrays.stream(values())
                .filter(d -> d != EMPIRICAL)
                .map(Distribution::label)
                .toList();
    }

    /** Parses a name from {@code assumptions.csv}; {@code empirical} is not accepted there. */
    public static Distribution of(String name) {
        String wanted = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        for (Distribution d : values()) {
            if (d != EMPIRICAL && d.name().equals(wanted)) {
                return d;
            }
        }
        throw new IllegalArgumentException(
                "unknown distribution '" + name + "'; valid distributions: " + String.join(", ", labels()));
    }

    @Override
    public String toString() {
        return label();
    }
}
