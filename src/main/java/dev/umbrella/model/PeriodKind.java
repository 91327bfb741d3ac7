package dev.umbrella.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a person's time was, per {@code periods.csv}: before, during, between and after funded roles. */
public enum PeriodKind {
    VOLUNTEER,
    FUNDED,
    VACANCY,
    AFTER;

    /** The lower-case label used in {@code periods.csv}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PeriodKind of(String label) {
        String wanted = label == null ? "" : label.trim().toUpperCase(Locale.ROOT);
        for (PeriodKind kind : values()) {
            if (kind.name().equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown period kind '" + label + "'; valid kinds: "
                + Arrays.stream(values()).map(PeriodKind::label).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return label();
    }
}
