package dev.umbrella.roi;

import dev.umbrella.model.Output;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Counts an engineer's outputs of one kind over a window from the outputs ledger, the person's own and the
 * registry's apart (the registry's get the attribution share later).
 *
 * <p>In a running series each row covers days (an event stream, such as an advisory database, the days of its
 * window; any other row its own dates), and on each day the finest row that covers it counts (an event stream is as
 * fine as a day, a monthly report a month), so a year's total never adds to its months and a report never adds to
 * the database that lists the same advisories.
 * For the registry's running series ({@link #RECURRING}), days no row covers are missing, not zero: the window's
 * total counts them at the covered days' mean ({@link #isRunningSeries}). Other kinds, and a recurring kind reported
 * only now and then, are lists of events, counted as stated (a lower bound).
 * Snapshot rows of adoption levels (a {@code reported} stream) count the increase of the level in the window.
 */
final class Ledger {
    /** Low, base and high counts of the person's and the registry's outputs, and what the count rests on. */
    record Count(double[] engineer, double[] registry, double covered, int rows) {
        boolean isEmpty() {
            return rows == 0;
        }

        static Count none() {
            return new Count(new double[3], new double[3], 0, 0);
        }
    }

    private Ledger() {}

    /** The outputs in [from, toExclusive), with each row's wording widened by the tolerance into low and high. */
    static Count count(List<Output> rows, LocalDate from, LocalDate toExclusive, double tolerance) {
        int days = (int) ChronoUnit.DAYS.between(from, toExclusive);
        if (days <= 0) {
            return Count.none();
        }
        boolean recurring = isRunningSeries(rows);
        List<Output> windowed =
                recurring ? rows.stream().filter(r -> !isLevel(r)).toList() : List.of();
        List<Output> levels = rows.stream().filter(Ledger::isLevel).toList();
        double[][] daily = new double[6][days]; // engineer low/base/high, registry low/base/high
        boolean[] covered = new boolean[days];
        for (int i = 0; i < days; i++) {
            LocalDate d = from.plusDays(i);
            Output finest = null;
            long finestDays = Long.MAX_VALUE;
            String finestStream = "";
            for (Output r : windowed) {
                if (d.isBefore(from(r)) || d.isAfter(to(r))) {
                    continue;
                }
                boolean event = !from(r).equals(r.start()) || !to(r).equals(r.end());
                long grain = event ? 1 : ChronoUnit.DAYS.between(r.start(), r.end()) + 1;
                if (grain < finestDays || (grain == finestDays && r.stream().compareTo(finestStream) < 0)) {
                    finest = r;
                    finestDays = grain;
                    finestStream = r.stream();
                }
            }
            if (finest == null) {
                continue;
            }
            covered[i] = true;
            for (Output r : windowed) {
                if (!r.stream().equals(finestStream) || d.isBefore(r.start()) || d.isAfter(r.end())) {
                    continue;
                }
                double perDay = r.count() / (ChronoUnit.DAYS.between(r.start(), r.end()) + 1);
                int at = r.isRegistry() ? 3 : 0;
                daily[at][i] += perDay * below(r, tolerance);
                daily[at + 1][i] += perDay;
                daily[at + 2][i] += perDay * above(r, tolerance);
            }
        }
        int n = 0;
        double[] sums = new double[6];
        for (int i = 0; i < days; i++) {
            if (covered[i]) {
                n++;
                for (int k = 0; k < 6; k++) {
                    sums[k] += daily[k][i];
                }
            }
        }
        double scale = n == 0 ? 0 : (double) days / n;
        double[] engineer = {sums[0] * scale, sums[1] * scale, sums[2] * scale};
        double[] registry = {sums[3] * scale, sums[4] * scale, sums[5] * scale};
        int rowsUsed = (int)
                windowed.stream().filter(r -> overlaps(r, from, toExclusive)).count();
        for (Output r : rows) {
            if (recurring || isLevel(r) || !overlaps(r, from, toExclusive)) {
                continue;
            }
            double share =
                    overlapDays(r, from, toExclusive) / (double) (ChronoUnit.DAYS.between(r.start(), r.end()) + 1);
            double[] target = r.isRegistry() ? registry : engineer;
            target[0] += r.count() * share * below(r, tolerance);
            target[1] += r.count() * share;
            target[2] += r.count() * share * above(r, tolerance);
            rowsUsed++;
        }
        for (String stream :
                levels.stream().map(Output::stream).distinct().sorted().toList()) {
            List<Output> series =
                    levels.stream().filter(r -> r.stream().equals(stream)).toList();
            double before = series.stream()
                    .filter(r -> r.start().isBefore(from))
                    .mapToDouble(Output::count)
                    .max()
                    .orElse(0);
            double inWindow = series.stream()
                    .filter(r -> !r.start().isBefore(from) && r.start().isBefore(toExclusive))
                    .mapToDouble(Output::count)
                    .max()
                    .orElse(before);
            Output last = series.stream()
                    .filter(r -> !r.start().isBefore(from) && r.start().isBefore(toExclusive))
                    .reduce((a, b) -> b)
                    .orElse(null);
            if (last == null) {
                continue;
            }
            double increase = inWindow - before;
            double[] target = last.isRegistry() ? registry : engineer;
            target[0] += increase * below(last, tolerance);
            target[1] += increase;
            target[2] += increase * above(last, tolerance);
            rowsUsed++;
        }
        return new Count(engineer, registry, (double) n / days, rowsUsed);
    }

    /**
     * The kinds that are a registry's running series (advisories published, malware reports handled, packages removed):
     * a month no report covers is missing and counts at the covered rate. Every other kind is a list of events (an
     * audit's findings, an incident, a release's fixes, a feature): counted as stated, never spread over other
     * months, so its total is a lower bound.
     */
    static final Set<String> RECURRING = Set.of("advisory_published", "malware_report_handled", "package_removed");

    /**
     * True when the rows are a running series: a {@link #RECURRING} kind with a series among them (an event stream
     * such as an advisory database, or a reported stream of three or more monthly or yearly counts). A kind reported
     * only now and then (a few advisories in one engineer's reports) stays a list.
     */
    static boolean isRunningSeries(List<Output> rows) {
        if (rows.isEmpty() || !RECURRING.contains(rows.get(0).kind())) {
            return false;
        }
        return rows.stream()
                .anyMatch(r -> r.hasWindow()
                        && !isLevel(r)
                        && (!r.stream().startsWith("reported:")
                                || rows.stream()
                                                .filter(o -> o.stream().equals(r.stream()))
                                                .count()
                                        >= 3));
    }

    /** The first and last day a row's stream is complete over: its window, or a curated row's own dates. */
    private static LocalDate from(Output r) {
        return r.hasWindow() ? r.streamFrom() : r.start();
    }

    private static LocalDate to(Output r) {
        return r.hasWindow() ? r.streamTo() : r.end();
    }

    /** A snapshot of an adoption level (e.g. users with 2FA on a day): a stock, not a flow. */
    static boolean isLevel(Output r) {
        return r.kind().equals("adoption_milestone") && r.stream().startsWith("reported:");
    }

    private static boolean overlaps(Output r, LocalDate from, LocalDate toExclusive) {
        return r.start().isBefore(toExclusive) && !r.end().isBefore(from);
    }

    private static long overlapDays(Output r, LocalDate from, LocalDate toExclusive) {
        LocalDate a = r.start().isAfter(from) ? r.start() : from;
        LocalDate b = r.end().plusDays(1).isBefore(toExclusive) ? r.end().plusDays(1) : toExclusive;
        return Math.max(0, ChronoUnit.DAYS.between(a, b));
    }

    private static double below(Output r, double tolerance) {
        return r.qualifier().equals("about") || r.qualifier().equals("at_most") ? 1 - tolerance : 1;
    }

    private static double above(Output r, double tolerance) {
        return r.qualifier().equals("about") || r.qualifier().equals("at_least") ? 1 + tolerance : 1;
    }

    /** Rows of one engineer and kind (and detail, if given), in ledger order. */
    static List<Output> of(List<Output> all, String engineer, String kind, String detail) {
        List<Output> rows = new ArrayList<>();
        for (Output r : all) {
            if (r.engineer().equals(engineer)
                    && r.kind().equals(kind)
                    && (detail == null || r.detail().equals(detail))) {
                rows.add(r);
            }
        }
        return rows;
    }
}
