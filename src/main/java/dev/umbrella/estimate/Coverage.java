package dev.umbrella.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Monthly totals over repositories whose exports end at different months. A repository-month after its export
 * ends is missing (NaN) in that repository's row only. A segment's rate is then the sum over repositories of each
 * repository's mean over the months it covers: the other repositories keep all their months, and the missing
 * months count neither as zero nor as a reason to drop anything else.
 *
 * <p>For figures and the estimators that need one value per month (segmented regression, placebo ranks), a
 * missing repository-month is shown at that repository's mean over the covered months of the same segment, so
 * a segment's mean of these monthly totals is exactly the rate above. The bootstrap keeps the coverage pattern:
 * it resamples blocks of months within each run of months that the same repositories cover, so every replicate
 * has as many covered months per repository as the data.
 */
final class Coverage {
    private Coverage() {}

    /**
     * Monthly totals: the covered values plus, for each missing repository-month, the repository's mean over the
     * covered months of the same segment; NaN where the repository covers no month of that segment.
     */
    static double[] filledTotals(double[][] byRepo, List<Segment> segments) {
        int months = segments.size();
        double[] totals = new double[months];
        for (double[] row : byRepo) {
            for (Segment segment : Segment.values()) {
                int[] idx = indices(segments, segment);
                double mean = nanMean(row, idx);
                for (int t : idx) {
                    totals[t] += Double.isNaN(row[t]) ? mean : row[t];
                }
            }
        }
        return totals;
    }

    /** Whether any repository is missing in month t. */
    static boolean partial(double[][] byRepo, int t) {
        for (double[] row : byRepo) {
            if (Double.isNaN(row[t])) {
                return true;
            }
        }
        return false;
    }

    /** Σ over repositories of each repository's mean over the given months (NaN if one covers none of them). */
    static double rate(double[][] byRepo, int[] months) {
        double total = 0;
        for (double[] row : byRepo) {
            total += nanMean(row, months);
        }
        return total;
    }

    /**
     * Bootstrap replicates of {@link #rate} over the given months: within each run of consecutive months with the
     * same set of covering repositories, blocks of months are resampled (moving blocks, the design's block
     * length), so the dependence between neighbouring months and the coverage of each repository are kept.
     */
    static double[] replicates(double[][] byRepo, int[] months, Design design, long seed) {
        List<int[]> runs = runs(byRepo, months);
        BlockBootstrap bootstrap = BlockBootstrap.of(design, months.length, seed);
        int reps = bootstrap.replications();
        double[] out = new double[reps];
        double[] sums = new double[byRepo.length];
        int[] counts = new int[byRepo.length];
        List<double[]> runIndex = new ArrayList<>();
        List<double[]> buffers = new ArrayList<>();
        for (int[] run : runs) {
            runIndex.add(Arrays.stream(run).asDoubleStream().toArray());
            buffers.add(new double[run.length]);
        }
        for (int r = 0; r < reps; r++) {
            Arrays.fill(sums, 0);
            Arrays.fill(counts, 0);
            for (int g = 0; g < runs.size(); g++) {
                double[] resampled = buffers.get(g);
                bootstrap.resample(runIndex.get(g), resampled);
                for (double month : resampled) {
                    int t = (int) month;
                    for (int i = 0; i < byRepo.length; i++) {
                        double v = byRepo[i][t];
                        if (!Double.isNaN(v)) {
                            sums[i] += v;
                            counts[i]++;
                        }
                    }
                }
            }
            double total = 0;
            for (int i = 0; i < byRepo.length; i++) {
                total += counts[i] == 0 ? Double.NaN : sums[i] / counts[i];
            }
            out[r] = total;
        }
        return out;
    }

    /** The months, split into runs of consecutive entries with the same covering repositories. */
    static List<int[]> runs(double[][] byRepo, int[] months) {
        List<int[]> runs = new ArrayList<>();
        int from = 0;
        for (int k = 1; k <= months.length; k++) {
            if (k == months.length || !sameCoverage(byRepo, months[k - 1], months[k])) {
                runs.add(Arrays.copyOfRange(months, from, k));
                from = k;
            }
        }
        return runs;
    }

    private static boolean sameCoverage(double[][] byRepo, int a, int b) {
        for (double[] row : byRepo) {
            if (Double.isNaN(row[a]) != Double.isNaN(row[b])) {
                return false;
            }
        }
        return true;
    }

    static int[] indices(List<Segment> segments, Segment segment) {
        int[] result = new int[(int) segments.stream().filter(s -> s == segment).count()];
        int k = 0;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i) == segment) {
                result[k++] = i;
            }
        }
        return result;
    }

    static double nanMean(double[] row, int[] months) {
        double sum = 0;
        int n = 0;
        for (int t : months) {
            if (!Double.isNaN(row[t])) {
                sum += row[t];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Months of the row that are covered. */
    static int covered(double[] row, int[] months) {
        int n = 0;
        for (int t : months) {
            n += Double.isNaN(row[t]) ? 0 : 1;
        }
        return n;
    }
}
