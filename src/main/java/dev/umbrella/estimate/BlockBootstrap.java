package dev.umbrella.estimate;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The moving-block bootstrap (Künsch 1989) for monthly series, whose months are autocorrelated:
 * resampling whole blocks of consecutive months keeps the short-range dependence that an i.i.d. bootstrap would
 * destroy and so would understate the uncertainty (Turner et al., BMC Med Res Methodol 2021).
 *
 * <p>Blocks start at a uniformly drawn position in {@code [0, n - blockLength]} and are concatenated until the
 * resampled series has {@code n} values. Draws come from a {@link SplittableRandom} seeded by the caller, so the
 * same seed gives the same intervals on every machine.
 */
final class BlockBootstrap {
    private final int blockLength;
    private final int replications;
    private final SplittableRandom random;

    private BlockBootstrap(int blockLength, int replications, long seed) {
        if (blockLength < 1 || replications < 1) {
            throw new IllegalArgumentException("block length and replications must be >= 1");
        }
        this.blockLength = blockLength;
        this.replications = replications;
        this.random = new SplittableRandom(seed);
    }

    /** A bootstrap for series of length {@code n}: block length from the design, or {@code round(n^(1/3))}. */
    public static BlockBootstrap of(Design design, int n, long seed) {
        int block = design.blockMonths() > 0 ? design.blockMonths() : automaticBlockLength(n);
        return new BlockBootstrap(Math.min(block, Math.max(1, n)), design.replications(), seed);
    }

    public static BlockBootstrap of(int blockLength, int replications, long seed) {
        return new BlockBootstrap(blockLength, replications, seed);
    }

    /** {@code max(1, round(n^(1/3)))}: the block length grows like n^(1/3) (Hall, Horowitz and Jing 1995). */
    public static int automaticBlockLength(int n) {
        return Math.max(1, (int) Math.round(Math.cbrt(n)));
    }

    public int blockLength() {
        return blockLength;
    }

    public int replications() {
        return replications;
    }

    /** The mean of each of the {@link #replications()} resampled series. */
    public double[] means(double[] series) {
        double[] means = new double[replications];
        double[] buffer = new double[series.length];
        for (int r = 0; r < replications; r++) {
            resample(series, buffer);
            double sum = 0;
            for (double x : buffer) {
                sum += x;
            }
            means[r] = sum / buffer.length;
        }
        return means;
    }

    /** Fills {@code out} (same length as {@code series}) with one moving-block resample of {@code series}. */
    public void resample(double[] series, double[] out) {
        int n = series.length;
        int block = Math.min(blockLength, n);
        int starts = n - block + 1;
        int filled = 0;
        while (filled < n) {
            int from = random.nextInt(starts);
            int take = Math.min(block, n - filled);
            System.arraycopy(series, from, out, filled, take);
            filled += take;
        }
    }

    /** How the interval was made, for an {@link Estimate}'s method column. */
    public String describe(long seed) {
        return String.format(
                Locale.ROOT, "moving-block bootstrap, block %d, %d reps, seed %d", blockLength, replications, seed);
    }
}
