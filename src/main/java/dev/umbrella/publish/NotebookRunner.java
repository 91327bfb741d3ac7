package dev.umbrella.publish;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Executes a notebook top to bottom in a fresh engine and records the results the way nbclient does:
 * every non-empty code cell not tagged {@code skip-execution} gets its outputs replaced and its
 * {@code execution_count} set; markdown and raw cells are left alone; the kernel's
 * {@code language_info} goes into the notebook metadata. Unlike nbclient it records no timings
 * ({@code metadata.execution}), because a re-run must give the same bytes.
 */
final class NotebookRunner {
    /** The kernelspec name the notebooks declare; the embedded engine is that kernel. */
    public static final String KERNEL_NAME = "umbrella";

    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*[A-Za-z]");

    private final CellEngine.Factory engines;
    private final Progress progress;

    public NotebookRunner(CellEngine.Factory engines, Progress progress) {
        this.engines = engines;
        this.progress = progress;
    }

    /** Returns an executed copy; the given notebook is not changed. A failing cell throws {@link CellFailure}. */
    public Notebook execute(Notebook source) {
        Notebook notebook = source.copy();
        String kernel = notebook.kernelName();
        if (!kernel.isEmpty() && !KERNEL_NAME.equals(kernel)) {
            throw new PublishException(
                    notebook.name() + ": kernelspec \"" + kernel + "\" is not the Umbrella kernel (\"" + KERNEL_NAME
                            + "\"); the embedded runner executes Java cells only");
        }
        var cells = notebook.cells();
        int codeCells =
                (int) cells.stream().filter(NotebookRunner::isExecutable).count();
        progress.notebookStarted(notebook.name(), codeCells);
        long started = System.nanoTime();
        try (CellEngine engine = startEngine(notebook.name())) {
            notebook.metadata().add("language_info", engine.languageInfo().deepCopy());
            int codeCell = 0;
            for (int i = 0; i < cells.size(); i++) {
                JsonObject cell = cells.get(i);
                if (!isExecutable(cell)) {
                    continue;
                }
                codeCell++;
                long cellStarted = System.nanoTime();
                CellExecution result;
                try {
                    result = engine.execute(Notebook.source(cell));
                } catch (RuntimeException e) {
                    throw new CellFailure(notebook.name(), i + 1, Notebook.id(cell), "the kernel failed: " + e);
                }
                record(cell, result);
                if (!result.ok()) {
                    throw new CellFailure(notebook.name(), i + 1, Notebook.id(cell), describeError(result));
                }
                progress.cellFinished(
                        notebook.name(), i + 1, codeCell, codeCells, Duration.ofNanos(System.nanoTime() - cellStarted));
            }
        }
        progress.notebookFinished(notebook.name(), Duration.ofNanos(System.nanoTime() - started));
        return notebook;
    }

    private CellEngine startEngine(String notebook) {
        try {
            return engines.start();
        } catch (RuntimeException e) {
            throw new PublishException(notebook + ": the Umbrella kernel did not start: " + e.getMessage(), e);
        }
    }

    /** nbclient's rule: code cells with non-blank source, minus those tagged {@code skip-execution}. */
    static boolean isExecutable(JsonObject cell) {
        return "code".equals(Notebook.type(cell))
                && !Notebook.source(cell).strip().isEmpty()
                && !Notebook.tags(cell).contains("skip-execution");
    }

    private static void record(JsonObject cell, CellExecution result) {
        var outputs = new JsonArray();
        result.outputs().forEach(o -> outputs.add(o.deepCopy()));
        cell.add("outputs", outputs);
        cell.addProperty("execution_count", result.executionCount());
        if (cell.has("metadata")) {
            cell.getAsJsonObject("metadata").remove("execution"); // timings would break byte-identical re-runs
        }
    }

    private static String describeError(CellExecution result) {
        for (JsonObject output : result.outputs()) {
            if (output.has("output_type")
                    && "error".equals(output.get("output_type").getAsString())) {
                var text = new StringBuilder();
                text.append(string(output, "ename")).append(": ").append(string(output, "evalue"));
                if (output.has("traceback")) {
                    for (var line : output.getAsJsonArray("traceback")) {
                        String plain =
                                ANSI.matcher(line.getAsString()).replaceAll("").strip();
                        if (!plain.isEmpty() && !text.toString().contains(plain)) {
                            text.append('\n').append("    ").append(plain);
                        }
                    }
                }
                return text.toString();
            }
        }
        return "the kernel reported an error but sent no error output";
    }

    private static String string(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsString() : "";
    }
}
