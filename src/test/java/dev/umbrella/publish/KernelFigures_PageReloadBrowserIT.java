package dev.umbrella.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.umbrella.kernel.install.Kernelspec;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Umbrella kernel in the real classic Jupyter Notebook (Debian's 6.4) in headless Chromium: run
 * two figure cells, reload the page without saving while the kernel keeps running (the page then
 * has no plotly.js), run a figure cell again. It must draw, not say "plotly.js is not loaded on this
 * page". Lives beside {@link Chromium}, the project's DevTools driver.
 */
class KernelFigures_PageReloadBrowserIT {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String FIGURE_A =
            "new Figure(ScatterTrace.builder(new double[] {1, 2, 3}, new double[] {3, 1, 2}).name(\"a\").build())";
    private static final String FIGURE_B =
            "new Figure(ScatterTrace.builder(new double[] {1, 2, 3}, new double[] {2, 2, 4}).name(\"b\").build())";

    @Test
    void aFigureDrawsAfterThePageIsReloaded(@TempDir Path dir) throws Exception {
        requireNotebook();
        Chromium.requireInstalled();
        String jar = System.getProperty("umbrella.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            fail("system property umbrella.jar must name the packaged jar (run through ./mvnw verify)");
        }
        Path data = Kernelspec.prefixDataDir(dir.resolve("prefix"));
        Kernelspec.of(Kernelspec.DEFAULT_NAME, Path.of(jar), Path.of("").toAbsolutePath())
                .install(data, false);
        Path notebooks = Files.createDirectories(dir.resolve("notebooks"));
        Files.writeString(notebooks.resolve("reload.ipynb"), notebook(FIGURE_A, FIGURE_B), StandardCharsets.UTF_8);

        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var command = List.of(
                PYTHON.toString(),
                "-m",
                "notebook",
                "--no-browser",
                "--port=" + port,
                "--ip=127.0.0.1",
                "--allow-root",
                "--NotebookApp.token=",
                "--NotebookApp.password=",
                "--NotebookApp.open_browser=False",
                "--notebook-dir=" + notebooks);
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("jupyter.log").toFile());
        builder.environment().put("JUPYTER_PATH", data.toString());
        builder.environment()
                .put(
                        "JUPYTER_CONFIG_DIR",
                        Files.createDirectories(dir.resolve("config")).toString());
        builder.environment()
                .put(
                        "JUPYTER_RUNTIME_DIR",
                        Files.createDirectories(dir.resolve("runtime")).toString());
        builder.environment().put("JUPYTER_DATA_DIR", data.toString());
        builder.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        Process jupyter = builder.start();
        try (var chromium = Chromium.launch(Files.createDirectories(dir.resolve("chromium-profile")))) {
            String base = "http://127.0.0.1:" + port;
            awaitServer(base + "/api", jupyter, dir);
            Chromium.Tab tab = chromium.open(base + "/notebooks/reload.ipynb");
            String ready = "typeof Jupyter !== 'undefined' && Jupyter.notebook && Jupyter.notebook.kernel"
                    + " && Jupyter.notebook.kernel.is_connected() && Jupyter.notebook.kernel_busy === false";
            assertThat(tab.await(ready, Duration.ofSeconds(90)))
                    .as("kernel started: %s", log(dir))
                    .isTrue();

            run(tab, 0);
            run(tab, 1);
            assertThat(tab.await(plots(2), Duration.ofSeconds(60)))
                    .as("both figures drawn before the reload")
                    .isTrue();

            // Reload without saving: the page comes back without the outputs (and without plotly.js); the kernel stays.
            tab.eval(
                    "Jupyter.notebook.set_dirty(false); window.onbeforeunload = null; setTimeout(() => location.reload(), 0); 'ok'");
            Thread.sleep(1000);
            assertThat(tab.await(
                            ready + " && document.querySelectorAll('.output_area').length === 0",
                            Duration.ofSeconds(60)))
                    .as("page reloaded, kernel reconnected")
                    .isTrue();
            assertThat(tab.eval("String(typeof window.Plotly)")).isEqualTo("undefined");

            run(tab, 1); // not the figure that first carried the bundle
            assertThat(tab.await(plots(1), Duration.ofSeconds(30)))
                    .as(
                            "the figure after the reload is drawn: %s",
                            tab.eval("document.querySelector('.output_area') ? "
                                    + "document.querySelector('.output_area').innerText : 'no output'"))
                    .isTrue();
            assertThat(tab.eval("document.body.innerText")).doesNotContain("plotly.js is not loaded");
            assertThat(tab.networkRequests())
                    .allMatch(url -> url.startsWith(base) || url.startsWith("ws://127.0.0.1:" + port));
        } finally {
            jupyter.descendants().forEach(ProcessHandle::destroy);
            jupyter.destroy();
            if (!jupyter.waitFor(10, TimeUnit.SECONDS)) {
                jupyter.descendants().forEach(ProcessHandle::destroyForcibly);
                jupyter.destroyForcibly();
            }
        }
    }

    /** Runs cell {@code index} and waits until the kernel has answered it. */
    private static void run(Chromium.Tab tab, int index) throws InterruptedException {
        tab.eval("window.umbrellaDone = false; Jupyter.notebook.get_cell(" + index + ").execute();"
                + "Jupyter.notebook.events.one('kernel_idle.Kernel', () => { window.umbrellaDone = true; }); 'ok'");
        assertThat(tab.await(
                        "window.umbrellaDone === true && Jupyter.notebook.get_cell(" + index
                                + ").output_area.outputs.length > 0",
                        Duration.ofSeconds(60)))
                .as("cell %d ran", index)
                .isTrue();
    }

    /** plotly.js marks each div it drew with the class js-plotly-plot. */
    private static String plots(int n) {
        return "document.querySelectorAll('.umbrella-figure.js-plotly-plot .main-svg').length >= " + n;
    }

    private static String notebook(String... cells) {
        var out = new StringBuilder("{\"cells\": [");
        for (int i = 0; i < cells.length; i++) {
            out.append(i == 0 ? "" : ", ")
                    .append(
                            "{\"cell_type\": \"code\", \"execution_count\": null, \"metadata\": {}, \"outputs\": [], \"source\": ")
                    .append(new com.google.gson.Gson().toJson(cells[i]))
                    .append('}');
        }
        return out.append(
                        "], \"metadata\": {\"kernelspec\": {\"display_name\": \"Java (Umbrella)\", \"language\": \"java\", \"name\": \"umbrella\"}},"
                                + " \"nbformat\": 4, \"nbformat_minor\": 5}\n")
                .toString();
    }

    private static void awaitServer(String url, Process jupyter, Path dir) throws Exception {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!jupyter.isAlive()) {
                fail("jupyter notebook ended: " + log(dir));
            }
            try {
                var response = client.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        fail("jupyter notebook did not answer: " + log(dir));
    }

    private static String log(Path dir) {
        try {
            return Files.readString(dir.resolve("jupyter.log"), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "(no log)";
        }
    }

    /** Debian's classic Notebook (package jupyter-notebook) in /usr/bin/python3; missing fails under CI=true. */
    private static void requireNotebook() throws Exception {
        String reason = null;
        if (!Files.isExecutable(PYTHON)) {
            reason = PYTHON + " not found";
        } else {
            var p = new ProcessBuilder(PYTHON.toString(), "-c", "import notebook, jupyter_client")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                reason = "/usr/bin/python3 cannot import notebook: " + out.strip();
            }
        }
        if (reason != null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("the classic Jupyter Notebook is required on CI (.ci/run installs jupyter-notebook): " + reason);
            }
            Assumptions.abort("could not check: " + reason + " (sudo apt-get install jupyter-notebook)");
        }
    }
}
