package dev.umbrella.datasets.build;

import dev.umbrella.env.Env;
import java.util.Locale;

/**
 * Phase timings of a build on stderr when the system property {@code umbrella.timing} is set, for
 * the benchmark script and for finding what got slow. Off by default: outputs never depend on it.
 */
final class Timing {
    private static final boolean ON = Env.timing();
    private static final long START = System.nanoTime();

    private Timing() {}

    static void mark(String phase) {
        if (ON) {
            System.err.printf(
                    Locale.ROOT,
                    "timing %6.1f ms  %s (%s)%n",
                    (System.nanoTime() - START) / 1e6,
                    phase,
                    Thread.currentThread().getName());
        }
    }
}
