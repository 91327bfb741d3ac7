package dev.umbrella.roi;

import dev.umbrella.datasets.Distribution;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded Monte Carlo over the ROI parameters. Each parameter has its own random stream, seeded
 * from the run's seed and the parameter's name, so a run is identical on every machine, and fixing one parameter
 * (an override, a tornado end) leaves the draws of all others unchanged (common random numbers).
 *
 * <p>Draws are made in chunks: each varying parameter fills a column of {@value #CHUNK} values in a tight loop,
 * then the model is evaluated on each row. Nothing is allocated per draw; the generator is
 * {@link SplittableRandom} (SplitMix64). Samplers: inverse CDF for uniform and triangular, Marsaglia and Tsang
 * (2000) gamma variates for PERT, the Marsaglia polar method (both variates used) for the normal variates of the
 * two-piece lognormal (a standard normal z maps to {@code base · exp(σ z)}, with the lower σ below the median and
 * the upper σ above it, so low, base and high are its 5th, 50th and 95th percentiles).
 */
final class MonteCarlo {
    /** The standard normal 95th percentile: a low..high range read as a 90% interval spans ±Z95 σ. */
    static final double Z95 = 1.6448536269514722;

    static final int CHUNK = 1024;
    private static final int CONSTANT = 0;
    private static final int UNIFORM = 1;
    private static final int TRIANGULAR = 2;
    private static final int SCALED_BETA = 3;
    private static final int LOGNORMAL = 4;
    private static final int EMPIRICAL = 5;

    private MonteCarlo() {}

    /** Runs {@code draws} evaluations and keeps every draw's PV costs, channel PVs and replacement value. */
    public static Simulation run(RoiModel model, int draws, long seed, double level) {
        if (draws < 1) {
            throw new IllegalArgumentException("draws must be >= 1, got " + draws);
        }
        double[][] out = new double[model.outputs()][draws];
        run(model, draws, seed, out);
        return new Simulation(model, draws, seed, level, out);
    }

    /** The loop itself, writing into caller-owned arrays {@code out[slot][draw]} (the benchmark reuses them). */
    static void run(RoiModel model, int draws, long seed, double[][] out) {
        List<String> names = model.parameters();
        int p = names.size();
        int[] kind = new int[p];
        double[][] args = new double[p][4];
        Stream[] streams = new Stream[p];
        double[] values = new double[p];
        double[][] columns = new double[p][];
        int[] varying = new int[p];
        int nVarying = 0;
        for (int i = 0; i < p; i++) {
            Assumption a = model.assumptions().get(names.get(i));
            kind[i] = prepare(a, args[i], model.empirical());
            values[i] = a.base();
            if (kind[i] != CONSTANT) {
                streams[i] = new Stream(seed ^ mix(names.get(i).hashCode()));
                columns[i] = new double[CHUNK];
                varying[nVarying++] = i;
            }
        }
        double[] empirical = model.empirical();
        double[] slots = new double[model.outputs()];
        for (int from = 0; from < draws; from += CHUNK) {
            int n = Math.min(CHUNK, draws - from);
            for (int k = 0; k < nVarying; k++) {
                int i = varying[k];
                fill(kind[i], args[i], streams[i], columns[i], n, empirical);
            }
            for (int d = 0; d < n; d++) {
                for (int k = 0; k < nVarying; k++) {
                    int i = varying[k];
                    values[i] = columns[i][d];
                }
                model.evaluate(values, slots);
                for (int s = 0; s < slots.length; s++) {
                    out[s][from + d] = slots[s];
                }
            }
        }
    }

    /** SplitMix64's finaliser, to spread the name hashes over the seed space. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static int prepare(Assumption a, double[] args, double[] empirical) {
        if (a.distribution() == Distribution.EMPIRICAL) {
            if (empirical.length == 0) {
                throw new IllegalStateException(a.name() + " is empirical but has no replicates");
            }
            return EMPIRICAL;
        }
        if (!a.varies()) {
            return CONSTANT;
        }
        double low = a.low();
        double high = a.high();
        double mode = a.base();
        switch (a.distribution()) {
            case UNIFORM:
                args[0] = low;
                args[1] = high - low;
                return UNIFORM;
            case TRIANGULAR:
                args[0] = low;
                args[1] = high;
                args[2] = mode;
                args[3] = (mode - low) / (high - low);
                return TRIANGULAR;
            case PERT:
                args[0] = 1 + 4 * (mode - low) / (high - low);
                args[1] = 1 + 4 * (high - mode) / (high - low);
                args[2] = low;
                args[3] = high - low;
                return SCALED_BETA;
            case LOGNORMAL:
                args[0] = Math.log(mode);
                args[1] = Math.log(mode / low) / Z95;
                args[2] = Math.log(high / mode) / Z95;
                return LOGNORMAL;
            default:
                throw new IllegalStateException("no sampler for " + a.distribution());
        }
    }

    /**
     * One parameter's random stream: a SplitMix64 generator and the spare normal variate of the polar method
     * (each rejection round yields two), kept per parameter so draws do not depend on other parameters.
     */
    static final class Stream {
        final SplittableRandom random;
        private double spare;
        private boolean hasSpare;

        Stream(long seed) {
            random = new SplittableRandom(seed);
        }

        double uniform() {
            return random.nextDouble();
        }

        /** A standard normal variate (Marsaglia polar method). */
        double normal() {
            if (hasSpare) {
                hasSpare = false;
                return spare;
            }
            double u;
            double v;
            double s;
            do {
                u = 2 * random.nextDouble() - 1;
                v = 2 * random.nextDouble() - 1;
                s = u * u + v * v;
            } while (s >= 1 || s == 0);
            double factor = Math.sqrt(-2 * Math.log(s) / s);
            spare = v * factor;
            hasSpare = true;
            return u * factor;
        }
    }

    private static void fill(int kind, double[] a, Stream r, double[] out, int n, double[] empirical) {
        switch (kind) {
            case UNIFORM:
                for (int d = 0; d < n; d++) {
                    out[d] = a[0] + a[1] * r.uniform();
                }
                break;
            case TRIANGULAR:
                for (int d = 0; d < n; d++) {
                    double u = r.uniform();
                    out[d] = u < a[3]
                            ? a[0] + Math.sqrt(u * (a[1] - a[0]) * (a[2] - a[0]))
                            : a[1] - Math.sqrt((1 - u) * (a[1] - a[0]) * (a[1] - a[2]));
                }
                break;
            case SCALED_BETA:
                for (int d = 0; d < n; d++) {
                    double x = gamma(r, a[0]);
                    double y = gamma(r, a[1]);
                    out[d] = a[2] + a[3] * x / (x + y);
                }
                break;
            case LOGNORMAL:
                for (int d = 0; d < n; d++) {
                    double z = r.normal();
                    out[d] = Math.exp(a[0] + (z < 0 ? a[1] : a[2]) * z);
                }
                break;
            case EMPIRICAL:
                for (int d = 0; d < n; d++) {
                    out[d] = empirical[r.random.nextInt(empirical.length)];
                }
                break;
            default:
                throw new IllegalStateException("unknown sampler " + kind);
        }
    }

    /** A Gamma(shape, 1) variate (Marsaglia and Tsang 2000; shape &lt; 1 via the boost {@code G(a+1) · U^(1/a)}). */
    static double gamma(Stream r, double shape) {
        if (shape < 1) {
            return gamma(r, shape + 1) * Math.pow(r.uniform(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = r.normal();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = r.uniform();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /** Draws {@code n} values of one assumption alone (for tests of the samplers and for figures). */
    public static double[] sample(Assumption assumption, int n, long seed) {
        double[] args = new double[4];
        int kind = prepare(assumption, args, new double[0]);
        double[] out = new double[n];
        if (kind == CONSTANT) {
            Arrays.fill(out, assumption.base());
            return out;
        }
        Stream r = new Stream(seed ^ mix(assumption.name().hashCode()));
        double[] chunk = new double[CHUNK];
        for (int from = 0; from < n; from += CHUNK) {
            int m = Math.min(CHUNK, n - from);
            fill(kind, args, r, chunk, m, new double[0]);
            System.arraycopy(chunk, 0, out, from, m);
        }
        return out;
    }
}
