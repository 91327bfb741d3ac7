package dev.umbrella.roi;

import dev.umbrella.Umbrella;
import dev.umbrella.datasets.Distribution;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.Well19937c;

/**
 * Monte Carlo throughput of the ROI model, single-threaded, against a baseline in the same run: the same model
 * evaluated the straightforward way (commons-math distribution objects sampled one value at a time, a map of
 * parameter values and a result object per draw). Target: at least 1,000,000 draws per second per core.
 *
 * <p>The model is Mike Fiedler's, built from the committed datasets as the notebooks build it (every channel
 * estimated, so all samplers run). It sits in the ROI package, compiled beside the jar's classes by the script,
 * so it needs nothing of the package made public for it. Usage: {@code src/bench/monte-carlo [draws]}.
 */
public final class MonteCarloBench {
    private static final int RUNS = 7;
    private static final int WARMUP = 3;

    private MonteCarloBench() {}

    public static void main(String[] args) throws Exception {
        int draws = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int baselineDraws = Math.max(1, draws / 10);
        RoiModel model = model();
        System.out.printf(
                Locale.ROOT,
                "ROI Monte Carlo, %d parameters (%d varying), 1 thread, %s %s%n",
                model.parameters().size(),
                model.parameters().stream()
                        .map(model.assumptions()::get)
                        .filter(a -> a.varies() || a.distribution() == Distribution.EMPIRICAL)
                        .count(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"));

        double[][] fast = measure(WARMUP, RUNS, draws, () -> MonteCarlo.run(model, draws, 20230601L, 0.95));
        double[][] naive = measure(WARMUP, RUNS, baselineDraws, () -> naive(model, baselineDraws, 20230601L));
        report("umbrella MonteCarlo", fast, draws);
        report("baseline (naive)   ", naive, baselineDraws);
        double perCore = median(fast[1]);
        System.out.printf(
                Locale.ROOT,
                "speed-up %.1fx (per core); target 1,000,000 draws/s per core: %s%n",
                perCore / median(naive[1]),
                perCore >= 1_000_000 ? "met" : "NOT met");
        Simulation check = MonteCarlo.run(model, 100_000, 20230601L, 0.95);
        System.out.println("check: " + check);
    }

    private interface Run {
        Object run();
    }

    /**
     * Draws per second by wall clock ([0]) and per CPU second of the measuring thread ([1]). On a shared machine
     * the wall-clock rate falls with the load; the CPU-time rate is the per-core throughput the target means.
     */
    private static double[][] measure(int warmup, int runs, int draws, Run run) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmup; i++) {
            run.run();
        }
        double[][] rates = new double[2][runs];
        for (int i = 0; i < runs; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Object result = run.run();
            long elapsed = System.nanoTime() - start;
            long cpuElapsed = threads.getCurrentThreadCpuTime() - cpu;
            if (result == null) {
                throw new IllegalStateException("no result");
            }
            rates[0][i] = draws / (elapsed / 1e9);
            rates[1][i] = draws / (cpuElapsed / 1e9);
        }
        return rates;
    }

    private static void report(String name, double[][] rates, int draws) {
        System.out.printf(
                Locale.ROOT,
                "%s: median %,.0f draws per CPU-second (min %,.0f, max %,.0f); wall clock "
                        + "%,.0f draws/s; %d runs of %,d draws%n",
                name,
                median(rates[1]),
                min(rates[1]),
                max(rates[1]),
                median(rates[0]),
                RUNS,
                draws);
    }

    /** The baseline: one distribution object per parameter, sampled per draw into a map, a result per draw. */
    private static double naive(RoiModel model, int draws, long seed) {
        Map<String, AbstractRealDistribution> samplers = new HashMap<>();
        for (String name : model.parameters()) {
            Assumption a = model.assumptions().get(name);
            AbstractRealDistribution d =
                    distribution(a, new Well19937c(seed + a.name().hashCode()));
            if (d != null) {
                samplers.put(a.name(), d);
            }
        }
        double[] replicates = model.empirical();
        SplittableRandom empirical = new SplittableRandom(seed);
        double positive = 0;
        for (int i = 0; i < draws; i++) {
            Map<String, Double> values = new HashMap<>();
            for (String name : model.parameters()) {
                Assumption a = model.assumptions().get(name);
                AbstractRealDistribution d = samplers.get(a.name());
                double v = a.distribution() == Distribution.EMPIRICAL
                        ? replicates[empirical.nextInt(replicates.length)]
                        : d == null ? a.base() : d.sample();
                values.put(a.name(), v);
            }
            double[] vector = new double[model.parameters().size()];
            for (int p = 0; p < vector.length; p++) {
                vector[p] = values.get(model.parameters().get(p));
            }
            positive += model.result(vector).npv(Method.EXPECTED_LOSS) > 0 ? 1 : 0;
        }
        return positive / draws;
    }

    private static AbstractRealDistribution distribution(Assumption a, Well19937c rng) {
        if (!a.varies() || a.distribution() == Distribution.EMPIRICAL) {
            return null;
        }
        double lo = a.low();
        double hi = a.high();
        double m = a.base();
        switch (a.distribution()) {
            case UNIFORM:
                return new UniformRealDistribution(rng, lo, hi);
            case TRIANGULAR:
                return new TriangularDistribution(rng, lo, m, hi);
            case PERT:
                double alpha = 1 + 4 * (m - lo) / (hi - lo);
                double beta = 1 + 4 * (hi - m) / (hi - lo);
                return new ScaledBeta(rng, alpha, beta, lo, hi - lo);
            case LOGNORMAL:
                return new LogNormalDistribution(rng, Math.log(m), Math.log(hi / lo) / (2 * 1.6448536269514722));
            default:
                throw new IllegalStateException(a.distribution().toString());
        }
    }

    /** A beta on [low, low + width], for PERT. */
    private static final class ScaledBeta extends BetaDistribution {
        private static final long serialVersionUID = 1L;
        private final double low;
        private final double width;

        ScaledBeta(Well19937c rng, double alpha, double beta, double low, double width) {
            super(rng, alpha, beta);
            this.low = low;
            this.width = width;
        }

        @Override
        public double sample() {
            return low + width * super.sample();
        }
    }

    /** Mike Fiedler's ROI model from the committed datasets (the largest: every channel estimated). */
    static RoiModel model() {
        return Umbrella.roi("mike").model();
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double min(double[] x) {
        return Arrays.stream(x).min().orElseThrow();
    }

    private static double max(double[] x) {
        return Arrays.stream(x).max().orElseThrow();
    }
}
