package dev.umbrella.estimate;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The Newey–West (1987) heteroskedasticity- and autocorrelation-consistent covariance of OLS coefficients:
 * {@code (X'X)^-1 S (X'X)^-1} with {@code S = Σ e_t² x_t x_t' + Σ_{l=1..L} w_l Σ_t e_t e_{t-l} (x_t x_{t-l}' +
 * x_{t-l} x_t')} and Bartlett weights {@code w_l = 1 - l/(L+1)}. No small-sample degrees-of-freedom correction
 * (the original estimator; statsmodels' {@code cov_type="HAC", use_correction=False}). Monthly activity is
 * autocorrelated, so plain OLS intervals are too narrow (Turner et al., BMC Med Res Methodol 2021).
 */
final class NeweyWest {
    private NeweyWest() {}

    /** {@code floor(4 (n/100)^(2/9))}, the rule of thumb of Newey and West (1994). */
    public static int automaticLag(int n) {
        return (int) Math.floor(4 * Math.pow(n / 100.0, 2.0 / 9.0));
    }

    /**
     * The HAC covariance.
     *
     * @param x the n × p design matrix, one row per observation in time order
     * @param residuals the n OLS residuals
     * @param xtxInverse {@code (X'X)^-1}
     * @param lag the truncation lag L (0 gives White's heteroskedasticity-robust covariance)
     */
    public static RealMatrix covariance(double[][] x, double[] residuals, RealMatrix xtxInverse, int lag) {
        int n = x.length;
        int p = x[0].length;
        double[][] s = new double[p][p];
        for (int t = 0; t < n; t++) {
            double e2 = residuals[t] * residuals[t];
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    s[i][j] += e2 * x[t][i] * x[t][j];
                }
            }
        }
        for (int l = 1; l <= lag && l < n; l++) {
            double weight = 1 - l / (lag + 1.0);
            for (int t = l; t < n; t++) {
                double ee = weight * residuals[t] * residuals[t - l];
                for (int i = 0; i < p; i++) {
                    for (int j = 0; j < p; j++) {
                        s[i][j] += ee * (x[t][i] * x[t - l][j] + x[t - l][i] * x[t][j]);
                    }
                }
            }
        }
        RealMatrix meat = new Array2DRowRealMatrix(s, false);
        return xtxInverse.multiply(meat).multiply(xtxInverse);
    }
}
