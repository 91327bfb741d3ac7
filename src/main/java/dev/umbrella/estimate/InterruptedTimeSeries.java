package dev.umbrella.estimate;

import dev.umbrella.model.Metric;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Segmented regression for an interrupted time series (Lopez Bernal, Cummins and Gasparrini 2017,
 * doi:10.1093/ije/dyw098): {@code y_t = b0 + b1 t + b2 post_t + b3 (t - T0) post_t [+ month-of-year dummies] + e_t},
 * fitted by OLS on the pre and post months (the transition is left out; t keeps calendar time across the gap).
 * {@code b2} is the level change at the start month T0, {@code b3} the change in monthly slope.
 *
 * <p>Intervals: Newey–West standard errors (on leverage-adjusted residuals) with Student-t quantiles on n − p
 * degrees of freedom, and a residual moving-block bootstrap ({@code y* = X b + e*}, refit, percentile interval).
 * Both are too narrow on series this short, as for every ITS method (Turner et al., BMC Med Res Methodol 2021): in
 * simulation the 95% intervals missed a zero effect about 10% of the time with i.i.d. errors and about 13% with
 * AR(1) errors of 0.3. Read them as lower bounds on the uncertainty and lean on the placebo ranks.
 */
final class InterruptedTimeSeries {
    private InterruptedTimeSeries() {}

    static ItsFit fit(Timeline timeline, MonthlySeries series, Design design) {
        Metric metric = series.metric();
        List<String> notes = new ArrayList<>(timeline.notes());
        if (!timeline.isSufficient()) {
            return ItsFit.insufficient(timeline.engineerId(), metric, notes, timeline.insufficient());
        }
        double[] values = series.values();
        int t0 = timeline.startIndex();
        List<Integer> rows = new ArrayList<>();
        int preRows = 0;
        for (int i = 0; i < values.length; i++) {
            Segment s = timeline.segments().get(i);
            if ((s == Segment.PRE || s == Segment.POST) && !Double.isNaN(values[i])) {
                rows.add(i);
                preRows += s == Segment.PRE ? 1 : 0;
            }
        }
        int postRows = rows.size() - preRows;
        List<String> terms = terms(design.seasonal());
        int p = terms.size();
        if (preRows < design.minSegmentMonths() || postRows < design.minSegmentMonths() || rows.size() <= p + 1) {
            return ItsFit.insufficient(
                    timeline.engineerId(),
                    metric,
                    notes,
                    preRows + " pre and " + postRows
                            + " post months with values (need " + design.minSegmentMonths() + " each and more than "
                            + (p + 1)
                            + " in total)");
        }
        int n = rows.size();
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int r = 0; r < n; r++) {
            int i = rows.get(r);
            x[r] = regressors(
                    i,
                    t0,
                    timeline.segments().get(i) == Segment.POST,
                    timeline.months().get(i),
                    design);
            y[r] = values[i];
        }
        RealMatrix xm = new Array2DRowRealMatrix(x, false);
        RealMatrix xtxInverse;
        try {
            xtxInverse =
                    new LUDecomposition(xm.transpose().multiply(xm)).getSolver().getInverse();
        } catch (SingularMatrixException e) {
            return ItsFit.insufficient(
                    timeline.engineerId(),
                    metric,
                    notes,
                    "the regressors are collinear on these " + "months (singular X'X)");
        }
        RealMatrix hat = xtxInverse.multiply(xm.transpose());
        double[] beta = hat.operate(y);
        double[] fittedRows = xm.operate(beta);
        double[] residuals = new double[n];
        for (int r = 0; r < n; r++) {
            residuals[r] = y[r] - fittedRows[r];
        }
        double[] adjusted = leverageAdjusted(x, residuals, xtxInverse);
        int lag = design.neweyWestLag() >= 0 ? design.neweyWestLag() : NeweyWest.automaticLag(n);
        RealMatrix cov = NeweyWest.covariance(x, adjusted, xtxInverse, lag);
        double[] se = new double[p];
        for (int j = 0; j < p; j++) {
            se[j] = Math.sqrt(Math.max(0, cov.getEntry(j, j)));
        }
        double tq = new TDistribution(null, n - p).inverseCumulativeProbability(1 - (1 - design.level()) / 2);
        String nw = String.format(Locale.ROOT, "Newey–West HAC (HC3 residuals), lag %d, t(%d)", lag, n - p);
        List<Estimate> effects = new ArrayList<>();
        effects.add(Estimate.of(
                metric + " level change at funded start",
                beta[2],
                new Interval(beta[2] - tq * se[2], beta[2] + tq * se[2], design.level()),
                n,
                nw));
        effects.add(Estimate.of(
                metric + " slope change per month",
                beta[3],
                new Interval(beta[3] - tq * se[3], beta[3] + tq * se[3], design.level()),
                n,
                nw));
        bootstrap(effects, hat, fittedRows, centred(adjusted), design, metric, n);

        double[] fitted = new double[values.length];
        double[] counterfactual = new double[values.length];
        Arrays.fill(fitted, Double.NaN);
        for (int i = 0; i < values.length; i++) {
            Segment s = timeline.segments().get(i);
            double[] xi = regressors(i, t0, s == Segment.POST, timeline.months().get(i), design);
            double[] xc = regressors(i, t0, false, timeline.months().get(i), design);
            if (s == Segment.PRE || s == Segment.POST) {
                fitted[i] = dot(xi, beta);
            }
            counterfactual[i] =
                    s == Segment.PRE || s == Segment.TRANSITION || s == Segment.POST ? dot(xc, beta) : Double.NaN;
        }
        notes.add("model: " + String.join(" + ", terms) + "; " + preRows + " pre and " + postRows + " post months");
        return new ItsFit(
                timeline.engineerId(),
                metric,
                effects,
                terms,
                beta,
                se,
                timeline.months(),
                values,
                fitted,
                counterfactual,
                timeline.segments(),
                notes,
                "");
    }

    private static void bootstrap(
            List<Estimate> effects,
            RealMatrix hat,
            double[] fittedRows,
            double[] residuals,
            Design design,
            Metric metric,
            int n) {
        BlockBootstrap bootstrap = BlockBootstrap.of(design, n, design.seed());
        double[] level = new double[bootstrap.replications()];
        double[] slope = new double[bootstrap.replications()];
        double[] e = new double[n];
        double[] yStar = new double[n];
        double[] row2 = hat.getRow(2);
        double[] row3 = hat.getRow(3);
        for (int r = 0; r < level.length; r++) {
            bootstrap.resample(residuals, e);
            for (int t = 0; t < n; t++) {
                yStar[t] = fittedRows[t] + e[t];
            }
            level[r] = dot(row2, yStar);
            slope[r] = dot(row3, yStar);
        }
        String method = "residual " + bootstrap.describe(design.seed());
        effects.add(Estimate.of(
                metric + " level change at funded start (bootstrap)",
                effects.get(0).value(),
                Interval.ofReplicates(level, design.level()),
                n,
                method));
        effects.add(Estimate.of(
                metric + " slope change per month (bootstrap)",
                effects.get(1).value(),
                Interval.ofReplicates(slope, design.level()),
                n,
                method));
    }

    /**
     * HC3 residuals {@code e_i / (1 - h_ii)} (MacKinnon and White 1985): OLS residuals are too small where leverage
     * is high, which in a segmented regression is at the ends of each segment, right where the level change is
     * measured. In simulation (36 + 23 months, i.i.d. errors, 4,000 series, cross-checked with numpy) the 95%
     * Newey–West interval missed a zero level change 12% of the time on raw residuals and 10% on HC3 residuals.
     */
    static double[] leverageAdjusted(double[][] x, double[] residuals, RealMatrix xtxInverse) {
        double[] adjusted = new double[residuals.length];
        for (int t = 0; t < residuals.length; t++) {
            double h = dot(x[t], xtxInverse.operate(x[t]));
            adjusted[t] = residuals[t] / Math.max(1 - h, 1e-9);
        }
        return adjusted;
    }

    private static double[] centred(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        return Arrays.stream(values).map(v -> v - mean).toArray();
    }

    private static List<String> terms(boolean seasonal) {
        List<String> terms = new ArrayList<>(List.of("intercept", "month", "post", "months since start × post"));
        if (seasonal) {
            for (int m = 2; m <= 12; m++) {
                terms.add("calendar month " + m);
            }
        }
        return terms;
    }

    private static double[] regressors(int t, int t0, boolean post, YearMonth month, Design design) {
        double[] x = new double[design.seasonal() ? 15 : 4];
        x[0] = 1;
        x[1] = t;
        x[2] = post ? 1 : 0;
        x[3] = post ? t - t0 : 0;
        if (design.seasonal() && month.getMonthValue() > 1) {
            x[2 + month.getMonthValue()] = 1;
        }
        return x;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
