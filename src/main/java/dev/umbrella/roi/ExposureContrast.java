package dev.umbrella.roi;

import dev.umbrella.model.Formats;
import dev.umbrella.model.ReportedMetric;
import dev.umbrella.model.TableBuilder;
import dev.umbrella.model.Tabular;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * How long reported malware stayed exposed before and after the funded start, compared like for like: the same
 * statistic (a mean with a mean, a median with a median, the same quantile, the same "share within T"), measured
 * the same way (report to first response, report to resolution, upload to protective action), with both periods
 * inside the evaluation window. Every reported row on the question is listed with the role it played; where no
 * pair exists the contrast says so, and the ROI shows the break-even instead of a number.
 *
 * @param pair the volunteer and funded measures compared; empty when none qualifies
 * @param considered every row on the question, with why it was or was not used
 */
public record ExposureContrast(List<Measure> pair, List<Considered> considered, String verdict) implements Tabular {

    /** What a row measures. */
    public enum Statistic {
        MEAN,
        MEDIAN,
        QUANTILE,
        SHARE_WITHIN
    }

    /**
     * One row read as a statistic.
     *
     * @param parameter the quantile (0..1; NaN for an unspecified one such as "most"), or T in hours for a share
     * @param instrument what is timed: {@code response} (report to first response), {@code resolution} (report to
     *     resolved), {@code exposure} (upload to first protective action), {@code removal}, {@code inbox} (email
     *     conversation to closed)
     */
    public record Measure(ReportedMetric row, Statistic statistic, double parameter, String instrument) {
        /** E.g. "median of exposure", "share within 24 h of resolution", "quantile (unspecified) of response". */
        public String describe() {
            String what;
            switch (statistic) {
                case QUANTILE:
                    what = Double.isNaN(parameter)
                            ? "an unspecified upper quantile"
                            : "the " + Math.round(parameter * 100) + "th percentile";
                    break;
                case SHARE_WITHIN:
                    what = "the share within "
                            + new BigDecimal(parameter).stripTrailingZeros().toPlainString() + " h";
                    break;
                default:
                    what = "the " + statistic.name().toLowerCase(Locale.ROOT);
            }
            return what + " of " + instrument + " time";
        }

        /** The row's value in hours (times) or as a share (0..1). */
        public double value() {
            if (statistic == Statistic.SHARE_WITHIN) {
                if (!row.unit().equals("percent")) {
                    throw notA("share in percent");
                }
                return row.value() / 100;
            }
            switch (row.unit()) {
                case "minutes":
                    return row.value() / 60;
                case "hours":
                    return row.value();
                case "days":
                    return row.value() * 24;
                default:
                    throw notA("time");
            }
        }

        private IllegalArgumentException notA(String what) {
            return new IllegalArgumentException("reported_metrics.csv: " + row.metric() + " (" + row.citation()
                    + ") has unit " + row.unit() + ", not a " + what);
        }
    }

    /** One reported row and the part it played. */
    public record Considered(ReportedMetric row, String side, String use) {}

    /** The rows that answer "how long was reported malware exposed", read as statistics. */
    // CPD-OFF: a table of data, one entry per row; its rows look alike because they are rows
    static final Map<String, Object[]> METRICS = Map.ofEntries(
            Map.entry("malware_response_time_most_within", new Object[] {Statistic.QUANTILE, Double.NaN, "response"}),
            Map.entry("malware_exposure_median", new Object[] {Statistic.MEDIAN, 0.5, "exposure"}),
            Map.entry("malware_exposure_mean", new Object[] {Statistic.MEAN, Double.NaN, "exposure"}),
            Map.entry("malware_exposure_p90", new Object[] {Statistic.QUANTILE, 0.9, "exposure"}),
            Map.entry("malware_time_to_removal_median", new Object[] {Statistic.MEDIAN, 0.5, "removal"}),
            Map.entry("malware_resolved_within_24h_share", new Object[] {Statistic.SHARE_WITHIN, 24.0, "resolution"}),
            Map.entry("malware_resolved_within_4h_share", new Object[] {Statistic.SHARE_WITHIN, 4.0, "resolution"}),
            Map.entry(
                    "malware_resolved_within_4h_office_hours_share",
                    new Object[] {Statistic.SHARE_WITHIN, 4.0, "resolution (office hours)"}),
            Map.entry("malware_response_within_60m_share", new Object[] {Statistic.SHARE_WITHIN, 1.0, "response"}),
            Map.entry("malware_response_within_12h_share", new Object[] {Statistic.SHARE_WITHIN, 12.0, "response"}),
            Map.entry("malware_response_share_under_15m", new Object[] {Statistic.SHARE_WITHIN, 0.25, "response"}),
            Map.entry("malware_response_time_max", new Object[] {Statistic.QUANTILE, 1.0, "removal"}),
            Map.entry(
                    "security_inbox_close_time_mean_office_hours",
                    new Object[] {Statistic.MEAN, Double.NaN, "inbox (office hours)"}),
            Map.entry("security_inbox_closed_within_4h_share", new Object[] {Statistic.SHARE_WITHIN, 4.0, "inbox"}));
    // CPD-ON

    public ExposureContrast {
        pair = List.copyOf(pair);
        considered = List.copyOf(considered);
    }

    /** Reads a row as a statistic, or null when it does not measure exposure or response time. */
    static Measure measure(ReportedMetric row) {
        Object[] m = METRICS.get(row.metric());
        return m == null ? null : new Measure(row, (Statistic) m[0], (double) m[1], (String) m[2]);
    }

    /**
     * The change volunteer − funded of the same statistic. Refuses two measures that are not the same statistic of
     * the same instrument (a quantile against a median, a mean against a share, a share within 4 h against one
     * within 24 h, response time against exposure time), or a quantile whose level is not stated.
     */
    public static double difference(Measure volunteer, Measure funded) {
        String unlike = unlike(volunteer, funded);
        if (!unlike.isEmpty()) {
            throw new IllegalArgumentException("not like for like: " + unlike);
        }
        return volunteer.value() - funded.value();
    }

    private static String unlike(Measure a, Measure b) {
        if (a.statistic() != b.statistic()) {
            return a.describe() + " against " + b.describe() + " (different statistics)";
        }
        if (a.statistic() == Statistic.QUANTILE && (Double.isNaN(a.parameter()) || Double.isNaN(b.parameter()))) {
            return a.describe() + " against " + b.describe() + " (a quantile whose level is not stated)";
        }
        if (!Double.isNaN(a.parameter()) && a.parameter() != b.parameter()) {
            return a.describe() + " against " + b.describe() + " (different levels)";
        }
        if (!a.instrument().equals(b.instrument())) {
            return a.describe() + " against " + b.describe() + " (different instruments)";
        }
        return "";
    }

    /**
     * Looks for a like-for-like pair among the rows: volunteer rows hold their middle day before the funded start,
     * funded rows lie within [start, horizonEnd). Prefers a median, then a mean, then a stated quantile; among
     * several funded rows of one statistic takes the earliest (closest to the change).
     */
    static ExposureContrast of(List<ReportedMetric> rows, LocalDate start, LocalDate horizonEnd) {
        List<Measure> before = new ArrayList<>();
        List<Measure> after = new ArrayList<>();
        List<Considered> considered = new ArrayList<>();
        for (ReportedMetric r : rows) {
            Measure m = measure(r);
            if (m == null) {
                continue;
            }
            LocalDate middle = r.periodStart().plusDays(ChronoUnit.DAYS.between(r.periodStart(), r.periodEnd()) / 2);
            if (middle.isBefore(start)) {
                before.add(m);
            } else if (!r.periodStart().isBefore(start) && r.periodEnd().isBefore(horizonEnd)) {
                after.add(m);
            } else {
                considered.add(new Considered(
                        r, "outside", "outside the evaluation window " + start + ".." + horizonEnd.minusDays(1)));
            }
        }
        List<Measure> pair = List.of();
        for (Statistic wanted : List.of(Statistic.MEDIAN, Statistic.MEAN, Statistic.QUANTILE, Statistic.SHARE_WITHIN)) {
            for (Measure v : before) {
                for (Measure f : after) {
                    if (pair.isEmpty()
                            && v.statistic() == wanted
                            && unlike(v, f).isEmpty()) {
                        pair = List.of(v, f);
                    }
                }
            }
        }
        for (Measure v : before) {
            considered.add(new Considered(
                    v.row(),
                    "volunteer",
                    pair.contains(v) ? "used" : "no funded row with the " + "same statistic: " + v.describe()));
        }
        for (Measure f : after) {
            considered.add(new Considered(
                    f.row(),
                    "funded",
                    pair.contains(f) ? "used" : "no volunteer row with the " + "same statistic: " + f.describe()));
        }
        considered.sort(Comparator.comparing((Considered c) -> c.row().periodStart())
                .thenComparing(c -> c.row().metric()));
        String verdict;
        if (pair.isEmpty()) {
            verdict = "no like-for-like pair: the volunteer period has "
                    + (before.isEmpty()
                            ? "no row"
                            : String.join(
                                    ", ",
                                    before.stream()
                                            .map(Measure::describe)
                                            .distinct()
                                            .toList()))
                    + "; the funded period has "
                    + (after.isEmpty()
                            ? "no row"
                            : String.join(
                                    ", ",
                                    after.stream()
                                            .map(Measure::describe)
                                            .distinct()
                                            .toList()));
        } else {
            verdict = pair.get(0).describe() + ": " + Formats.number(pair.get(0).value()) + " before, "
                    + Formats.number(pair.get(1).value()) + " after";
        }
        return new ExposureContrast(pair, considered, verdict);
    }

    public boolean hasPair() {
        return !pair.isEmpty();
    }

    /** Columns: side, metric, period, value, unit, use, source. */
    @Override
    public Table toTable() {
        TableBuilder table = TableBuilder.named("malware exposure, volunteer vs funded: " + verdict)
                .text("side", "metric", "period", "value", "use", "source");
        for (Considered c : considered) {
            ReportedMetric r = c.row();
            table.row(
                    c.side(),
                    r.metric(),
                    r.periodStart() + ".." + r.periodEnd(),
                    Formats.number(r.value()) + " " + r.unit() + " (" + r.qualifier() + ")",
                    c.use(),
                    r.citation());
        }
        return table.build();
    }

    @Override
    public String toString() {
        return "ExposureContrast[" + verdict + "]";
    }
}
