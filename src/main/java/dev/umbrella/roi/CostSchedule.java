package dev.umbrella.roi;

import dev.umbrella.datasets.PeriodKind;
import dev.umbrella.model.Engineer;
import dev.umbrella.model.Formats;
import dev.umbrella.model.Funding;
import dev.umbrella.model.Period;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What the role cost month by month over the evaluation horizon, documents first (a published grant amount before a
 * modelled salary): each public grant of {@code funding.csv} for this person is spread evenly over its days, and
 * only its share that paid the role counts (a named assumption where the grant also paid for other things); every
 * day no grant covers is costed at a loaded salary (wage × benefits load × (1 + overhead)). A grant is the funder's
 * full payment, so it already holds the recipient's overhead; the loaded salary adds overhead so both measure the
 * full cost of the role.
 *
 * <p>Months are counted from the funded start day: month m runs from {@code start + m months} to the day before
 * {@code start + (m + 1) months}.
 *
 * @param grants the allocable grants that fall in the horizon, with their amount in each month
 * @param uncovered per month, the share of its days that no grant covers
 */
public record CostSchedule(LocalDate start, int months, List<Grant> grants, double[] uncovered, List<String> notes) {

    /**
     * One public grant in the horizon.
     *
     * @param roleShare the assumption holding the share of the grant that paid the role; empty when all of it did
     * @param byMonth the grant's money in each month of the horizon (before the role share)
     */
    public record Grant(
            String funder,
            double amountUsd,
            LocalDate start,
            LocalDate end,
            String roleShare,
            String sourceUrl,
            double[] byMonth) {
        public Grant {
            byMonth = byMonth.clone();
        }

        @Override
        public double[] byMonth() {
            return byMonth.clone();
        }

        /** The grant's money inside the horizon (before the role share). */
        public double inHorizon() {
            double sum = 0;
            for (double x : byMonth) {
                sum += x;
            }
            return sum;
        }
    }

    public CostSchedule {
        grants = List.copyOf(grants);
        uncovered = uncovered.clone();
        notes = List.copyOf(notes);
    }

    @Override
    public double[] uncovered() {
        return uncovered.clone();
    }

    /** The schedule over {@code months} months from the engineer's first funded day. */
    public static CostSchedule of(Engineer engineer, List<Funding> funding, int months) {
        Period first = engineer.firstFunded()
                .orElseThrow(
                        () -> new IllegalArgumentException("periods.csv has no funded period for " + engineer.id()));
        LocalDate start = first.start();
        double[] covered = new double[months];
        List<Grant> grants = new ArrayList<>();
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
            double[] byMonth = new double[months];
            for (int m = 0; m < months; m++) {
                LocalDate from = start.plusMonths(m);
                LocalDate to = start.plusMonths(m + 1L);
                long overlap = overlapDays(from, to, f.start(), f.end().plusDays(1));
                byMonth[m] = overlap * perDay;
                covered[m] = Math.min(1, covered[m] + overlap / (double) ChronoUnit.DAYS.between(from, to));
            }
            Grant grant = new Grant(
                    f.funder(), f.amountUsd().getAsDouble(), f.start(), f.end(), f.roleShare(), f.sourceUrl(), byMonth);
            grants.add(grant);
            notes.add(f.funder() + " " + Formats.number(grant.amountUsd()) + " USD " + f.start() + ".." + f.end()
                    + ", " + Formats.number(grant.inHorizon()) + " of it in the horizon"
                    + (f.roleShare().isEmpty() ? "" : ", times the share that paid the role (" + f.roleShare() + ")")
                    + (f.isAssumption() ? " (an assumption in funding.csv)" : "") + ": " + f.sourceUrl());
        }
        double[] uncovered = new double[months];
        for (int m = 0; m < months; m++) {
            uncovered[m] = 1 - covered[m];
        }
        return new CostSchedule(start, months, grants, uncovered, notes);
    }

    /**
     * Whole months from the funded start to the end of the evaluation: the last funded day of the periods that follow
     * on without a gap, or the end of the last month the data cover, whichever comes first.
     */
    public static int horizonMonths(Engineer engineer, LocalDate dataEndExclusive) {
        Period first = engineer.firstFunded()
                .orElseThrow(
                        () -> new IllegalArgumentException("periods.csv has no funded period for " + engineer.id()));
        LocalDate start = first.start();
        LocalDate end = null;
        boolean ongoing = false;
        for (Period p : engineer.periods()) {
            if (p.kind() != PeriodKind.FUNDED || p.start().isBefore(start)) {
                continue;
            }
            if (end != null && p.start().isAfter(end.plusDays(1))) {
                break;
            }
            if (p.end() == null) {
                ongoing = true;
                break;
            }
            end = p.end();
        }
        LocalDate fundedEndExclusive = ongoing ? dataEndExclusive : end.plusDays(1);
        LocalDate horizonEnd = fundedEndExclusive.isBefore(dataEndExclusive) ? fundedEndExclusive : dataEndExclusive;
        return (int) Math.max(0, ChronoUnit.MONTHS.between(start, horizonEnd));
    }

    private static long overlapDays(LocalDate from, LocalDate to, LocalDate start, LocalDate endExclusive) {
        LocalDate a = from.isAfter(start) ? from : start;
        LocalDate b = to.isBefore(endExclusive) ? to : endExclusive;
        return Math.max(0, ChronoUnit.DAYS.between(a, b));
    }
}
