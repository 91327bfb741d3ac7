package dev.umbrella.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NotebookSession_ExecuteTest {
    private static NotebookSession session;

    @BeforeAll
    static void start() {
        session = NotebookSession.start();
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    private static String text(CellResult r, int i) {
        return r.outputs().get(i).getAsJsonObject("data").get("text/plain").getAsString();
    }

    private static String traceback(JsonObject error) {
        var lines = new StringBuilder();
        error.getAsJsonArray("traceback")
                .forEach(l -> lines.append(l.getAsString()).append('\n'));
        return lines.toString();
    }

    @Test
    void lastExpressionIsTheResult() {
        var r = session.execute("int a = 20;\na + 22");
        assertThat(r.ok()).isTrue();
        assertThat(r.outputs()).hasSize(1);
        assertThat(r.outputs().get(0).get("output_type").getAsString()).isEqualTo("execute_result");
        assertThat(r.outputs().get(0).get("execution_count").getAsInt()).isEqualTo(r.executionCount());
        assertThat(text(r, 0)).isEqualTo("42");
    }

    @Test
    void trailingSemicolonHidesTheValueAndVoidCallsShowNothing() {
        assertThat(session.execute("Math.max(1, 2);").outputs()).isEmpty();
        assertThat(session.execute("List.of(1).forEach(x -> {})").outputs()).isEmpty();
    }

    @Test
    void printedLinesBecomeOneStreamPerNameInOrder() {
        var r = session.execute(
                "System.out.println(\"a\");\nSystem.out.print(\"b\\n\");\nSystem.err.println(\"e\");\nSystem.out.println(\"c\");");
        assertThat(r.outputs())
                .extracting(
                        o -> o.get("name").getAsString() + ":" + o.get("text").getAsString())
                .containsExactly("stdout:a\nb\n", "stderr:e\n", "stdout:c\n");
    }

    @Test
    void compileErrorNamesCellAndLine() {
        var r = session.execute("int ok = 1;\nint y = missing + 1;");
        assertThat(r.ok()).isFalse();
        var error = r.outputs().get(0);
        assertThat(error.get("output_type").getAsString()).isEqualTo("error");
        assertThat(error.get("ename").getAsString()).isEqualTo("CompilationException");
        assertThat(error.get("evalue").getAsString()).contains("cannot find symbol");
        assertThat(traceback(error))
                .contains("Cell In[" + r.executionCount() + "], line 2")
                .contains("int y = missing + 1;")
                .contains("^^^^^^^");
    }

    @Test
    void exceptionShowsCellLinesOfEveryFrame() {
        var defined = session.execute("int divide(int a, int b) {\n  return a / b;\n}");
        var r = session.execute("int x = 1;\ndivide(x, 0)");
        assertThat(r.ok()).isFalse();
        var error = r.outputs().get(0);
        assertThat(error.get("ename").getAsString()).isEqualTo("ArithmeticException");
        assertThat(error.get("evalue").getAsString()).isEqualTo("/ by zero");
        assertThat(traceback(error))
                .contains("java.lang.ArithmeticException: / by zero")
                .contains("at divide (Cell In[" + defined.executionCount() + "], line 2)")
                .contains("at Cell In[" + r.executionCount() + "], line 2")
                .doesNotContain("dev.umbrella.kernel")
                .doesNotContain("jdk.jshell")
                .doesNotContain("REPL.");
    }

    @Test
    void systemExitDoesNotEndTheKernel() {
        var r = session.execute("System.exit(3);");
        assertThat(r.ok()).isFalse();
        assertThat(r.outputs().get(0).get("ename").getAsString()).isEqualTo("SystemExit");
        assertThat(r.outputs().get(0).get("evalue").getAsString()).contains("System.exit(3)");
        assertThat(session.execute("Runtime.getRuntime().exit(1);")
                        .outputs()
                        .get(0)
                        .get("ename")
                        .getAsString())
                .isEqualTo("SystemExit");
    }

    @Test
    void runtimeExitAndHaltAreStoppedToo() {
        assertThat(session.execute("Runtime.getRuntime().halt(1);")
                        .outputs()
                        .get(0)
                        .get("ename")
                        .getAsString())
                .isEqualTo("SystemExit");
        assertThat(text(session.execute("\"still here\""), 0)).isEqualTo("still here");
    }

    @Test
    void stackOverflowIsAnErrorWithCollapsedFrames() {
        session.execute("int down(int n) { return down(n + 1) + 1; }");
        var r = session.execute("down(0)");
        assertThat(r.outputs().get(0).get("ename").getAsString()).isEqualTo("StackOverflowError");
        assertThat(r.outputs().get(0).getAsJsonArray("traceback").size()).isLessThan(40);
        assertThat(traceback(r.outputs().get(0))).contains("repeats");
        assertThat(text(session.execute("1 + 1"), 0)).isEqualTo("2");
    }

    @Test
    void infiniteLoopIsInterruptedWithinASecond() {
        long start = System.nanoTime();
        var r = session.execute("long n = 0; while (true) { n++; }", Duration.ofMillis(300));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.ok()).isFalse();
        assertThat(r.outputs().get(0).get("ename").getAsString()).isEqualTo("Interrupted");
        assertThat(millis).isLessThan(1300);
        assertThat(text(session.execute("\"after\""), 0)).isEqualTo("after");
    }

    @Test
    void sleepingCellIsInterrupted() {
        var r = session.execute("Thread.sleep(60_000);", Duration.ofMillis(200));
        assertThat(r.outputs().get(0).get("ename").getAsString()).isEqualTo("Interrupted");
    }

    @Test
    void displayPublishesAndUpdateRewritesEarlierOutput() {
        var first = session.execute("String id = display(\"one\");");
        assertThat(first.outputs()).hasSize(1);
        assertThat(first.outputs().get(0).get("output_type").getAsString()).isEqualTo("display_data");
        session.execute("updateDisplay(id, \"two\");");
        assertThat(text(first, 0)).isEqualTo("two");
    }

    @Test
    void tablesRenderAsHtmlWithNote() {
        var r = session.execute(
                "Table t = Table.create(\"people\", StringColumn.create(\"id\", \"seth\", \"mike\"));\nt");
        var data = r.outputs().get(0).getAsJsonObject("data");
        assertThat(data.get("text/html").getAsString())
                .contains("<td>seth</td>")
                .contains("2 rows × 1 column");
        assertThat(data.get("text/plain").getAsString()).contains("seth");
    }

    @Test
    void magicsAddClasspathAndTime() {
        var r = session.execute("%time\nint z = 5;");
        assertThat(r.outputs().get(0).get("text").getAsString()).startsWith("Wall time: ");
        var bad = session.execute("%nosuchmagic");
        assertThat(bad.outputs().get(0).get("ename").getAsString()).isEqualTo("UndefinedMagicException");
    }

    @Test
    void inputFailsAtOnceWhereTheClientTakesNone() {
        for (String read : List.of(
                "new Scanner(System.in).nextLine()",
                "readLine(\"Seed? \")",
                "new BufferedReader(new InputStreamReader(System.in)).readLine()",
                "readPassword(\"Key: \")")) {
            long start = System.nanoTime();
            var r = session.execute(read);
            assertThat(r.ok()).as(read).isFalse();
            assertThat(r.outputs().get(0).get("ename").getAsString()).as(read).isEqualTo("InputNotAllowed");
            assertThat(r.outputs().get(0).get("evalue").getAsString()).contains("does not take any");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void blankCellIsNotRun() {
        assertThat(session.execute("  \n").executionCount()).isZero();
    }

    @Test
    void classesAndRecordsCanBeDefinedAndUsed() {
        session.execute("record Point(int x, int y) { int sum() { return x + y; } }");
        assertThat(text(session.execute("new Point(2, 3).sum()"), 0)).isEqualTo("5");
        List<String> types = session.execute("var p = new Point(1, 1);\np").outputs().stream()
                .map(o -> o.get("output_type").getAsString())
                .collect(Collectors.toList());
        assertThat(types).containsExactly("execute_result");
    }
}
