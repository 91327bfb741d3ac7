package dev.umbrella.roi;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the Monte Carlo draws a parameter from its {@code low, base, high} (methods.md §c6: triangular or PERT for
 * shares and hours, lognormal for loss severity, beta for probabilities). The tornado always uses low and high.
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
     * Lognormal with median base; low and high read as the 5th and 95th percentiles give
     * {@code σ = ln(high/low) / (2 · 1.645)}. Heavy right tail, as cyber losses have (methods.md §c4).
     */
    LOGNORMAL,
    /**
     * Beta on [0, 1] with mean base and standard deviation {@code (high − low) / (2 · 1.645)} (method of moments;
     * the range read as a 90% interval). Requires the variance to be below {@code base · (1 − base)}.
     */
    BETA,
    /** Resampled from bootstrap replicates of an estimate (data-derived parameters only, never in the CSV). */
    EMPIRICAL;

    /** The lower-case name used in {@code assumptions.csv}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a name from {@code assumptions.csv}; {@code empirical} is not accepted there. */
    public static Distribution of(String name) {
        String wanted = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        for (Distribution d : values()) {
            if (d != EMPIRICAL && d.name().equals(wanted)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown distribution '" + name + "'; valid distributions: "
                + Arrays.stream(values()).filter(d -> d != EMPIRICAL).map(Distribution::label)
                        .collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return label();
    }
}
