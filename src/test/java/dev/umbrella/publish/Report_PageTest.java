package dev.umbrella.publish;

import static dev.umbrella.publish.NotebookRunner_ExecutionTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Report_PageTest {
    @TempDir
    Path dir;

    private static Notebook executedSample() throws IOException {
        return new NotebookRunner(ScriptedEngine.factory(new ArrayList<>()), Progress.NONE)
                .execute(fixture("sample.ipynb"));
    }

    private static int occurrences(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void pageRendersMarkdownCodeAndOutputs() throws IOException {
        String page = Report.notebookPage(executedSample());
        assertThat(page)
                .contains("<title>Sample walkthrough</title>")
                .contains("<h1>Sample walkthrough</h1>")
                .contains("<em>question</em>")
                .contains("<th>a</th>") // GitHub table
                .contains("<pre class=\"stream stdout\">hello from the kernel\n</pre>")
                .contains("<pre class=\"text\">42</pre>")
                .contains("String label = &quot;base; case&quot;;") // code escaped
                .contains("<div class=\"figure\"><div id='target_fig1'>");
    }

    @Test
    void plotlyIsEmbeddedOncePerPageNotPerFigure() throws IOException {
        Notebook nb = executedSample();
        // a second figure, which also tries to load plotly from a CDN: the page must drop that loader
        var figure = nb.cells().stream()
                .filter(c -> Notebook.id(c).equals("figure"))
                .findFirst()
                .orElseThrow();
        var second = figure.getAsJsonArray("outputs").get(0).deepCopy().getAsJsonObject();
        String html = second.getAsJsonObject("data").get("text/html").getAsString();
        second.getAsJsonObject("data")
                .addProperty(
                        "text/html",
                        "<script src=\"https://cdn.plot.ly/plotly-latest.min.js\"></script>"
                                + html.replace("fig1", "fig2"));
        figure.getAsJsonArray("outputs").add(second);
        // and the first figure inlines the bundle, as the kernel does for the first figure of a notebook
        var first = figure.getAsJsonArray("outputs").get(0).getAsJsonObject().getAsJsonObject("data");
        first.addProperty(
                "text/html", "<script type=\"text/javascript\">\n" + Page.plotlyJs() + "\n</script>\n" + html);

        String page = Report.notebookPage(nb);

        assertThat(occurrences(page, "plotly.js (cartesian - minified) v1.54.1"))
                .isEqualTo(1);
        assertThat(occurrences(page, "<div class=\"figure\">")).isEqualTo(2);
        assertThat(page).doesNotContain("<script src=\"https://cdn.plot.ly");
        assertThat(page.indexOf("plotly.js (cartesian")).isLessThan(page.indexOf("<body>"));
    }

    @Test
    void pageWithoutFiguresCarriesNoPlotly() throws IOException {
        assertThat(Report.notebookPage(fixture("failing.ipynb"))).doesNotContain("plotly.js");
    }

    @Test
    void reportIsWrittenWithIndexAndTheSameBytesEveryTime() throws IOException {
        List<Notebook> notebooks = List.of(executedSample(), fixture("failing.ipynb"));
        RoiSummary summary = new RoiSummary(
                List.of("engineer", "ROI"), List.of(List.of("mike", "3.2")), "", "engineer,roi_median\nmike,3.2\n");
        Report.write(notebooks, summary, dir.resolve("a"));
        Report.write(notebooks, summary, dir.resolve("b"));

        String index = Files.readString(dir.resolve("a/index.html"));
        assertThat(index)
                .contains("<a href=\"sample.html\">Sample walkthrough</a>")
                .contains("<a href=\"failing.html\">Failing notebook</a>")
                .contains("<td>mike</td><td>3.2</td>");
        assertThat(Files.readString(dir.resolve("a/headline.csv"))).isEqualTo("engineer,roi_median\nmike,3.2\n");
        for (String f : List.of("index.html", "sample.html", "failing.html", "headline.csv")) {
            assertThat(dir.resolve("a").resolve(f))
                    .hasSameBinaryContentAs(dir.resolve("b").resolve(f));
        }
    }

    @Test
    void pastedImagesAreInlined() throws IOException {
        Notebook nb = Notebook.parse(
                "a.ipynb",
                new String(
                        NotebookJson_NbformatCompatibilityTest.resource("golden/input.ipynb"),
                        java.nio.charset.StandardCharsets.UTF_8),
                "a.ipynb");
        String page = Report.notebookPage(nb);
        assertThat(page)
                .contains("<img src=\"data:image/png;base64,iVBORw0K\" alt=\"img\"")
                .doesNotContain("attachment:a.png");
    }

    @Test
    void unavailableSummarySaysWhy() {
        RoiSummary none = RoiSummary.unavailable("the analysis API is missing");
        assertThat(none.toText()).isEqualTo("ROI summary: not available: the analysis API is missing\n");
        assertThat(none.toHtml()).contains("Not available: the analysis API is missing");
    }
}
