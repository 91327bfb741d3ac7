package dev.umbrella.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotebookRunner_ExecutionTest {

    static Notebook fixture(String name) throws IOException {
        String text = new String(NotebookJson_NbformatCompatibilityTest.resource(name), StandardCharsets.UTF_8);
        return Notebook.parse(name, text, name);
    }

    static JsonObject cell(Notebook nb, String id) {
        return nb.cells().stream()
                .filter(c -> Notebook.id(c).equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void executesCodeCellsTopToBottomLikeNbclient() throws IOException {
        List<ScriptedEngine> engines = new ArrayList<>();
        Notebook source = fixture("sample.ipynb");

        Notebook executed = new NotebookRunner(ScriptedEngine.factory(engines), Progress.NONE).execute(source);

        assertThat(engines).hasSize(1);
        assertThat(engines.get(0).closed).isTrue();
        // params, hello, figure, table: the empty cell and the skip-execution cell are not sent
        assertThat(engines.get(0).executed).hasSize(4);
        assertThat(cell(executed, "params").get("execution_count").getAsInt()).isEqualTo(1);
        assertThat(cell(executed, "hello").get("execution_count").getAsInt()).isEqualTo(2);
        assertThat(cell(executed, "figure").get("execution_count").getAsInt()).isEqualTo(3);
        assertThat(cell(executed, "table").get("execution_count").getAsInt()).isEqualTo(4);
        JsonObject hello = cell(executed, "hello");
        assertThat(hello.getAsJsonArray("outputs")).hasSize(2);
        assertThat(hello.getAsJsonArray("outputs")
                        .get(0)
                        .getAsJsonObject()
                        .get("text")
                        .getAsString())
                .isEqualTo("hello from the kernel\n");
        assertThat(hello.getAsJsonObject("metadata").has("execution"))
                .as("no timings recorded")
                .isFalse();
        assertThat(cell(executed, "empty").get("execution_count").isJsonNull()).isTrue();
        assertThat(cell(executed, "skipped")
                        .getAsJsonArray("outputs")
                        .get(0)
                        .getAsJsonObject()
                        .get("text")
                        .getAsString())
                .isEqualTo("kept\n");
        assertThat(executed.metadata()
                        .getAsJsonObject("language_info")
                        .get("name")
                        .getAsString())
                .isEqualTo("Java");
        assertThat(cell(source, "hello").getAsJsonArray("outputs"))
                .as("input notebook untouched")
                .isEmpty();
    }

    @Test
    void reRunningGivesTheSameBytes() throws IOException {
        var runner = new NotebookRunner(ScriptedEngine.factory(new ArrayList<>()), Progress.NONE);
        byte[] first = runner.execute(fixture("sample.ipynb")).toBytes();
        Notebook reread = Notebook.parse("sample.ipynb", new String(first, StandardCharsets.UTF_8), "sample.ipynb");
        assertThat(runner.execute(reread).toBytes()).isEqualTo(first);
    }

    @Test
    void failingCellStopsTheRunNamingNotebookCellAndError() throws IOException {
        List<ScriptedEngine> engines = new ArrayList<>();
        var runner = new NotebookRunner(ScriptedEngine.factory(engines), Progress.NONE);

        assertThatThrownBy(() -> runner.execute(fixture("failing.ipynb")))
                .isInstanceOf(CellFailure.class)
                .hasMessageContaining("failing.ipynb: cell 3 (id boom) failed")
                .hasMessageContaining("IllegalStateException: data missing")
                .hasMessageNotContaining("\u001b[");
        assertThat(engines.get(0).executed).containsExactly("print first", "fail IllegalStateException: data missing");
        assertThat(engines.get(0).closed).isTrue();
    }

    @Test
    void notebookForAnotherKernelIsRefused() throws IOException {
        Notebook nb = fixture("failing.ipynb");
        nb.metadata().getAsJsonObject("kernelspec").addProperty("name", "python3");

        assertThatThrownBy(
                        () -> new NotebookRunner(ScriptedEngine.factory(new ArrayList<>()), Progress.NONE).execute(nb))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("failing.ipynb: kernelspec \"python3\"");
    }

    @Test
    void progressNamesNotebookAndEachCell() throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        var progress = Progress.to(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        new NotebookRunner(ScriptedEngine.factory(new ArrayList<>()), progress).execute(fixture("sample.ipynb"));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed)
                .contains("sample.ipynb: 4 code cells")
                .contains("[1/4] cell 2 ok")
                .contains("[4/4] cell 9 ok")
                .contains("sample.ipynb done");
    }
}
