package dev.umbrella.kernel.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The quick path (one javac task per small snippet) gives exactly what JShell gives: the same values,
 * the same errors with the same cell lines, declarations made before and after it visible both ways,
 * variables declared on it redefined and used by JShell's methods as JShell's own would be.
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

    /**
     * Variables declared on the quick path, and what JShell does around them: closures over a
     * redefined variable, a JShell method that uses one (and then a redefinition of it), forward
     * references, types that cannot be written or that are JShell's own classes, an initializer that
     * throws (the variable exists, with its default value), checked exceptions, comments and text
     * blocks, two declarators.
     */
    private static final List<String> DECLARATIONS = List.of(
            "int a = 1;",
            "Supplier<Integer> s = () -> a;",
            "int twice() { return 2 * a; }",
            "a = 5",
            "s.get()",
            "twice()",
            "int a = 7;",
            "twice()",
            "s.get()",
            "int b = 1;",
            "Supplier<Integer> sb = () -> b;",
            "String b = \"bee\";",
            "sb.get()",
            "b.length()",
            "var e = Map.entry(1, \"x\");",
            "e.getValue()",
            "var mixed = List.of(1, \"a\");",
            "mixed.get(1)",
            "var anon = new Object() { int v = 3; };",
            "anon.v",
            "List<? extends Number> wild = List.of(1, 2.5);",
            "var w0 = wild.get(0);",
            "w0",
            "String z = null;",
            "z == null",
            "z.length()",
            "String tb = \"\"\"\n    hello\n    \"\"\";",
            "tb.strip()",
            "int /* comment */ cm = // line\n   4;",
            "cm",
            "var gm = Map.<String, Integer>of(\"a\", 1);",
            "gm.get(\"a\")",
            "int m = 1, n = 2;",
            "m + n",
            "String io = java.nio.file.Files.readString(java.nio.file.Path.of(\"/nonexistent/umbrella\"));",
            "io",
            "record P(int x) {}",
            "P p = new P(1);",
            "var vp = new P(2);",
            "int px = new P(4).x();",
            "record P(int x, int y) {}",
            "p",
            "vp",
            "px",
            "int[][] grid = new int[2][3];",
            "grid[1].length",
            "char c = 'x';",
            "long big = 1L << 40;",
            "big + c",
            "double d = Math.max(1, 2) /\n  Math.floorDiv(1, 0);",
            "d",
            "Map<String, List<Integer>> nested = new HashMap<>();",
            "nested.put(\"a\", List.of(1)); nested",
            "var self = self + 1;",
            "int selfInt = 3;",
            "int selfInt = selfInt + 1;",
            "selfInt",
            "int later() { return undefinedYet * 2; }",
            "int undefinedYet = 21;",
            "later()",
            "String a = \"five\";",
            "twice()",
            "a.length()",
            "java.util.concurrent.Callable<String> call = () -> { throw new IllegalStateException(\"boom\"); };",
            "call.call()",
            "int q;",
            "q",
            "int[] arr = {1, 2};",
            "arr.length",
            "final int fin = 3;",
            "fin = 4");

    private record Seen(boolean hasValue, String value, List<String> error) {}

    private static List<Seen> run(List<String> cells, boolean quick, int quickAtLeast) {
        var seen = new ArrayList<Seen>();
        try (var evaluator = new Evaluator(CellCompiler_ParityTest.class.getClassLoader(), quick)) {
            evaluator.run("import java.util.*; import java.time.*; import java.util.function.*;", 0, 1);
            for (int i = 0; i < cells.size(); i++) {
                var r = evaluator.run(cells.get(i), i + 1, 1);
                seen.add(new Seen(
                        r.hasValue(),
                        String.valueOf(r.value()),
                        r.error() == null ? null : List.copyOf(r.error().traceback())));
            }
            if (quick) {
                assertThat(evaluator.quickRuns())
                        .as("snippets that took the quick path")
                        .isGreaterThanOrEqualTo(quickAtLeast);
            } else {
                assertThat(evaluator.quickRuns()).isZero();
            }
        }
        return seen;
    }

    private static void assertSame(List<String> cells, List<Seen> quick, List<Seen> jshell) {
        for (int i = 0; i < cells.size(); i++) {
            assertThat(quick.get(i)).as("cell %d: %s", i + 1, cells.get(i)).isEqualTo(jshell.get(i));
        }
    }

    @Test
    void declarationsGiveWhatJShellGives() {
        var jshell = run(DECLARATIONS, false, 0);
        var quick = run(DECLARATIONS, true, 35);
        assertSame(DECLARATIONS, quick, jshell);
        Function<String, String> value =
                cell -> quick.get(DECLARATIONS.indexOf(cell)).value();
        Function<String, List<String>> error =
                cell -> quick.get(DECLARATIONS.indexOf(cell)).error();
        // a closure keeps the field it was compiled with; an assignment writes the field JShell's method reads
        assertThat(value.apply("s.get()")).isEqualTo("5");
        assertThat(quick.get(DECLARATIONS.lastIndexOf("s.get()")).value()).isEqualTo("5");
        assertThat(value.apply("twice()")).isEqualTo("10");
        assertThat(quick.get(DECLARATIONS.indexOf("twice()") + 2).value())
                .as("twice() after int a = 7")
                .isEqualTo("14");
        assertThat(value.apply("sb.get()")).isEqualTo("1");
        assertThat(value.apply("b.length()")).isEqualTo("3");
        assertThat(value.apply("e.getValue()")).isEqualTo("x");
        assertThat(value.apply("anon.v")).isEqualTo("3");
        assertThat(value.apply("w0")).isEqualTo("1");
        assertThat(error.apply("z.length()"))
                .first()
                .asString()
                .startsWith("java.lang.NullPointerException")
                .contains("because \"z\" is null");
        assertThat(value.apply("tb.strip()")).isEqualTo("hello");
        assertThat(value.apply("cm")).isEqualTo("4");
        assertThat(value.apply("gm.get(\"a\")")).isEqualTo("1");
        assertThat(value.apply("m + n")).isEqualTo("3");
        assertThat(
                        error.apply(
                                "String io = java.nio.file.Files.readString(java.nio.file.Path.of(\"/nonexistent/umbrella\"));"))
                .first()
                .asString()
                .startsWith("java.nio.file.NoSuchFileException");
        assertThat(value.apply("p")).isEqualTo("null"); // no value: JShell dropped p with the old P
        assertThat(error.apply("p")).anyMatch(l -> l.contains("cannot find symbol"));
        assertThat(value.apply("px")).isEqualTo("4");
        assertThat(value.apply("big + c")).isEqualTo(String.valueOf((1L << 40) + 'x'));
        String divide = "double d = Math.max(1, 2) /\n  Math.floorDiv(1, 0);";
        assertThat(error.apply(divide))
                .contains(
                        "    at java.lang.Math.floorDiv",
                        "    at Cell In[" + (DECLARATIONS.indexOf(divide) + 1) + "], line 2");
        assertThat(value.apply("d")).isEqualTo("0.0");
        assertThat(value.apply("nested.put(\"a\", List.of(1)); nested")).isEqualTo("{a=[1]}");
        assertThat(error.apply("var self = self + 1;")).anyMatch(l -> l.contains("self-referencing"));
        assertThat(value.apply("selfInt")).isEqualTo("1");
        assertThat(value.apply("later()")).isEqualTo("42");
        assertThat(value.apply("a.length()")).isEqualTo("4");
        assertThat(error.apply("call.call()"))
                .contains("    at Cell In[" + (DECLARATIONS.indexOf("call.call()")) + "], line 1");
        assertThat(value.apply("q")).isEqualTo("0");
        assertThat(value.apply("arr.length")).isEqualTo("2");
        assertThat(value.apply("fin = 4")).isEqualTo("4");
    }

    @Test
    void givesWhatJShellGives() {
        var jshell = run(CELLS, false, 0);
        var quick = run(CELLS, true, 28);
        assertSame(CELLS, quick, jshell);
        // and the answers are the real ones, not just equal to each other
        assertThat(quick.get(CELLS.indexOf("f() + b")).value()).isEqualTo("12");
        assertThat(quick.get(CELLS.indexOf("new P(21).twice()")).value()).isEqualTo("42");
        assertThat(quick.get(CELLS.indexOf("list")).value()).isEqualTo("[a, b]");
        assertThat(quick.get(16).error())
                .contains("    at Cell In[17], line 3")
                .first()
                .asString()
                .startsWith("java.lang.ArithmeticException");
        assertThat(quick.get(17).error()).contains("    at Cell In[18], line 1");
        assertThat(quick.get(18).error()).anyMatch(l -> l.contains("cannot find symbol"));
        int call = CELLS.indexOf("1 +\n  divide(1, 0)");
        assertThat(quick.get(call).error())
                .contains(
                        "    at divide (Cell In[" + call + "], line 2)", "    at Cell In[" + (call + 1) + "], line 2");
        assertThat(quick.get(CELLS.indexOf("a.length()")).value()).isEqualTo("4");
        assertThat(quick.get(CELLS.lastIndexOf("twiceA()")).value()).isEqualTo("14");
        assertThat(quick.get(CELLS.indexOf("f() + 1")).value()).isEqualTo("31");
        assertThat(quick.get(CELLS.indexOf("new P(1, 2).twice()")).value()).isEqualTo("6");
        assertThat(quick.get(CELLS.indexOf("new AtomicInteger(3).incrementAndGet()"))
                        .value())
                .isEqualTo("4");
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
                    default ->
                        i % 50 == 49
                                ? "long x" + (k - 3) + " = " + (10L * i) + "L;"
                                : "String t" + k + " = \"a\" + " + i + ";";
                };
                var r = evaluator.run(code, i + 1, 1);
                assertThat(r.error()).as("cell %d: %s", i, code).isNull();
                if (i % 5 == 1) {
                    assertThat(r.value()).as(code).isEqualTo(i);
                } else if (i % 5 == 3) {
                    assertThat(r.value()).as(code).isEqualTo(i - 1 + 3);
                }
                if (i % 50 == 49) {
                    assertThat(evaluator.run("x" + (k - 3), i + 1, 1).value())
                            .as("redefined x%d", k - 3)
                            .isEqualTo(10L * i);
                }
            }
            assertThat(evaluator.run("t398", 2001, 1).value()).isEqualTo("a1994");
            assertThat(evaluator.quickRuns())
                    .as("every cell took the quick path, declarations too")
                    .isEqualTo(2000 + 40 + 1);
        }
    }

    /** Runs {@code code} as cell {@code cell}, interrupted after 300 ms: it ends as interrupted, within seconds. */
    private static void assertInterrupted(Evaluator evaluator, ScheduledExecutorService timer, String code, int cell) {
        timer.schedule(evaluator::stop, 300, TimeUnit.MILLISECONDS);
        long t0 = System.nanoTime();
        var result = evaluator.run(code, cell, 1);
        assertThat(result.error()).as(code).isNotNull();
        assertThat(result.error().ename()).as(code).isEqualTo("Interrupted");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as(code).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void exitAndInterruptBehaveOnTheQuickPath() throws Exception {
        try (var evaluator = new Evaluator(CellCompiler_ParityTest.class.getClassLoader(), true)) {
            var exit = evaluator.run("System.exit(3)", 1, 1);
            assertThat(exit.error().ename()).isEqualTo("SystemExit");
            var timer = Executors.newSingleThreadScheduledExecutor();
            try {
                assertInterrupted(evaluator, timer, "java.util.stream.Stream.generate(() -> Math.sqrt(2)).count()", 2);
                assertThat(evaluator.run("6 * 7", 3, 1).value()).isEqualTo(42);
                assertInterrupted(
                        evaluator, timer, "long endless = java.util.stream.Stream.generate(() -> 1).count();", 4);
                assertThat(evaluator.run("int after = 6;\nafter * 7", 5, 1).value())
                        .isEqualTo(42);
                assertThat(evaluator.quickRuns()).isEqualTo(6);
                if (Runtime.version().feature() < 20) {
                    // a loop inside library code heeds no interrupt: the cell thread is stopped, and
                    // the next cell runs on a new one
                    assertInterrupted(
                            evaluator, timer, "java.util.stream.LongStream.range(0, Long.MAX_VALUE).sum()", 6);
                    assertThat(evaluator.run("after + 1", 7, 1).value()).isEqualTo(7);
                }
            } finally {
                timer.shutdownNow();
            }
        }
    }
}
