package dev.umbrella.estimate;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The regression step of the {@link EventStudy}: a window's observed months (the volunteer or the funded window; a
 * share's undefined months are left out), their differences, and the residuals about the window's OLS line on k,
 * leverage-adjusted (HC3, as in {@link InterruptedTimeSeries}) and centred: the noise the bootstrap resamples
 * ({@link EventStudyBands}). Residuals rather than the raw differences, because a trend in the raw series would
 * count as noise and widen every band.
 */
final class EventWindow {
    final int[] months;
    final double[] values;
    final double[] residuals;

    private EventWindow(int[] months, double[] values, double[] residuals) {
        this.months = months;
        this.values = values;
        this.residuals = residuals;
    }

    static EventWindow of(double[] d, int[] window, int t0) {
        int[] months = Arrays.stream(window).filter(i -> !Double.isNaN(d[i])).toArray();
        int n = months.length;
        double[] y = new double[n];
        for (int r = 0; r < n; r++) {
            y[r] = d[months[r]];
        }
        if (n < EventStudy.MIN_WINDOW_MONTHS) {
            return new EventWindow(months, y, new double[n]);
        }
        double[][] x = new double[n][];
        for (int r = 0; r < n; r++) {
            x[r] = new double[] {1, months[r] - t0};
        }
        RealMatrix xm = new Array2DRowRealMatrix(x, false);
        RealMatrix xtxInverse =
                new LUDecomposition(xm.transpose().multiply(xm)).getSolver().getInverse();
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
        return new EventWindow(months, y, adjusted);
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

    /** The mean of the values that are defined, NaN when none is. */
    static double nanMean(double[] values) {
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
