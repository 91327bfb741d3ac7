package dev.umbrella.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@link EventStudy}'s bands: a moving-block bootstrap (Künsch 1989), the resampling behind the DiD interval,
 * rather than Newey–West: a HAC variance of a single month has nothing to average over. Within the volunteer and
 * within the funded window, blocks of months (block length and replications from the {@link Design}, within runs
 * of equal repository coverage as in {@link Coverage}; seeds {@code seed} and {@code seed + 1} as in the DiD) are
 * drawn from the residuals of the differences about the window's own straight line ({@link EventWindow}). A
 * month's band is the percentile interval of coefficient + (its resampled residual − the resampled volunteer
 * window's mean residual, the reference's own noise). Transition months before the start draw from the volunteer
 * window, those from the start on from the funded window (independent resamples, seeds {@code seed + 2} and
 * {@code seed + 3}). The bands hold month by month: read the joint test, not how many bands miss zero.
 */
final class EventStudyBands {
    private EventStudyBands() {}

    /** Per replicate: each event time's noise, and each bin's noise, for every binning of the volunteer window. */
    record Replicates(double[][] months, List<double[][]> bins) {}

    static Replicates resample(
            MonthlySeries engineer,
            EventWindow pre,
            EventWindow post,
            int[] beforeStart,
            int[] fromStart,
            int width,
            List<List<int[]>> binnings,
            Design design) {
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
            double referenceNoise = EventWindow.nanMean(preStar);
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

    /** The percentile band of value + noise; NaN where the value or every replicate is undefined. */
    static double[] band(double value, double[] noise, double level) {
        if (Double.isNaN(value) || Arrays.stream(noise).allMatch(Double::isNaN)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        Interval q = Interval.ofReplicates(noise, level);
        return new double[] {value + q.lower(), value + q.upper()};
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
}
