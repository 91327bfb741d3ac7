package dev.umbrella.model;

import dev.umbrella.datasets.PeriodKind;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of {@code periods.csv}: a span of a person's time with its kind and evidence.
 *
 * @param end inclusive last day; {@code null} while the period is ongoing
 * @param confidence {@code stated} (a source gives the date) or {@code derived} (inferred; see the note)
 */
public record Period(
        String personId,
        PeriodKind kind,
        LocalDate start,
        LocalDate end,
        boolean partlyPaid,
        String employer,
        String funder,
        String role,
        String confidence,
        List<String> sourceUrls,
        String note) {

    public Period {
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("period of " + personId + " ends " + end + " before it starts " + start);
        }
        sourceUrls = List.copyOf(sourceUrls);
    }

    /** Whether the day lies inside the period (an ongoing period contains every day from its start). */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    /** True when the start date is inferred rather than stated by a source. */
    public boolean isDerived() {
        return "derived".equals(confidence);
    }
}
