package dev.umbrella.model;

import dev.umbrella.datasets.PeriodKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One of the three cases: a person id, a display name and the periods from {@code periods.csv}, sorted by start.
 * The funded start is the start of the first {@code funded} period: the event every estimator is built around.
 */
public record Engineer(String id, String name, List<Period> periods) {

    public Engineer {
        periods = periods.stream().sorted(Comparator.comparing(Period::start)).toList();
    }

    /** The first funded period, if the person has one. */
    public Optional<Period> firstFunded() {
        return periods.stream().filter(p -> p.kind() == PeriodKind.FUNDED).findFirst();
    }

    /** The earliest day covered by any period. */
    public Optional<LocalDate> firstDay() {
        return periods.stream().map(Period::start).min(Comparator.naturalOrder());
    }

    /**
     * The kind of period a month belongs to: the period that contains the month's 15th day (a month split
     * between two periods goes to the one holding most of it). Empty when no period covers that day.
     */
    public Optional<PeriodKind> kindOf(YearMonth month) {
        LocalDate middle = month.atDay(15);
        return periods.stream()
                .filter(p -> p.contains(middle))
                .map(Period::kind)
                .findFirst();
    }
}
