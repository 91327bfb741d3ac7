package dev.umbrella.datasets;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a person's time was, per {@code periods.csv}: before, during, between and after funded roles. The one list of
 * period kinds: the build validates {@code periods.csv} with it and the analysis reads periods with it.
 */
public enum PeriodKind {
    VOLUNTEER,
    FUNDED,
    VACANCY,
    AFTER;

    /** The lower-case label used in {@code periods.csv}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every label {@code periods.csv} may use, in declaration order. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(PeriodKind::label).toList();
    }

    public static PeriodKind of(String label) {
        String wanted = label == null ? "" : label.trim().toUpperCase(Locale.ROOT);
        for (PeriodKind kind : values()) {
            if (kind.name().equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(
                "unknown period kind '" + label + "'; valid kinds: " + String.join(", ", labels()));
    }

    @Override
    public String toString() {
        return label();
    }
}
