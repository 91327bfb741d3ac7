package dev.umbrella.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockBootstrap_ResampleTest {

    private static final double[] SERIES = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};

    @Test
    void resampleIsMadeOfConsecutiveBlocks() {
        BlockBootstrap bootstrap = BlockBootstrap.of(3, 1, 7);
        double[] out = new double[SERIES.length];

        bootstrap.resample(SERIES, out);

        for (int block = 0; block < 4; block++) {
            double first = out[block * 3];
            assertThat(out[block * 3 + 1]).isEqualTo(first + 1);
            assertThat(out[block * 3 + 2]).isEqualTo(first + 2);
        }
    }

    @Test
    void sameSeedSameMeansOtherSeedOtherMeans() {
        double[] a = BlockBootstrap.of(3, 500, 11).means(SERIES);
        double[] b = BlockBootstrap.of(3, 500, 11).means(SERIES);
        double[] c = BlockBootstrap.of(3, 500, 12).means(SERIES);

        assertThat(a).containsExactly(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void intervalOfAConstantSeriesIsThePoint() {
        double[] reps = BlockBootstrap.of(2, 200, 1).means(new double[] {4, 4, 4, 4, 4, 4});

        assertThat(Interval.ofReplicates(reps, 0.95)).isEqualTo(new Interval(4, 4, 0.95));
    }

    @Test
    void automaticBlockLengthGrowsLikeTheCubeRoot() {
        assertThat(BlockBootstrap.automaticBlockLength(1)).isEqualTo(1);
        assertThat(BlockBootstrap.automaticBlockLength(27)).isEqualTo(3);
        assertThat(BlockBootstrap.automaticBlockLength(59)).isEqualTo(4);
    }

    @Test
    void quantileInterpolatesLikeRType7() {
        // R: quantile(c(1, 2, 3, 4), 0.25) = 1.75; numpy.quantile gives the same.
        assertThat(Interval.quantile(new double[] {1, 2, 3, 4}, 0.25)).isEqualTo(1.75);
        assertThat(Interval.quantile(new double[] {1, 2, 3, 4}, 1.0)).isEqualTo(4);
    }
}
