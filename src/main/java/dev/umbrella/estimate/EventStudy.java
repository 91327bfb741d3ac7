package dev.umbrella.estimate;

import dev.umbrella.model.Cohort;
import dev.umbrella.model.Metric;
import dev.umbrella.model.Panel;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * An event study of one engineer against the comparison group (the leads show the pre-period fit that selection into
 * funding calls for; the reviewer's question whether the rise began before the funding). It works on the monthly
 * differences {@code d_t = engineer_t − comparison mean_t} that {@link DiffInDiff} builds, in the same way (the
 * same members, the per-repository coverage of {@link Coverage}), so the study and the DiD can be read together.
 *
 * <p><b>Event time.</b> {@code k} counts months from the first funded month ({@code k = 0}). Leads run back to the
 * start of the volunteer window ({@link Design#preMonths()}), lags to the end of the funded window; every month is
 * its own event time: nothing is binned in the table or the figure. The transition months around the start
 * ({@link Design#transitionMonths()}) stay in as their own event times, marked {@code transition}: they belong to
 * neither window, so they take no part in the reference, the joint test or the pre-trend, but they are shown.
 *
 * <p><b>Reference: the whole volunteer window.</b> Each coefficient is {@code d_k − mean(d over the volunteer
 * window)}. The usual reference, the month before the start ({@code k = −1}), is a transition month here, and with
 * one treated unit a single reference month would put that one month's noise into every coefficient. Against the
 * window mean, the mean of the funded-window coefficients is exactly the DiD estimate, and "every lead is zero"
 * says what parallel trends needs: the difference was flat before the start.
 *
 * <p><b>Bands: moving-block bootstrap</b> (Künsch 1989), the resampling behind the DiD interval,
 * rather than Newey–West: a HAC variance of a single month has nothing to average over. Within the volunteer and
 * within the funded window, blocks of months (block length and replications from the {@link Design}, within runs
 * of equal repository coverage as in {@link Coverage}; seeds {@code seed} and {@code seed + 1} as in the DiD) are
 * drawn from the residuals of the differences about the window's own straight line, leverage-adjusted as in
 * {@link InterruptedTimeSeries}. Residuals rather than the raw differences, because a trend in the raw series
 * would count as noise and widen every band. A month's band is the percentile interval of coefficient + (its
 * resampled residual − the resampled volunteer window's mean residual, the reference's own noise). Transition
 * months before the start draw from the volunteer window, those from the start on from the funded window
 * (independent resamples, seeds {@code seed + 2} and {@code seed + 3}). The bands hold month by month: read the
 * joint test, not how many bands miss zero.
 *
 * <p><b>Joint test: permutation test of the order of quarterly bins.</b> With one treated unit, 36 monthly leads
 * are 36 single months: a Wald test of 35 restrictions from 36 months leaves nothing to estimate the noise from,
 * and their Newey–West covariance is singular. So the volunteer window is cut into bins of {@value #BIN_MONTHS}
 * months counted back from its last month (a shorter remainder joins the earliest bin), and "every lead is zero"
 * is tested as "the bins' means are exchangeable". The statistic is the von Neumann ratio of the bin
 * coefficients in time order (mean square successive difference over variance: about 2 for exchangeable values,
 * small when neighbours are alike, as under a trend or a shift); the p-value is the share of random orders of
 * the same bins that are at least as smooth (seed {@code seed + 4}), like the placebo ranks. Exact when the bins
 * are exchangeable; a month's dependence on its neighbours stays mostly inside its quarter. What crosses the
 * quarter boundaries makes it reject too often: in simulation (AR(1) months, 36 months, 2,000 series) a true null
 * was rejected at 5% in 4.9% of series at autocorrelation 0, 7.8% at 0.2 and 13% at 0.4, and with half-year
 * bins in 4.5%, 4.5% and 5.6%. The result therefore also reports the half-year test and the lag-1
 * autocorrelation of the volunteer-window residuals. The test has power against trends and shifts (what a pre-trend
 * is), not against one odd quarter, which the bands show.
 *
 * <p><b>Pre-trend slope.</b> Weighted least squares of the bin coefficients on the bins' mean event time (weights
 * = months per bin), with a Student-t interval on bins − 2 degrees of freedom. The bins are the units, as in the
 * joint test: an interval from monthly residuals counts neighbouring, dependent months as independent (a
 * residual-bootstrap interval on monthly residuals missed a zero slope in 11 of 100 synthetic panels; this one in
 * 9 of 200). The slope answers "was the difference rising before the start?" in the difference's own units per
 * month.
 *
 * <p>On synthetic panels (36 volunteer months, Poisson counts, a planted jump after the start) the quarterly test
 * rejected a true null in 6 of 200 panels at 5%, the half-year test in 8; with the engineer's rate rising by 0.5 a
 * month over the year before the start they rejected in 98 and 53 of 100, and the slope's interval excluded zero in
 * 99 ({@code EventStudy_PlantedPreTrendTest}).
 */
final class EventStudy {
    /** Months per bin of the joint test and the pre-trend: quarters. */
    static final int BIN_MONTHS = 3;
    /** Months per bin of the secondary joint test, which tolerates more month-to-month dependence. */
    static final int HALF_YEAR_MONTHS = 6;
    /** A window's line needs residuals: at least three months (the design's minimum segment is usually six). */
    static final int MIN_WINDOW_MONTHS = 3;
    /** The joint test and the pre-trend need this many bins: with fewer, the orders of the bins barely differ. */
    static final int MIN_BINS = 4;

    private EventStudy() {}

    static EventStudyResult estimate(Timeline timeline, MonthlySeries engineer, Cohort cohort, Panel panel,
            Design design) {
        Metric metric = engineer.metric();
        List<String> notes = new ArrayList<>(timeline.notes());
        YearMonth startMonth = timeline.start() == null ? null : YearMonth.from(timeline.start());
        if (!timeline.isSufficient()) {
            return EventStudyResult.insufficient(timeline.engineerId(), metric, cohort, startMonth, notes,
                    timeline.insufficient());
        }
        notes.add("comparison group: " + cohort.rule());
        if (cohort.isEmpty()) {
            return EventStudyResult.insufficient(timeline.engineerId(), metric, cohort, startMonth, notes,
                    "empty comparison group: no " + cohort.rule());
        }
        int[] pre = timeline.indices(Segment.PRE);
        int[] post = timeline.indices(Segment.POST);
        double[][] controls = DiffInDiff.controls(timeline, cohort, panel, engineer);
        double[] d = DiffInDiff.contrast(engineer.values(), controls, -1, pre, post).differences();
        int t0 = timeline.startIndex();
        Window preWindow = Window.of(d, pre, t0);
        Window postWindow = Window.of(d, post, t0);
        int minimum = Math.max(design.minSegmentMonths(), MIN_WINDOW_MONTHS);
        if (preWindow.n() < minimum || postWindow.n() < minimum) {
            return EventStudyResult.insufficient(timeline.engineerId(), metric, cohort, startMonth, notes,
                    preWindow.n() + " pre and " + postWindow.n() + " post months with values (need " + minimum
                            + " each)");
        }
        int width = post[post.length - 1] + 1;
        double reference = nanMean(preWindow.values);
        List<int[]> quarters = bins(preWindow.n(), BIN_MONTHS);
        List<int[]> halfYears = bins(preWindow.n(), HALF_YEAR_MONTHS);
        Replicates noise = resample(engineer, preWindow, postWindow, outside(timeline, width, 0, t0),
                outside(timeline, width, t0, width), width, List.of(quarters, halfYears), design);

        List<EventStudyResult.Coefficient> coefficients = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            double value = d[i] - reference;
            double[] band = band(value, noise.months[i], design.level());
            coefficients.add(new EventStudyResult.Coefficient(i - t0, timeline.months().get(i),
                    timeline.segments().get(i), value, band[0], band[1], Double.isNaN(d[i]) ? 0 : 1,
                    note(timeline.segments().get(i), engineer, i)));
        }
        String described = String.format(Locale.ROOT, "mean monthly difference over the %d volunteer-window months"
                + " k = %d..%d (%s)", preWindow.n(), pre[0] - t0, pre[pre.length - 1] - t0,
                timeline.span(Segment.PRE));
        long seed = design.seed();
        notes.add("bands: " + BlockBootstrap.of(design, preWindow.n(), seed).describe(seed) + " (funded window seed "
                + (seed + 1) + ") of the residuals of the monthly differences about each window's line"
                + (engineer.hasRows() ? ", within runs of equal repository coverage" : "") + "; percentile bands");
        List<EventStudyResult.Bin> quarterRows = binRows(preWindow, quarters, noise.bins.get(0), t0, timeline,
                design.level());
        EventStudyResult.JointTest test = jointTest(quarterRows, BIN_MONTHS, design);
        EventStudyResult.JointTest halfYearTest = jointTest(binRows(preWindow, halfYears, noise.bins.get(1), t0,
                timeline, design.level()), HALF_YEAR_MONTHS, design);
        notes.add(String.format(Locale.ROOT, "lag-1 autocorrelation of the volunteer-window residuals %.2f: with"
                + " AR(1) months of 0.2 / 0.4 the quarterly test rejects a true null 7.8%% / 13%% of the time, the"
                + " half-year test 4.5%% / 5.6%% (simulation); half-year test: %s", preWindow.lagOneAutocorrelation(),
                halfYearTest.isSufficient() ? String.format(Locale.ROOT, "p = %.3f over %d bins",
                        halfYearTest.pValue(), halfYearTest.binCount()) : "insufficient data ("
                        + halfYearTest.insufficient() + ")"));
        Trend trend = preTrend(quarterRows, metric, design.level());
        return new EventStudyResult(timeline.engineerId(), metric, cohort, startMonth, coefficients, described, test,
                halfYearTest, trend.slope(), trend.intercept(), preWindow.lagOneAutocorrelation(), notes, "");
    }

    /** Per replicate: each event time's noise, and each bin's noise, for every binning of the volunteer window. */
    private record Replicates(double[][] months, List<double[][]> bins) {}

    private static Replicates resample(MonthlySeries engineer, Window pre, Window post, int[] beforeStart,
            int[] fromStart, int width, List<List<int[]>> binnings, Design design) {
        long seed = design.seed();
        int reps = design.replications();
        Draws preDraws = new Draws(runs(engineer, pre.months), BlockBootstrap.of(design, pre.n(), seed));
        Draws postDraws = new Draws(runs(engineer, post.months), BlockBootstrap.of(design, post.n(), seed + 1));
        Draws preExtra = new Draws(runs(engineer, pre.months), BlockBootstrap.of(design, pre.n(), seed + 2));
        Draws postExtra = new Draws(runs(engineer, post.months), BlockBootstrap.of(design, post.n(), seed + 3));
        double[][] months = new double[width][reps];
        for (double[] row : months) {
            Arrays.fill(row, Double.NaN);
        }
        List<double[][]> bins = new ArrayList<>();
        for (List<int[]> binning : binnings) {
            bins.add(new double[binning.size()][reps]);
        }
        int[] preIdx = new int[pre.n()];
        int[] postIdx = new int[post.n()];
        double[] preStar = new double[pre.n()];
        for (int r = 0; r < reps; r++) {
            preDraws.draw(preIdx);
            for (int j = 0; j < preStar.length; j++) {
                preStar[j] = pre.residuals[preIdx[j]];
            }
            // The reference's own noise: the resampled volunteer window's mean residual.
            double referenceNoise = nanMean(preStar);
            for (int j = 0; j < preStar.length; j++) {
                months[pre.months[j]][r] = preStar[j] - referenceNoise;
            }
            for (int g = 0; g < binnings.size(); g++) {
                List<int[]> binning = binnings.get(g);
                for (int b = 0; b < binning.size(); b++) {
                    bins.get(g)[b][r] = Coverage.nanMean(preStar, binning.get(b)) - referenceNoise;
                }
            }
            postDraws.draw(postIdx);
            for (int j = 0; j < postIdx.length; j++) {
                months[post.months[j]][r] = post.residuals[postIdx[j]] - referenceNoise;
            }
            if (beforeStart.length > 0) {
                // The months just before the start continue the end of an independent volunteer resample.
                preExtra.draw(preIdx);
                for (int q = 0; q < beforeStart.length; q++) {
                    int position = Math.floorMod(preIdx.length - beforeStart.length + q, preIdx.length);
                    months[beforeStart[q]][r] = pre.residuals[preIdx[position]] - referenceNoise;
                }
            }
            if (fromStart.length > 0) {
                postExtra.draw(postIdx);
                for (int q = 0; q < fromStart.length; q++) {
                    months[fromStart[q]][r] = post.residuals[postIdx[q % postIdx.length]] - referenceNoise;
                }
            }
        }
        return new Replicates(months, bins);
    }

    /** The months in [from, to) that are in neither the volunteer nor the funded window (e.g. the transition). */
    private static int[] outside(Timeline timeline, int width, int from, int to) {
        return IntStream.range(Math.max(0, from), Math.min(width, to))
                .filter(i -> timeline.segments().get(i) != Segment.PRE && timeline.segments().get(i) != Segment.POST)
                .toArray();
    }

    private static String note(Segment segment, MonthlySeries engineer, int i) {
        List<String> parts = new ArrayList<>();
        if (segment != Segment.PRE && segment != Segment.POST) {
            parts.add(segment.label() + ": in neither window");
        }
        List<String> missing = engineer.missingIn(i);
        if (!missing.isEmpty()) {
            parts.add("partial coverage: " + String.join(", ", missing) + " at the window mean");
        }
        return String.join("; ", parts);
    }

    /** The percentile band of value + noise; NaN where the value or every replicate is undefined. */
    private static double[] band(double value, double[] noise, double level) {
        if (Double.isNaN(value) || Arrays.stream(noise).allMatch(Double::isNaN)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        Interval q = Interval.ofReplicates(noise, level);
        return new double[] {value + q.lower(), value + q.upper()};
    }

    /** The volunteer window's bins as coefficients (bin mean − reference) with their bootstrap bands. */
    private static List<EventStudyResult.Bin> binRows(Window pre, List<int[]> bins, double[][] binNoise, int t0,
            Timeline timeline, double level) {
        double reference = nanMean(pre.values);
        List<EventStudyResult.Bin> rows = new ArrayList<>();
        for (int b = 0; b < bins.size(); b++) {
            int[] positions = bins.get(b);
            double value = Coverage.nanMean(pre.values, positions) - reference;
            double[] band = band(value, binNoise[b], level);
            int first = pre.months[positions[0]];
            int last = pre.months[positions[positions.length - 1]];
            rows.add(new EventStudyResult.Bin(first - t0, last - t0, timeline.months().get(first),
                    timeline.months().get(last), value, band[0], band[1], positions.length));
        }
        return rows;
    }

    /**
     * The permutation test of the bins' order: the von Neumann ratio of the bin coefficients against the ratios of
     * random orders of the same bins (seed {@code seed + 4}).
     */
    private static EventStudyResult.JointTest jointTest(List<EventStudyResult.Bin> bins, int binMonths,
            Design design) {
        if (bins.size() < MIN_BINS) {
            return EventStudyResult.JointTest.insufficient(bins.size() + " bins of " + binMonths
                    + " volunteer-window months with values (need " + MIN_BINS + ")");
        }
        double[] values = bins.stream().mapToDouble(EventStudyResult.Bin::value).toArray();
        double ratio = vonNeumannRatio(values);
        if (Double.isNaN(ratio)) {
            return EventStudyResult.JointTest.insufficient("the bins' mean differences do not vary");
        }
        long seed = design.seed() + 4;
        SplittableRandom random = new SplittableRandom(seed);
        int permutations = design.replications();
        int asSmooth = 0;
        double[] shuffled = values.clone();
        for (int r = 0; r < permutations; r++) {
            for (int i = shuffled.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                double t = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = t;
            }
            asSmooth += vonNeumannRatio(shuffled) <= ratio ? 1 : 0;
        }
        double p = (1.0 + asSmooth) / (1.0 + permutations);
        String method = String.format(Locale.ROOT, "permutation test of the order of %d bins of %d volunteer-window"
                + " months: von Neumann ratio %.2f (about 2 without a trend or shift) against %d random orders, seed"
                + " %d", bins.size(), binMonths, ratio, permutations, seed);
        return new EventStudyResult.JointTest(method, ratio, bins.size(), p, bins, "");
    }

    /**
     * Σ (x_{i+1} − x_i)² / Σ (x_i − mean)² (von Neumann 1941, "Distribution of the ratio of the mean square
     * successive difference to the variance", Ann. Math. Statist. 12): near 2 for exchangeable values, small when
     * neighbours are alike. NaN without variation.
     */
    static double vonNeumannRatio(double[] x) {
        double mean = Arrays.stream(x).average().orElse(Double.NaN);
        double successive = 0;
        double deviations = 0;
        for (int i = 0; i < x.length; i++) {
            deviations += (x[i] - mean) * (x[i] - mean);
            if (i > 0) {
                successive += (x[i] - x[i - 1]) * (x[i] - x[i - 1]);
            }
        }
        // Equal values leave rounding residue in the deviations; that is no variation.
        double scale = Arrays.stream(x).map(Math::abs).max().orElse(0);
        return deviations > 1e-24 * Math.max(1, scale * scale) * x.length ? successive / deviations : Double.NaN;
    }

    /** The pre-trend line on the coefficients' scale: its slope with its interval, and its value at k = 0. */
    private record Trend(Estimate slope, double intercept) {}

    /** Weighted least squares of the bin coefficients on the bins' mean event time; t interval on bins − 2 df. */
    private static Trend preTrend(List<EventStudyResult.Bin> bins, Metric metric, double level) {
        String label = metric + " pre-trend slope per month (difference vs comparison)";
        if (bins.size() < MIN_BINS) {
            return new Trend(Estimate.insufficient(label, bins.size() + " bins of " + BIN_MONTHS
                    + " volunteer-window months with values (need " + MIN_BINS + ")"), Double.NaN);
        }
        double sw = 0;
        double sx = 0;
        double sy = 0;
        for (EventStudyResult.Bin b : bins) {
            sw += b.months();
            sx += b.months() * mid(b);
            sy += b.months() * b.value();
        }
        double xBar = sx / sw;
        double yBar = sy / sw;
        double sxx = 0;
        double sxy = 0;
        for (EventStudyResult.Bin b : bins) {
            sxx += b.months() * (mid(b) - xBar) * (mid(b) - xBar);
            sxy += b.months() * (mid(b) - xBar) * (b.value() - yBar);
        }
        double slope = sxy / sxx;
        double intercept = yBar - slope * xBar;
        double rss = 0;
        for (EventStudyResult.Bin b : bins) {
            double e = b.value() - intercept - slope * mid(b);
            rss += b.months() * e * e;
        }
        int df = bins.size() - 2;
        double se = Math.sqrt(rss / df / sxx);
        double t = new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - level) / 2);
        String method = String.format(Locale.ROOT, "weighted least squares over %d bins of %d months, t(%d) interval",
                bins.size(), BIN_MONTHS, df);
        int months = bins.stream().mapToInt(EventStudyResult.Bin::months).sum();
        return new Trend(Estimate.of(label, slope, new Interval(slope - t * se, slope + t * se, level), months, method),
                intercept);
    }

    private static double mid(EventStudyResult.Bin bin) {
        return (bin.fromK() + bin.toK()) / 2.0;
    }

    /**
     * Bins of a window's positions 0..months-1 of {@code width} positions each, counted back from the last; a
     * remainder shorter than a bin joins the earliest bin.
     */
    static List<int[]> bins(int months, int width) {
        List<int[]> bins = new ArrayList<>();
        int end = months;
        while (end > 0) {
            int start = end - width < width ? 0 : end - width;
            bins.add(0, IntStream.range(start, end).toArray());
            end = start;
        }
        return bins;
    }

    /**
     * A window's observed months (the volunteer or the funded window; a share's undefined months are left out),
     * their differences, and the residuals about the window's OLS line on k, leverage-adjusted (HC3, as in
     * {@link InterruptedTimeSeries}) and centred: the noise the bootstrap resamples.
     */
    private static final class Window {
        final int[] months;
        final double[] values;
        final double[] residuals;

        private Window(int[] months, double[] values, double[] residuals) {
            this.months = months;
            this.values = values;
            this.residuals = residuals;
        }

        static Window of(double[] d, int[] window, int t0) {
            int[] months = Arrays.stream(window).filter(i -> !Double.isNaN(d[i])).toArray();
            int n = months.length;
            double[] y = new double[n];
            for (int r = 0; r < n; r++) {
                y[r] = d[months[r]];
            }
            if (n < MIN_WINDOW_MONTHS) {
                return new Window(months, y, new double[n]);
            }
            double[][] x = new double[n][];
            for (int r = 0; r < n; r++) {
                x[r] = new double[] {1, months[r] - t0};
            }
            RealMatrix xm = new Array2DRowRealMatrix(x, false);
            RealMatrix xtxInverse = new LUDecomposition(xm.transpose().multiply(xm)).getSolver().getInverse();
            double[] fitted = xm.operate(xtxInverse.multiply(xm.transpose()).operate(y));
            double[] residuals = new double[n];
            for (int r = 0; r < n; r++) {
                residuals[r] = y[r] - fitted[r];
            }
            double[] adjusted = InterruptedTimeSeries.leverageAdjusted(x, residuals, xtxInverse);
            double centre = Arrays.stream(adjusted).average().orElse(0);
            for (int r = 0; r < n; r++) {
                adjusted[r] -= centre;
            }
            return new Window(months, y, adjusted);
        }

        int n() {
            return months.length;
        }

        /** The lag-1 autocorrelation of the residuals (a diagnostic for the joint test), NaN without variation. */
        double lagOneAutocorrelation() {
            double c0 = 0;
            double c1 = 0;
            for (int t = 0; t < residuals.length; t++) {
                c0 += residuals[t] * residuals[t];
                c1 += t > 0 ? residuals[t] * residuals[t - 1] : 0;
            }
            return c0 > 0 ? c1 / c0 : Double.NaN;
        }
    }

    /** A window's months split into runs of equal repository coverage, as positions 0..n-1 within the window. */
    private static List<int[]> runs(MonthlySeries series, int[] months) {
        List<int[]> runs = series.hasRows() ? Coverage.runs(series.rows(), months) : List.of(months);
        List<int[]> positions = new ArrayList<>();
        int p = 0;
        for (int[] run : runs) {
            int[] pos = new int[run.length];
            for (int i = 0; i < pos.length; i++) {
                pos[i] = p++;
            }
            positions.add(pos);
        }
        return positions;
    }

    /** Moving-block resamples of a window's positions, each run of equal coverage resampled on its own. */
    private static final class Draws {
        private final BlockBootstrap bootstrap;
        private final List<double[]> runs = new ArrayList<>();
        private final List<double[]> buffers = new ArrayList<>();

        Draws(List<int[]> runPositions, BlockBootstrap bootstrap) {
            this.bootstrap = bootstrap;
            for (int[] run : runPositions) {
                runs.add(Arrays.stream(run).asDoubleStream().toArray());
                buffers.add(new double[run.length]);
            }
        }

        /** Fills {@code out} with the source position of each position of one resample. */
        void draw(int[] out) {
            int p = 0;
            for (int g = 0; g < runs.size(); g++) {
                double[] buffer = buffers.get(g);
                bootstrap.resample(runs.get(g), buffer);
                for (double source : buffer) {
                    out[p++] = (int) source;
                }
            }
        }
    }

    private static double nanMean(double[] values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
