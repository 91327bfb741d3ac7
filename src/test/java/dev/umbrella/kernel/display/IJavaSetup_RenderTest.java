package dev.umbrella.kernel.display;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.kernel.UmbrellaKernel;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.Test;

/**
 * The IJava setup snippet we document, run in a plain JShell against IJava's real display API
 * (io.github.spencerpark:jupyter-jvm-basekernel 2.3.0, what IJava 1.3 uses). Only its last line,
 * {@code getKernelInstance()}, needs a running IJava kernel; a fresh IJava Renderer stands in.
 */
class IJavaSetup_RenderTest {
    @Test
    void snippetRegistersRenderersOnIJavasRenderer() throws Exception {
        String script;
        try (InputStream in = UmbrellaKernel.class.getResourceAsStream("ijava-setup.jsh")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(script).contains("umbrellaRenderers(getKernelInstance().getRenderer());");
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            String remaining = script.substring(0, script.lastIndexOf("umbrellaRenderers(getKernelInstance()"));
            while (!remaining.isBlank()) {
                var info = shell.sourceCodeAnalysis().analyzeCompletion(remaining);
                for (SnippetEvent e : shell.eval(info.source())) {
                    assertThat(e.status())
                            .as(info.source() + " "
                                    + shell.diagnostics(e.snippet())
                                            .map(d -> d.getMessage(null))
                                            .toList())
                            .isEqualTo(Snippet.Status.VALID);
                }
                remaining = info.remaining();
            }
            List<String> values = new ArrayList<>();
            for (String code : List.of(
                    "var renderer = new Renderer();",
                    "umbrellaRenderers(renderer);",
                    "(String) renderer.render(Table.create(\"t\", IntColumn.create(\"n\", new int[] {1, 2}))).getData(MIMEType.TEXT_HTML)",
                    "var fig = new Figure(tech.tablesaw.plotly.traces.ScatterTrace.builder(new double[] {1}, new double[] {2}).build());",
                    "(String) renderer.render(fig).getData(MIMEType.TEXT_HTML)",
                    "var other = new Figure(tech.tablesaw.plotly.traces.ScatterTrace.builder(new double[] {1}, new double[] {3}).build());",
                    "(String) renderer.render(other).getData(MIMEType.TEXT_HTML)",
                    "(String) renderer.render(fig).getData(MIMEType.TEXT_HTML)")) {
                var event = shell.eval(code).get(0);
                assertThat(event.status()).as(code).isEqualTo(Snippet.Status.VALID);
                assertThat(event.exception()).as(code).isNull();
                values.add(event.value());
            }
            assertThat(values.get(2)).contains("<table>").contains("2 rows × 1 column");
            assertThat(values.get(4)).contains("plotly.js (cartesian - minified) v1.54.1");
            assertThat(values.get(6)).doesNotContain("plotly.js (cartesian - minified)");
            // the first figure shown again (its cell re-run, e.g. after a page reload) carries the bundle again
            assertThat(values.get(7))
                    .contains("plotly.js (cartesian - minified)")
                    .contains("_2");
        }
    }
}
