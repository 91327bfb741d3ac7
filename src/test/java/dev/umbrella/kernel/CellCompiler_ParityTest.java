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
            "a",
            // redefinitions: a variable (new type), a method (new body and a dependent), a class (new shape)
            "int twiceA() { return 2 * a; }",
            "twiceA()",
            "String a = \"five\";",
            "a.length()",
            "twiceA()",
            "int a = 7;",
            "twiceA()",
            "int f() { return 30; }",
            "f() + 1",
            "record P(int x, int y) { int twice() { return 2 * (x + y); } }",
            "new P(1, 2).twice()",
            "new P(21).twice()",
            "import java.util.concurrent.atomic.AtomicInteger;",
            "new AtomicInteger(3).incrementAndGet()",
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
        int call = CELLS.indexOf("1 +\n  divide(1, 0)");
        assertThat(quick.get(call).error())
                .contains("    at divide (Cell In[" + call + "], line 2)", "    at Cell In[" + (call + 1) + "], line 2");
        assertThat(quick.get(CELLS.indexOf("a.length()")).value()).isEqualTo("4");
        assertThat(quick.get(CELLS.lastIndexOf("twiceA()")).value()).isEqualTo("14");
        assertThat(quick.get(CELLS.indexOf("f() + 1")).value()).isEqualTo("31");
        assertThat(quick.get(CELLS.indexOf("new P(1, 2).twice()")).value()).isEqualTo("6");
        assertThat(quick.get(CELLS.indexOf("new AtomicInteger(3).incrementAndGet()")).value()).isEqualTo("4");
        assertThat(quick.get(CELLS.size() - 1).value()).isEqualTo("7");
    }

    /**
     * A long session (not timed): 2,000 cells, three in five declarations as in
     * ../shared/bench/kernel_session.py, with a redefinition every 50 cells; every value is checked.
     */
    @Test
    void twoThousandMixedCellsKeepTheirValues() {
        try (var evaluator = new Evaluator(CellCompiler_ParityTest.class.getClassLoader(), true)) {
            evaluator.run("import java.util.*;", 0, 1);
            for (int i = 0; i < 2000; i++) {
                int k = i / 5;
                String code = switch (i % 5) {
                    case 0 -> "int x" + k + " = " + i + ";";
                    case 1 -> "x" + k + " + 1";
                    case 2 -> "var s" + k + " = List.of(1, 2, " + i + ");";
                    case 3 -> "s" + k + ".get(2) + s" + k + ".size()";
                    default -> i % 50 == 49 ? "long x" + (k - 3) + " = " + (10L * i) + "L;" : "String t" + k + " = \"a\" + " + i + ";";
                };
                var r = evaluator.run(code, i + 1, 1);
                assertThat(r.error()).as("cell %d: %s", i, code).isNull();
                if (i % 5 == 1) {
                    assertThat(r.value()).as(code).isEqualTo(i);
                } else if (i % 5 == 3) {
                    assertThat(r.value()).as(code).isEqualTo(i - 1 + 3);
                }
                if (i % 50 == 49) {
                    assertThat(evaluator.run("x" + (k - 3), i + 1, 1).value()).as("redefined x%d", k - 3).isEqualTo(10L * i);
                }
            }
            assertThat(evaluator.run("t398", 2001, 1).value()).isEqualTo("a1994");
            assertThat(evaluator.quickRuns()).as("expressions took the quick path").isGreaterThanOrEqualTo(800);
        }
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
