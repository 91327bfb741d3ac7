package dev.umbrella.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded runner must record what Jupyter records: the same notebooks executed by
 * {@code jupyter nbconvert --to notebook --execute} with the Umbrella kernelspec (installed into a
 * temporary prefix by {@code umbrella kernel install --prefix}) and by the in-process runner give the
 * same bytes once nbclient's timing metadata ({@code metadata.execution}) is removed.
 * Covers a test notebook exercising each output kind and every committed notebook.
 */
class NotebookRunner_NbconvertParityIT {
    private static final Path JUPYTER = Path.of("/usr/bin/jupyter");
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path dir;

    @Test
    void embeddedRunnerRecordsWhatNbconvertRecords() throws Exception {
        requireJupyter();
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> notebooks = new ArrayList<>();
        Path parity = in.resolve("parity.ipynb");
        Files.write(parity, NotebookJson_NbformatCompatibilityTest.resource("parity.ipynb"));
        notebooks.add(parity);
        for (Path committed : Publish.notebooksIn(Path.of("notebooks"))) {
            notebooks.add(Files.copy(committed, in.resolve(committed.getFileName())));
        }

        Path prefix = dir.resolve("prefix");
        run(
                List.of("java", "-jar", jar(), "kernel", "install", "--no-archive", "--prefix", prefix.toString()),
                Map.of());
        Path nbconvert = Files.createDirectories(dir.resolve("nbconvert"));
        List<String> command = new ArrayList<>(List.of(
                JUPYTER.toString(),
                "nbconvert",
                "--to",
                "notebook",
                "--execute",
                "--ExecutePreprocessor.timeout=600",
                "--output-dir",
                nbconvert.toString()));
        notebooks.forEach(p -> command.add(p.toString()));
        run(
                command,
                Map.of(
                        "JUPYTER_PATH", prefix.resolve("share/jupyter").toString(),
                        "JUPYTER_DATA_DIR", dir.resolve("jupyter-data").toString(),
                        "JUPYTER_CONFIG_DIR", dir.resolve("jupyter-config").toString(),
                        "JUPYTER_RUNTIME_DIR", dir.resolve("jupyter-runtime").toString(),
                        "UMBRELLA_HOME", Path.of("").toAbsolutePath().toString()));

        List<Notebook> embedded = new Publish(KernelEngine.factory(), null).execute(notebooks, Map.of());

        List<String> problems = new ArrayList<>();
        for (Notebook ours : embedded) {
            Path theirsFile = nbconvert.resolve(ours.name().replace(".ipynb", ".nbconvert.ipynb"));
            if (!Files.exists(theirsFile)) {
                theirsFile = nbconvert.resolve(ours.name());
            }
            Notebook theirs = Notebook.read(theirsFile);
            withoutTimings(theirs);
            withoutTimings(ours);
            for (String d : NotebookDiff.between(theirs.toBytes(), theirs, ours)) {
                problems.add(ours.name() + ": " + d);
            }
        }
        assertThat(problems)
                .as("embedded runner vs nbconvert (committed = nbconvert, re-executed = embedded)")
                .isEmpty();
        assertThat(embedded).hasSize(notebooks.size());
    }

    /** nbclient records iopub timestamps per cell; reproducible files carry none. */
    private static void withoutTimings(Notebook nb) {
        for (JsonObject cell : nb.cells()) {
            if (cell.has("metadata")) {
                cell.getAsJsonObject("metadata").remove("execution");
            }
        }
    }

    static void requireJupyter() throws Exception {
        boolean ok = Files.isExecutable(JUPYTER)
                && Files.isExecutable(PYTHON)
                && new ProcessBuilder(PYTHON.toString(), "-c", "import nbconvert, nbclient")
                                .redirectErrorStream(true)
                                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                                .start()
                                .waitFor()
                        == 0;
        if (!ok) {
            String message =
                    "Jupyter (Debian jupyter-nbconvert, python3-nbclient) not found: nbconvert parity could not be checked";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
    }

    private static String jar() {
        String jar = System.getProperty("umbrella.jar", "");
        assertThat(Path.of(jar))
                .as("system property umbrella.jar (set by failsafe)")
                .isRegularFile();
        return jar;
    }

    private void run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "process", ".log");
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process p = builder.start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + ": timed out");
        }
        if (p.exitValue() != 0) {
            fail(String.join(" ", command) + " exited " + p.exitValue() + ":\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
    }
}
