package dev.umbrella.roi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Outputs over a window from rows that each count outputs over their own dates (a month's report, a year's review).
 * Each row is spread evenly over its days. Where rows overlap, the finer ones win: a row that overlaps a row with a
 * shorter period is left out (so a year's total does not add to its months). Days no row covers are missing, not
 * zero: the window's total counts them at the mean daily rate of the covered days, and says how much it covered.
 * Low and high widen each row by its wording ("about", "at least", "at most") by the tolerance.
 */
final class OutputRate {
    /** One row: outputs over [start, end], with its wording and where it comes from. */
    record Row(LocalDate start, LocalDate end, double count, String qualifier, String evidence) {
        long days() {
            return ChronoUnit.DAYS.between(start, end) + 1;
        }

        boolean overlaps(Row o) {
            return !start.isAfter(o.end) && !o.start.isAfter(end);
        }
    }

    /**
     * The total over the window.
     *
     * @param covered share of the window's days that a used row covers (0 when none: then the total is NaN)
     * @param used the rows that count, in date order
     * @param leftOut rows left out because a finer row overlaps them
     */
    record Total(double low, double base, double high, double covered, List<Row> used, List<Row> leftOut) {
        boolean isEmpty() {
            return used.isEmpty();
        }
    }

    private OutputRate() {}

    static Total over(List<Row> rows, LocalDate from, LocalDate toExclusive, double tolerance) {
        List<Row> used = new ArrayList<>();
        List<Row> leftOut = new ArrayList<>();
        for (Row r : rows) {
            boolean finerOverlaps = rows.stream().anyMatch(o -> o != r && o.days() < r.days() && o.overlaps(r));
            (finerOverlaps ? leftOut : used).add(r);
        }
        used.sort(Comparator.comparing(Row::start).thenComparing(Row::end));
        int days = (int) ChronoUnit.DAYS.between(from, toExclusive);
        if (days <= 0) {
            return new Total(0, 0, 0, 0, used, leftOut);
        }
        double[] low = new double[days];
        double[] base = new double[days];
        double[] high = new double[days];
        boolean[] covered = new boolean[days];
        for (Row r : used) {
            double perDay = r.count() / r.days();
            double below = r.qualifier().equals("about") || r.qualifier().equals("at_most") ? 1 - tolerance : 1;
            double above = r.qualifier().equals("about") || r.qualifier().equals("at_least") ? 1 + tolerance : 1;
            for (LocalDate d = r.start().isBefore(from) ? from : r.start();
                    !d.isAfter(r.end()) && d.isBefore(toExclusive);
                    d = d.plusDays(1)) {
                int i = (int) ChronoUnit.DAYS.between(from, d);
                low[i] += perDay * below;
                base[i] += perDay;
                high[i] += perDay * above;
                covered[i] = true;
            }
        }
        int n = 0;
        double[] sums = new double[3];
        for (int i = 0; i < days; i++) {
            if (covered[i]) {
                n++;
                sums[0] += low[i];
                sums[1] += base[i];
                sums[2] += high[i];
            }
        }
        if (n == 0) {
            return new Total(Double.NaN, Double.NaN, Double.NaN, 0, List.of(), leftOut);
        }
        double scale = (double) days / n;
        return new Total(sums[0] * scale, sums[1] * scale, sums[2] * scale, (double) n / days, used, leftOut);
    }
}
