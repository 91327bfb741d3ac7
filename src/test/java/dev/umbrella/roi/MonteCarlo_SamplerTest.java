package dev.umbrella.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MonteCarlo_SamplerTest {

    private static final int N = 200_000;

    private static double[] draws(double low, double base, double high, Distribution d) {
        return MonteCarlo.sample(new Assumption("x", low, base, high, "u", d, "judgement", ""), N, 1);
    }

    private static double mean(double[] x) {
        return Arrays.stream(x).average().orElseThrow();
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    @Test
    void uniformAndTriangularHaveTheirMeansAndStayInRange() {
        double[] u = draws(2, 3, 6, Distribution.UNIFORM);
        double[] t = draws(2, 3, 7, Distribution.TRIANGULAR);

        assertThat(mean(u)).isCloseTo(4, offset(0.01));
        assertThat(mean(t)).isCloseTo((2 + 3 + 7) / 3.0, offset(0.01));
        assertThat(Arrays.stream(t).min().orElseThrow()).isGreaterThanOrEqualTo(2);
        assertThat(Arrays.stream(t).max().orElseThrow()).isLessThanOrEqualTo(7);
    }

    @Test
    void pertHasMeanLowPlusFourModePlusHighOverSix() {
        double[] p = draws(2, 3, 10, Distribution.PERT);

        assertThat(mean(p)).isCloseTo((2 + 4 * 3 + 10) / 6.0, offset(0.01));
        assertThat(Arrays.stream(p).min().orElseThrow()).isGreaterThanOrEqualTo(2);
        assertThat(Arrays.stream(p).max().orElseThrow()).isLessThanOrEqualTo(10);
    }

    @Test
    void lognormalHasMedianBaseAndTheRangeAsNinetyPercentInterval() {
        double[] l = draws(1, 10, 100, Distribution.LOGNORMAL);
        double[] s = l.clone();
        Arrays.sort(s);

        assertThat(median(l)).isCloseTo(10, offset(0.15));
        assertThat(s[(int) (0.05 * N)]).isCloseTo(1, offset(0.03));
        assertThat(s[(int) (0.95 * N)]).isCloseTo(100, offset(3.0));
    }

    @Test
    void betaHasMeanBaseAndTheMomentsStandardDeviation() {
        double[] b = draws(0.1, 0.3, 0.5, Distribution.BETA);
        double sd = Math.sqrt(Arrays.stream(b).map(x -> (x - 0.3) * (x - 0.3)).sum() / N);

        assertThat(mean(b)).isCloseTo(0.3, offset(0.002));
        assertThat(sd).isCloseTo(0.4 / (2 * 1.6448536), offset(0.002));
        assertThat(Arrays.stream(b).min().orElseThrow()).isGreaterThan(0);
        assertThat(Arrays.stream(b).max().orElseThrow()).isLessThan(1);
    }

    @Test
    void gammaWithShapeBelowOneHasMeanShape() {
        MonteCarlo.Stream r = new MonteCarlo.Stream(3);
        double sum = 0;
        for (int i = 0; i < N; i++) {
            sum += MonteCarlo.gamma(r, 0.4);
        }
        assertThat(sum / N).isCloseTo(0.4, offset(0.01));
    }

    @Test
    void fixedAlwaysGivesBase() {
        assertThat(draws(1, 2, 3, Distribution.FIXED)).containsOnly(2.0);
    }
}
