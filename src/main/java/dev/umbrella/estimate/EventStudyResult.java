package dev.umbrella.estimate;

import dev.umbrella.model.Cohort;
import dev.umbrella.model.Formats;
import dev.umbrella.model.Metric;
import dev.umbrella.model.TableBuilder;
import dev.umbrella.model.Tabular;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.Table;

/**
 * An event study of one engineer against the comparison group: per month relative to the first funded month
 * (event time k, k = 0 the funded start), the monthly difference engineer − comparison mean minus its mean over the
 * volunteer window, with a 95% band; a joint test that the volunteer-window coefficients are zero; and the linear
 * trend of the difference over the volunteer window. How each is computed is in {@link EventStudy}.
 *
 * @param coefficients one per event time from the start of the volunteer window to the end of the funded window,
 *     in order; empty when insufficient
 * @param reference what every coefficient is measured against, in words
 * @param preTest the joint test over the volunteer window's quarterly bins
 * @param halfYearTest the same test over half-year bins: less powerful, but it tolerates more dependence between
 *     neighbouring months (see {@link #residualAutocorrelation()})
 * @param preTrend the slope of the monthly difference over the volunteer window, per month
 * @param trendIntercept the pre-trend line's value at k = 0 on the coefficients' scale: the line is
 *     {@code trendIntercept + slope × k}
 * @param residualAutocorrelation lag-1 autocorrelation of the volunteer-window differences about their line: near
 *     0, the quarterly test holds its level; from about 0.2, prefer the half-year test
 * @param insufficient empty when the study exists, otherwise why the data cannot support it
 */
public record EventStudyResult(
        String engineerId,
        Metric metric,
        Cohort cohort,
        YearMonth startMonth,
        List<Coefficient> coefficients,
        String reference,
        JointTest preTest,
        JointTest halfYearTest,
        Estimate preTrend,
        double trendIntercept,
        double residualAutocorrelation,
        List<String> notes,
        String insufficient)
        implements Tabular {

    /**
     * One event time's coefficient.
     *
     * @param k months from the first funded month
     * @param segment the month's role in the timeline (pre, transition, post, or a month inside the window that
     *     is in neither, e.g. a vacancy between two funded periods)
     * @param months monthly values behind the coefficient: 1, or 0 where the difference is undefined (a share in a
     *     month without commits)
     * @param note why the month needs care: transition, partial coverage (repositories shown at their window mean)
     */
    public record Coefficient(
            int k,
            YearMonth month,
            Segment segment,
            double value,
            double lower,
            double upper,
            int months,
            String note) {}

    /**
     * A volunteer-window bin of the joint test: the months {@code fromK..toK} pooled.
     *
     * @param value the bin's mean difference minus the reference
     */
    public record Bin(
            int fromK, int toK, YearMonth from, YearMonth to, double value, double lower, double upper, int months) {}

    /**
     * The joint test that every volunteer-window coefficient is zero, on the window's bins.
     *
     * @param statistic the von Neumann ratio of the bin coefficients in time order (about 2 without a trend)
     * @param pValue the share of random orders of the bins at least as smooth (permutation p-value)
     * @param insufficient empty when the test exists, otherwise why not
     */
    public record JointTest(
            String method, double statistic, int binCount, double pValue, List<Bin> bins, String insufficient) {

        public JointTest {
            bins = List.copyOf(bins);
        }

        static JointTest insufficient(String reason) {
            return new JointTest("", Double.NaN, 0, Double.NaN, List.of(), reason);
        }

        public boolean isSufficient() {
            return insufficient.isEmpty();
        }
    }

    public EventStudyResult {
        coefficients = List.copyOf(coefficients);
        notes = List.copyOf(notes);
    }

    static EventStudyResult insufficient(
            String engineerId, Metric metric, Cohort cohort, YearMonth startMonth, List<String> notes, String reason) {
        return new EventStudyResult(
                engineerId,
                metric,
                cohort,
                startMonth,
                List.of(),
                "",
                JointTest.insufficient(reason),
                JointTest.insufficient(reason),
                Estimate.insufficient(metric + " pre-trend slope per month", reason),
                Double.NaN,
                Double.NaN,
                notes,
                reason);
    }

    public boolean isSufficient() {
        return insufficient.isEmpty();
    }

    /** The joint test's p-value; throws {@link IllegalStateException} with the reason when there is none. */
    public double jointPValue() {
        requireTest();
        return preTest.pValue();
    }

    /** How the joint p-value was computed, e.g. "permutation test of the order of 12 bins of 3 … months …". */
    public String jointMethod() {
        requireTest();
        return preTest.method();
    }

    /** The slope of the monthly difference over the volunteer window, per month, with its interval. */
    public Estimate preTrendSlope() {
        return preTrend;
    }

    /** The coefficients of one segment, e.g. {@link Segment#PRE} for the leads and {@link Segment#POST} for the lags. */
    public List<Coefficient> coefficients(Segment segment) {
        return coefficients.stream().filter(c -> c.segment() == segment).toList();
    }

    private void requireTest() {
        if (!preTest.isSufficient()) {
            throw new IllegalStateException("insufficient data for the joint pre-period test of " + engineerId + " "
                    + metric + ": " + preTest.insufficient());
        }
    }

    /** One sentence with the numbers: the joint test, the pre-trend slope, and the mean lag. */
    public String summary() {
        String who = engineerId + " " + metric + " vs comparison group";
        if (!isSufficient()) {
            return who + ": insufficient data (" + insufficient + ")";
        }
        String test = preTest.isSufficient()
                ? String.format(
                        Locale.ROOT,
                        "pre-period coefficients jointly zero: %s (%d quarterly bins%s)",
                        formatP(preTest.pValue()),
                        preTest.binCount(),
                        halfYearTest.isSufficient()
                                ? "; " + halfYearTest.binCount() + " half-year bins " + formatP(halfYearTest.pValue())
                                : "")
                : "no joint pre-period test (" + preTest.insufficient() + ")";
        String trend = preTrend.isSufficient()
                ? "pre-trend slope " + signed(preTrend.value()) + "/month " + interval(preTrend.interval())
                : "no pre-trend slope (" + preTrend.insufficient() + ")";
        double lagSum = 0;
        int lags = 0;
        for (Coefficient c : coefficients(Segment.POST)) {
            if (!Double.isNaN(c.value())) {
                lagSum += c.value();
                lags++;
            }
        }
        return who + ": " + test + "; " + trend + "; mean of the " + lags + " funded-window coefficients "
                + signed(lagSum / lags) + " per month";
    }

    /**
     * One row per event time: k, month, segment, coefficient, lower, upper, n (monthly values behind it), note.
     * When insufficient, a single row whose note says why.
     */
    @Override
    public Table toTable() {
        TableBuilder table = TableBuilder.named(engineerId + " " + metric + " event study")
                .integer("k")
                .date("month")
                .text("segment")
                .number("coefficient", "lower", "upper")
                .integer("n")
                .text("note");
        for (Coefficient c : coefficients) {
            table.row(
                    c.k(),
                    c.month().atDay(1),
                    c.segment().label(),
                    c.value(),
                    c.lower(),
                    c.upper(),
                    c.months(),
                    c.note());
        }
        if (!isSufficient()) {
            table.row(null, null, "", null, null, null, 0, "insufficient data: " + insufficient);
        }
        return table.build();
    }

    /** The joint test's bins: from_k, to_k, from, to, coefficient, lower, upper, n. */
    public Table leadBins() {
        TableBuilder table = TableBuilder.named(engineerId + " " + metric + " volunteer-window bins")
                .integer("from_k", "to_k")
                .date("from", "to")
                .number("coefficient", "lower", "upper")
                .integer("n");
        for (Bin b : preTest.bins()) {
            table.row(
                    b.fromK(),
                    b.toK(),
                    b.from().atDay(1),
                    b.to().atEndOfMonth(),
                    b.value(),
                    b.lower(),
                    b.upper(),
                    b.months());
        }
        return table.build();
    }

    /**
     * A p-value as text: "p = 0.41", "p = 0.004", or "p &lt; 0.001" (the permutation p-value cannot go below
     * 1 / (1 + permutations), so smaller values are not shown as if measured).
     */
    public static String formatP(double p) {
        if (p < 0.001) {
            return "p < 0.001";
        }
        return String.format(Locale.ROOT, p < 0.01 ? "p = %.3f" : "p = %.2f", p);
    }

    private static String describe(JointTest test) {
        return test.isSufficient()
                ? String.format(Locale.ROOT, "p = %.3f, %s", test.pValue(), test.method())
                : "insufficient data (" + test.insufficient() + ")";
    }

    private static String signed(double value) {
        return (value >= 0 ? "+" : "−") + Formats.number(Math.abs(value));
    }

    private static String interval(Interval interval) {
        return "[" + signed(interval.lower()) + ", " + signed(interval.upper()) + "]";
    }

    @Override
    public String toString() {
        String head = summary();
        if (isSufficient()) {
            head += "\n  reference: " + reference + "\n  joint test: " + describe(preTest) + "\n  half-year test: "
                    + describe(halfYearTest) + "\n  pre-trend: " + preTrend;
        }
        return head + "\n  notes: " + String.join("; ", notes);
    }
}
