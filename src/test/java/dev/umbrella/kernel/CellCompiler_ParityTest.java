package dev.umbrella.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The quick path (one javac task per small snippet) gives exactly what JShell gives: the same values,
 * the same errors with the same cell lines, declarations made before and after it visible both ways.
 */
class CellCompiler_ParityTest {
    /** A notebook-like sequence: declarations, redefinitions, expressions, void calls, errors. */
    private static final List<String> CELLS = List.of(
            "int a = 1;",
            "a + 1",
            "int b = a * 10;",
            "b + a",
            "a = 5",
            "b + a",
            "int f() { return 1; }",
            "f()",
            "int f() { return 2; }",
            "f() + b",
            "record P(int x) { int twice() { return 2 * x; } }",
            "new P(21).twice()",
            "var list = new ArrayList<String>(List.of(\"b\", \"a\"));",
            "Collections.sort(list)",
            "list",
            "String.join(\"-\", list).length()",
            "int zero = 0;\nint one = 1;\none / zero",
            "Objects.requireNonNull(null,\n  \"no value\")",
            "undefinedName + 1",
            "Math.max(1, \"x\")",
            "\"text\".length();",
            "LocalDate.of(2023, 6, 1).plusMonths(2)",
            "Optional.empty().orElseThrow()",
            "int divide(int p, int q) {\n  int r = p / q;\n  return r;\n}",
            "1 +\n  divide(1, 0)",
            "a");

    private record Seen(boolean hasValue, String value, List<String> error) {}

    private static List<Seen> run(boolean quick) {
        var seen = new ArrayList<Seen>();
        try (var evaluator = new Evaluator(CellCompiler_ParityTest.class.getClassLoader(), quick)) {
            evaluator.run("import java.util.*; import java.time.*;", 0, 1);
            for (int i = 0; i < CELLS.size(); i++) {
                var r = evaluator.run(CELLS.get(i), i + 1, 1);
                seen.add(new Seen(r.hasValue(), String.valueOf(r.value()),
                        r.error() == null ? null : List.copyOf(r.error().traceback())));
            }
            if (quick) {
                assertThat(evaluator.quickRuns()).as("snippets that took the quick path").isGreaterThanOrEqualTo(12);
            } else {
                assertThat(evaluator.quickRuns()).isZero();
            }
        }
        return seen;
    }

    @Test
    void givesWhatJShellGives() {
        var jshell = run(false);
        var quick = run(true);
        for (int i = 0; i < CELLS.size(); i++) {
            assertThat(quick.get(i)).as("cell %d: %s", i + 1, CELLS.get(i)).isEqualTo(jshell.get(i));
        }
        // and the answers are the real ones, not just equal to each other
        assertThat(quick.get(CELLS.indexOf("f() + b")).value()).isEqualTo("12");
        assertThat(quick.get(CELLS.indexOf("new P(21).twice()")).value()).isEqualTo("42");
        assertThat(quick.get(CELLS.indexOf("list")).value()).isEqualTo("[a, b]");
        assertThat(quick.get(16).error()).contains("    at Cell In[17], line 3").first().asString().startsWith("java.lang.ArithmeticException");
        assertThat(quick.get(17).error()).contains("    at Cell In[18], line 1");
        assertThat(quick.get(18).error()).anyMatch(l -> l.contains("cannot find symbol"));
        assertThat(quick.get(CELLS.size() - 2).error())
                .contains("    at divide (Cell In[" + (CELLS.size() - 2) + "], line 2)", "    at Cell In[" + (CELLS.size() - 1) + "], line 2");
        assertThat(quick.get(CELLS.size() - 1).value()).isEqualTo("5");
    }

    @Test
    void exitAndInterruptBehaveOnTheQuickPath() throws Exception {
        try (var evaluator = new Evaluator(CellCompiler_ParityTest.class.getClassLoader(), true)) {
            var exit = evaluator.run("System.exit(3)", 1, 1);
            assertThat(exit.error().ename()).isEqualTo("SystemExit");
            var timer = Executors.newSingleThreadScheduledExecutor();
            try {
                timer.schedule(evaluator::stop, 300, TimeUnit.MILLISECONDS);
                long t0 = System.nanoTime();
                var loop = evaluator.run("java.util.stream.Stream.generate(() -> Math.sqrt(2)).count()", 2, 1);
                assertThat(loop.error().ename()).isEqualTo("Interrupted");
                assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
            } finally {
                timer.shutdownNow();
            }
            assertThat(evaluator.run("6 * 7", 3, 1).value()).isEqualTo(42);
            assertThat(evaluator.quickRuns()).isEqualTo(3);
        }
    }
}
