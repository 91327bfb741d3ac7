package dev.umbrella.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class NeweyWest_ReferenceTest {

    @Test
    void interceptOnlyMatchesTheHandCalculation() {
        // y = 1, 2, 4, 3, 5 regressed on a constant: b = mean = 3, residuals e = -2, -1, 1, 0, 2, (X'X)^-1 = 1/5.
        // Lag L = 1, Bartlett weight w1 = 1 - 1/2 = 0.5.
        // S = Σ e² + w1 · 2 · Σ e_t e_{t-1} = 10 + 0.5 · 2 · ((-1)(-2) + (1)(-1) + (0)(1) + (2)(0)) = 10 + 1 = 11.
        // Var(b) = S / 25 = 0.44 (the textbook long-run variance of a mean divided by n²).
        double[][] x = {{1}, {1}, {1}, {1}, {1}};
        double[] e = {-2, -1, 1, 0, 2};
        RealMatrix inverse = new Array2DRowRealMatrix(new double[][] {{0.2}});

        assertThat(NeweyWest.covariance(x, e, inverse, 1).getEntry(0, 0)).isCloseTo(0.44, offset(1e-12));
        // Lag 0 is White's estimator: Σ e² / 25 = 10 / 25.
        assertThat(NeweyWest.covariance(x, e, inverse, 0).getEntry(0, 0)).isCloseTo(0.4, offset(1e-12));
    }

    @Test
    void matchesTheKernelDoubleSumOnARegressionWithATrend() {
        // An independent formulation: S = Σ_s Σ_t k(|s-t|) e_s e_t x_s x_t' with k(j) = max(0, 1 - j/(L+1)).
        double[] y = {3, 5, 4, 8, 7, 9, 12, 10, 13, 15, 14, 18};
        int n = y.length;
        double[][] x = new double[n][];
        for (int t = 0; t < n; t++) {
            x[t] = new double[] {1, t, t >= 6 ? 1 : 0};
        }
        RealMatrix xm = new Array2DRowRealMatrix(x);
        RealMatrix inverse =
                new LUDecomposition(xm.transpose().multiply(xm)).getSolver().getInverse();
        double[] b = inverse.multiply(xm.transpose()).operate(y);
        double[] e = new double[n];
        for (int t = 0; t < n; t++) {
            e[t] = y[t] - (b[0] + b[1] * x[t][1] + b[2] * x[t][2]);
        }
        int lag = 2;
        double[][] s = new double[3][3];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double k = Math.max(0, 1 - Math.abs(i - j) / (lag + 1.0));
                for (int a = 0; a < 3; a++) {
                    for (int c = 0; c < 3; c++) {
                        s[a][c] += k * e[i] * e[j] * x[i][a] * x[j][c];
                    }
                }
            }
        }
        RealMatrix expected = inverse.multiply(new Array2DRowRealMatrix(s)).multiply(inverse);

        RealMatrix actual = NeweyWest.covariance(x, e, inverse, lag);

        for (int a = 0; a < 3; a++) {
            for (int c = 0; c < 3; c++) {
                assertThat(actual.getEntry(a, c)).isCloseTo(expected.getEntry(a, c), offset(1e-10));
            }
        }
    }

    @Test
    void automaticLagFollowsNeweyWest1994() {
        // floor(4 (n/100)^(2/9)): n = 59 → 4 · 0.8894 = 3.56 → 3; n = 100 → 4; n = 24 → 4 · 0.7282 = 2.91 → 2.
        assertThat(NeweyWest.automaticLag(59)).isEqualTo(3);
        assertThat(NeweyWest.automaticLag(100)).isEqualTo(4);
        assertThat(NeweyWest.automaticLag(24)).isEqualTo(2);
    }
}
