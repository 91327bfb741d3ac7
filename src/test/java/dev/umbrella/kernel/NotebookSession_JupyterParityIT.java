package dev.umbrella.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notebook runner's in-process API and the real kernel must record identical outputs: the same
 * cells run through {@code jupyter nbconvert --to notebook --execute} (Debian's nbclient) with the
 * installed kernel, and through {@link NotebookSession}, compared output by output.
 */
class NotebookSession_JupyterParityIT {
    static final List<String> CELLS = List.of(
            "System.out.println(\"a\");\nSystem.err.println(\"b\");\nSystem.out.print(\"c\\rd\\n\");",
            "int x = 20;\nx + 22",
            "String id = display(\"first\");",
            "updateDisplay(id, \"second\");\nMath.max(1, 2);",
            "Table.create(\"people\", StringColumn.create(\"id\", \"seth\", \"mike\"))",
            "new Figure(ScatterTrace.builder(new double[] {1, 2}, new double[] {3, 4}).name(\"seth\").build())",
            "new Figure(BarTrace.builder(new Object[] {\"a\"}, new double[] {1}).build())",
            "int y = missing + 1;",
            "int divide(int a, int b) {\n    return a / b;\n}",
            "divide(1, 0)",
            "for (int i = 0; i < 3; i++) {\n    System.out.println(i);\n    Thread.sleep(120);\n}",
            "System.out.println(\"gone\");\nclearOutput(true);\nSystem.out.println(\"after clear\");",
            "System.exit(2);",
            "\"still running\"");

    @Test
    void nbconvertAndNotebookSessionRecordTheSameOutputs(@TempDir Path dir) throws Exception {
        Jupyter.require("nbconvert", "nbclient", "nbformat");
        Path jupyterPath = Jupyter.install(dir.resolve("prefix"));
        Path in = dir.resolve("parity.ipynb");
        Files.writeString(in, notebook(CELLS), StandardCharsets.UTF_8);
        var result = Jupyter.run(
                List.of(
                        Jupyter.PYTHON.toString(),
                        "-m",
                        "nbconvert",
                        "--to",
                        "notebook",
                        "--execute",
                        "--allow-errors",
                        "--ExecutePreprocessor.timeout=120",
                        "--output",
                        "executed.ipynb",
                        in.toString()),
                Map.of("JUPYTER_PATH", jupyterPath.toString()),
                300);
        assertThat(result.exitCode()).as(result.output()).isZero();
        var executed = JsonParser.parseString(Files.readString(dir.resolve("executed.ipynb"), StandardCharsets.UTF_8))
                .getAsJsonObject()
                .getAsJsonArray("cells");

        List<CellResult> session = new ArrayList<>();
        try (var s = NotebookSession.start()) {
            for (String cell : CELLS) {
                session.add(s.execute(cell));
            }
        }
        for (int i = 0; i < CELLS.size(); i++) {
            JsonObject cell = executed.get(i).getAsJsonObject();
            List<JsonObject> expected = new ArrayList<>();
            cell.getAsJsonArray("outputs").forEach(o -> expected.add(joinLines(o.getAsJsonObject())));
            assertThat(session.get(i).outputs())
                    .as("outputs of cell %d: %s", i + 1, CELLS.get(i))
                    .isEqualTo(expected);
            assertThat(session.get(i).executionCount())
                    .as("execution count of cell %d", i + 1)
                    .isEqualTo(cell.get("execution_count").getAsInt());
        }
        assertThat(session.get(3).outputs()).isEmpty();
        assertThat(session.get(2)
                        .outputs()
                        .get(0)
                        .getAsJsonObject("data")
                        .get("text/plain")
                        .getAsString())
                .isEqualTo("second");
        assertThat(session.get(5)
                        .outputs()
                        .get(0)
                        .getAsJsonObject("data")
                        .get("text/html")
                        .getAsString())
                .contains("plotly.js (cartesian");
        assertThat(session.get(6)
                        .outputs()
                        .get(0)
                        .getAsJsonObject("data")
                        .get("text/html")
                        .getAsString())
                .doesNotContain("plotly.js (cartesian");
    }

    private static String notebook(List<String> cells) {
        var nb = new JsonObject();
        var list = new JsonArray();
        for (int i = 0; i < cells.size(); i++) {
            var cell = new JsonObject();
            cell.addProperty("cell_type", "code");
            cell.addProperty("id", "cell-" + i);
            cell.add("metadata", new JsonObject());
            cell.addProperty("source", cells.get(i));
            cell.add("outputs", new JsonArray());
            cell.add("execution_count", null);
            list.add(cell);
        }
        nb.add("cells", list);
        var metadata = new JsonObject();
        var spec = new JsonObject();
        spec.addProperty("name", "umbrella");
        spec.addProperty("display_name", "Java (Umbrella)");
        spec.addProperty("language", "java");
        metadata.add("kernelspec", spec);
        nb.add("metadata", metadata);
        nb.addProperty("nbformat", 4);
        nb.addProperty("nbformat_minor", 5);
        return new GsonBuilder().serializeNulls().create().toJson(nb);
    }

    /** nbformat stores multi-line strings as lists of lines on disk; NotebookSession keeps them joined. */
    private static JsonObject joinLines(JsonObject output) {
        var copy = output.deepCopy();
        if (copy.has("text")) {
            copy.add("text", joined(copy.get("text")));
        }
        if (copy.has("data")) {
            var data = copy.getAsJsonObject("data");
            for (String key : data.keySet()) {
                if (!key.equals("application/json") && !key.endsWith("+json")) {
                    data.add(key, joined(data.get(key)));
                }
            }
        }
        return copy;
    }

    private static JsonElement joined(JsonElement value) {
        if (!value.isJsonArray()) {
            return value;
        }
        var out = new StringBuilder();
        value.getAsJsonArray().forEach(e -> out.append(e.getAsString()));
        return new JsonPrimitive(out.toString());
    }
}
