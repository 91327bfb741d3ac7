package dev.umbrella.roi;

import dev.umbrella.model.Engineer;
import dev.umbrella.model.Formats;
import dev.umbrella.model.Funding;
import dev.umbrella.model.Period;
import dev.umbrella.model.PeriodKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What is known about the cost of an engineer's role month by month from the funded start: the public amounts
 * of {@code funding.csv} spread evenly over their days, and for each month the share those amounts cover. The
 * rest of each month is costed with the loaded-cost parameters (methods.md §c2: "obtain from annual reports or
 * Form 990"; until then, wage × benefits load × overhead).
 *
 * @param publicByMonth public money attributed to month m (months counted from the funded start date)
 * @param coveredByMonth share of month m covered by a public amount, 0..1
 * @param fundedMonths whole months of continuous funding from the start; {@link Integer#MAX_VALUE} when ongoing
 */
public record CostSchedule(double[] publicByMonth, double[] coveredByMonth, int fundedMonths, List<String> notes) {

    public CostSchedule {
        publicByMonth = publicByMonth.clone();
        coveredByMonth = coveredByMonth.clone();
        notes = List.copyOf(notes);
    }

    /** The schedule over {@code months} months from the engineer's first funded day. */
    public static CostSchedule of(Engineer engineer, List<Funding> funding, int months) {
        Period first = engineer.firstFunded().orElseThrow(() ->
                new IllegalArgumentException("periods.csv has no funded period for " + engineer.id()));
        LocalDate start = first.start();
        double[] publicByMonth = new double[months];
        double[] covered = new double[months];
        List<String> notes = new ArrayList<>();
        LocalDate windowEnd = start.plusMonths(months);
        for (Funding f : funding) {
            boolean outside = (f.end() != null && f.end().isBefore(start))
                    || (f.start() != null && !f.start().isBefore(windowEnd));
            if (!f.personId().equals(engineer.id()) || outside) {
                continue; // another person's money, or the volunteer era's (e.g. urllib3 grants): not this role's cost
            }
            if (!f.isAllocable()) {
                if (f.amountUsd().isPresent()) {
                    notes.add(f.funder() + " " + Formats.number(f.amountUsd().getAsDouble()) + " USD (" + f.purpose()
                            + ") has no start and end date, so it cannot be spread over months: loaded cost used");
                }
                continue;
            }
            double days = ChronoUnit.DAYS.between(f.start(), f.end()) + 1.0;
            double perDay = f.amountUsd().getAsDouble() / days;
            for (int m = 0; m < months; m++) {
                LocalDate from = start.plusMonths(m);
                LocalDate to = start.plusMonths(m + 1L);
                long overlap = overlapDays(from, to, f.start(), f.end().plusDays(1));
                publicByMonth[m] += overlap * perDay;
                covered[m] = Math.min(1, covered[m] + overlap / (double) ChronoUnit.DAYS.between(from, to));
            }
            notes.add(f.funder() + " " + Formats.number(f.amountUsd().getAsDouble()) + " USD " + f.start() + ".."
                    + f.end() + (f.isAssumption() ? " (an assumption in funding.csv)" : "") + ": " + f.sourceUrl());
        }
        return new CostSchedule(publicByMonth, covered, fundedMonths(engineer, start), notes);
    }

    /** Months from the start to the end of the last funded period that follows on without a gap. */
    private static int fundedMonths(Engineer engineer, LocalDate start) {
        LocalDate end = null;
        for (Period p : engineer.periods()) {
            if (p.kind() != PeriodKind.FUNDED || p.start().isBefore(start)) {
                continue;
            }
            if (end != null && p.start().isAfter(end.plusDays(1))) {
                break;
            }
            if (p.end() == null) {
                return Integer.MAX_VALUE;
            }
            end = p.end();
        }
        return (int) ChronoUnit.MONTHS.between(start, end.plusDays(1));
    }

    private static long overlapDays(LocalDate from, LocalDate to, LocalDate start, LocalDate endExclusive) {
        LocalDate a = from.isAfter(start) ? from : start;
        LocalDate b = to.isBefore(endExclusive) ? to : endExclusive;
        return Math.max(0, ChronoUnit.DAYS.between(a, b));
    }

    @Override
    public double[] publicByMonth() {
        return publicByMonth.clone();
    }

    @Override
    public double[] coveredByMonth() {
        return coveredByMonth.clone();
    }
}
