package dev.umbrella.publish;

import static dev.umbrella.publish.NotebookRunner_ExecutionTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report and slides from file:// in headless Chromium: every figure must have been drawn
 * by plotly (its SVG is in the page), with no console error and no network request. Runs on the
 * test notebooks and, when present, on the committed notebooks/ (their committed outputs).
 */
class Report_BrowserIT {
    @TempDir
    static Path dir;

    private static Chromium chromium;

    @BeforeAll
    static void start() throws Exception {
        chromium = Chromium.launch(Files.createDirectories(dir.resolve("chromium-profile")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Screenshots at 1280x720 for a person to look at: -Dumbrella.screenshots=DIR, else the temp dir. */
    private static Path screenshots() throws IOException {
        String wanted = System.getProperty("umbrella.screenshots", "");
        return Files.createDirectories(wanted.isBlank() ? dir.resolve("screenshots") : Path.of(wanted));
    }

    private static List<Notebook> testNotebooks() throws IOException {
        var runner = new NotebookRunner(ScriptedEngine.factory(new ArrayList<>()), Progress.NONE);
        return List.of(runner.execute(fixture("sample.ipynb")), fixture("failing.ipynb"));
    }

    private static void assertRendersOffline(Path page, int minimumFigures) throws Exception {
        Chromium.Tab tab = chromium.open(page.toUri().toString());
        boolean drawn = tab.await(Chromium.FIGURES_DRAWN, Duration.ofSeconds(20));
        int figures = Integer.parseInt(tab.eval("String(document.querySelectorAll('.figure').length)"));
        String undrawn =
                tab.eval("[...document.querySelectorAll('.figure')].filter(f => !f.querySelector('svg.main-svg'))"
                        + ".map(f => f.innerHTML.slice(0, 200)).join('\\n')");
        Path shots = screenshots();
        tab.screenshot(shots.resolve(page.getFileName().toString().replace(".html", ".png")));

        assertThat(figures).as(page + ": figures").isGreaterThanOrEqualTo(minimumFigures);
        assertThat(drawn)
                .as(page + ": every figure drawn by plotly; not drawn:\n" + undrawn)
                .isTrue();
        assertThat(tab.errors()).as(page + ": console errors").isEmpty();
        assertThat(tab.networkRequests()).as(page + ": network requests").isEmpty();
        // Figure titles are HTML above the plot: the mode bar (inside the plot, shown on hover) never covers one.
        String covered = tab.eval("[...document.querySelectorAll('.umbrella-figure-title')].filter(t => {"
                + " const bar = t.parentElement.querySelector('.modebar'); if (!bar) { return false; }"
                + " const a = t.getBoundingClientRect(), b = bar.getBoundingClientRect();"
                + " return b.width > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;"
                + " }).map(t => t.textContent).join('\\n')");
        assertThat(covered).as(page + ": figure titles under the mode bar").isEmpty();
    }

    @Test
    void reportPagesDrawEveryFigureOfflineWithoutErrors() throws Exception {
        Path report = dir.resolve("report");
        Report.write(testNotebooks(), RoiSummary.unavailable("test"), report);

        assertRendersOffline(report.resolve("index.html"), 0);
        assertRendersOffline(report.resolve("sample.html"), 1);
        assertRendersOffline(report.resolve("failing.html"), 0);
    }

    @Test
    void realKernelFiguresRenderInReportAndSlides() throws Exception {
        Notebook parity = NotebookRunner_ExecutionTest.fixture("parity.ipynb");
        Notebook executed = new NotebookRunner(KernelEngine.factory(), Progress.NONE).execute(parity);
        Path out = dir.resolve("kernel-report");
        Report.write(List.of(executed), RoiSummary.unavailable("test"), out);
        Slides.write(List.of(executed), out);

        assertRendersOffline(out.resolve("parity.html"), 2);
        assertRendersOffline(out.resolve("parity.slides.html"), 2);
    }

    @Test
    void committedNotebooksRenderOffline() throws Exception {
        List<Path> files = Publish.notebooksIn(Path.of("notebooks"));
        org.junit.jupiter.api.Assumptions.assumeFalse(
                files.isEmpty(), "no committed notebooks yet in notebooks/: nothing to check");
        List<Notebook> notebooks = new ArrayList<>();
        for (Path f : files) {
            notebooks.add(Notebook.read(f));
        }
        Path report = dir.resolve("committed-report");
        Report.write(notebooks, RoiSummary.unavailable("test"), report);
        Slides.write(notebooks, report);
        for (Notebook nb : notebooks) {
            assertRendersOffline(report.resolve(Report.pageName(nb)), 0);
            assertRendersOffline(report.resolve(Slides.fileName(nb)), 0);
        }
    }

    @Test
    void slidesDrawFiguresAndStepThroughFragments() throws Exception {
        Path slides = dir.resolve("slides");
        Slides.write(testNotebooks(), slides);
        Path page = slides.resolve("sample.slides.html");
        assertRendersOffline(page, 1);

        Chromium.Tab tab = chromium.open(page.toUri().toString());
        // 4 slides in the notebook; the figure subslide's long code leaves room for a shrunk figure only, and its
        // last cell continues on a slide below it, under the column's heading
        assertThat(tab.eval("String(window.umbrellaSlides.count)")).isEqualTo("5");
        tab.press("ArrowRight");
        assertThat(tab.eval("String(window.umbrellaSlides.current())")).isEqualTo("1");
        assertThat(tab.eval("String(document.querySelector('section.current .fragment.visible') === null)"))
                .isEqualTo("true");
        tab.press("ArrowRight");
        assertThat(tab.eval("String(document.querySelectorAll('section.current .fragment.visible').length)"))
                .isEqualTo("1");
        tab.press("ArrowRight");
        assertThat(tab.eval("location.hash")).isEqualTo("#/1/1");
        assertThat(tab.eval("String(document.querySelector('section.current .figure svg.main-svg') !== null)"))
                .isEqualTo("true");
        tab.press("ArrowDown");
        assertThat(tab.eval("location.hash")).isEqualTo("#/1/2");
        assertThat(tab.eval("document.querySelector('section.current .continued').textContent"))
                .isEqualTo("Activity");
        assertThat(tab.eval("document.querySelector('section.current pre.stream').textContent"))
                .isEqualTo("kept\n");
        tab.press("ArrowUp");
        assertThat(tab.eval("String(document.querySelector('section.current').scrollWidth <= 1280)"))
                .as("fits 1280 wide")
                .isEqualTo("true");
        tab.screenshot(screenshots().resolve("sample.slides-figure.png"));
        assertThat(tab.errors()).isEmpty();
    }
}
