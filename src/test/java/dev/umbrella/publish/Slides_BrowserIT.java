package dev.umbrella.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every deck at exactly 1280x720 in headless Chromium, slide by slide as a presenter rehearses: no slide
 * taller or wider than the stage, every figure fully in view when its slide opens, text at least 24 px
 * (plot text 18 px, titles 28 px), no plotly mode bar. The decks are the committed notebooks' (including the
 * talk) and a fixture built to overflow in every way, so the rules hold for any notebook, not only today's.
 *
 * <p>{@code -Dumbrella.slides.dir=DIR} audits the {@code *.slides.html} already in DIR instead (e.g. decks
 * written by an older version, to measure "before"). The measurements go to {@code target/slides-audit.txt}.
 */
class Slides_BrowserIT {
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

    /** The decks to audit: the committed notebooks' and the overflow fixture's, or those in -Dumbrella.slides.dir. */
    static List<Path> decks() throws IOException {
        String given = System.getProperty("umbrella.slides.dir", "");
        if (!given.isBlank()) {
            try (var files = Files.list(Path.of(given))) {
                return files.filter(f -> f.getFileName().toString().endsWith(".slides.html"))
                        .sorted()
                        .toList();
            }
        }
        List<Notebook> notebooks = new ArrayList<>();
        for (Path f : Publish.notebooksIn(Path.of("notebooks"))) {
            notebooks.add(Notebook.read(f));
        }
        notebooks.add(overflowing());
        return Slides.write(notebooks, dir.resolve("decks"));
    }

    /**
     * A notebook built to break a naive deck: a title slide with a dozen paragraphs, a 30-row table of 19 columns
     * with URLs and long quotes, a heading with text above a figure, 120 lines of printed output, a long code cell
     * that is shown, fragments and a notes cell.
     */
    static Notebook overflowing() {
        var cells = new JsonArray();
        String prose =
                "This paragraph is long on purpose: a notebook written for readers at a desk says more than a slide"
                        + " can hold, and the deck must still fit the stage without scrolling or shrinking the text. ";
        cells.add(markdown("slide", "# A notebook that does not fit\n\n" + (prose.repeat(2) + "\n\n").repeat(12)));
        StringColumnBuilder wide = new StringColumnBuilder();
        cells.add(output("subslide", wide.table(), List.of("remove-input")));
        cells.add(markdown("slide", "## A figure under text\n\n" + prose.repeat(3) + "\n\n" + prose.repeat(2)));
        var figure = new tech.tablesaw.plotly.components.Figure(
                tech.tablesaw.plotly.components.Layout.builder(
                                "A long figure title that states a message and runs on well"
                                        + " past the width of the plot area, as computed titles do")
                        .height(480)
                        .build(),
                tech.tablesaw.plotly.traces.ScatterTrace.builder(new double[] {1, 2, 3, 4}, new double[] {3, 1, 4, 1})
                        .name("a legend entry with a long name")
                        .build());
        cells.add(output("-", dev.umbrella.present.FigureView.of(figure).html(), List.of("remove-input")));
        var lines = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            lines.append("line ").append(i).append(" of printed output, long enough to matter on a slide\n");
        }
        cells.add(stream("slide", lines.toString(), "for (int i = 1; i <= 120; i++) {\n    System.out.println(i);\n}"));
        cells.add(markdown("fragment", "* a fragment\n* " + prose + "\n* " + prose));
        cells.add(markdown("notes", "Say this, not show it: the notes go to the speaker view."));
        var nb = new JsonObject();
        nb.add("cells", cells);
        nb.add("metadata", new JsonObject());
        nb.addProperty("nbformat", 4);
        nb.addProperty("nbformat_minor", 5);
        return Notebook.parse("overflow.ipynb", nb.toString(), "overflow.ipynb");
    }

    /** A 30-row table of 19 columns: ids, numbers, a long quote and a source URL per row (TableView's HTML). */
    static final class StringColumnBuilder {
        String table() {
            var t = tech.tablesaw.api.Table.create("a wide and tall result table");
            t.addColumns(tech.tablesaw.api.StringColumn.create("engineer"));
            for (int c = 1; c <= 16; c++) {
                t.addColumns(tech.tablesaw.api.DoubleColumn.create("measure_" + c));
            }
            t.addColumns(
                    tech.tablesaw.api.StringColumn.create("quote"),
                    tech.tablesaw.api.StringColumn.create("source_url"));
            for (int r = 0; r < 30; r++) {
                t.stringColumn("engineer").append("person " + r);
                for (int c = 1; c <= 16; c++) {
                    t.doubleColumn("measure_" + c).append(r * 1000.123456 + c);
                }
                t.stringColumn("quote")
                        .append("A quotation from a published report that goes on for a while, as"
                                + " quotations in reported_metrics.csv do, so that it cannot fit one cell of a slide table "
                                + r);
                t.stringColumn("source_url").append("https://example.org/reports/" + r + "/a-very-long-path-segment");
            }
            return dev.umbrella.present.TableView.of(t).withMaxRows(30).html();
        }
    }

    private static JsonObject cell(String type, String slideType, List<String> tags) {
        var c = new JsonObject();
        c.addProperty("cell_type", type);
        var meta = new JsonObject();
        var slideshow = new JsonObject();
        slideshow.addProperty("slide_type", slideType);
        meta.add("slideshow", slideshow);
        var tagArray = new JsonArray();
        tags.forEach(tagArray::add);
        if (!tags.isEmpty()) {
            meta.add("tags", tagArray);
        }
        c.add("metadata", meta);
        return c;
    }

    private static JsonObject markdown(String slideType, String source) {
        var c = cell("markdown", slideType, List.of());
        c.addProperty("source", source);
        return c;
    }

    private static JsonObject output(String slideType, String html, List<String> tags) {
        var c = cell("code", slideType, tags);
        c.addProperty("source", "show()");
        c.addProperty("execution_count", 1);
        var data = new JsonObject();
        data.addProperty("text/html", html);
        data.addProperty("text/plain", "shown");
        var out = new JsonObject();
        out.add("data", data);
        out.add("metadata", new JsonObject());
        out.addProperty("output_type", "display_data");
        var outputs = new JsonArray();
        outputs.add(out);
        c.add("outputs", outputs);
        return c;
    }

    private static JsonObject stream(String slideType, String text, String source) {
        var c = cell("code", slideType, List.of());
        c.addProperty("source", source);
        c.addProperty("execution_count", 2);
        var out = new JsonObject();
        out.addProperty("name", "stdout");
        out.addProperty("output_type", "stream");
        out.addProperty("text", text);
        var outputs = new JsonArray();
        outputs.add(out);
        c.add("outputs", outputs);
        return c;
    }

    static JsonArray audit(Path deck) throws Exception {
        Chromium.Tab tab = chromium.open(deck.toUri().toString());
        assertThat(tab.await(Chromium.FIGURES_DRAWN, Duration.ofSeconds(30)))
                .as(deck + ": every figure drawn")
                .isTrue();
        String script;
        try (InputStream in = Slides_BrowserIT.class.getResourceAsStream("slide-audit.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonArray slides = JsonParser.parseString(tab.eval(script)).getAsJsonArray();
        assertThat(tab.errors()).as(deck + ": console errors").isEmpty();
        // -Dumbrella.screenshots=DIR: every slide as the audience sees it, for a person to look through.
        String shots = System.getProperty("umbrella.screenshots", "");
        boolean canGo = "true".equals(tab.eval("String(!!(window.umbrellaSlides && window.umbrellaSlides.go))"));
        if (!shots.isBlank() && canGo) {
            Path out = Files.createDirectories(Path.of(shots));
            for (int k = 0; k < slides.size(); k++) {
                tab.eval("window.umbrellaSlides.go(" + k + ", true); new Promise(r => setTimeout(() => r('ok'), 150))");
                JsonObject s = slides.get(k).getAsJsonObject();
                tab.screenshot(out.resolve(deck.getFileName().toString().replace(".slides.html", "")
                        + String.format(
                                Locale.ROOT,
                                "-%02d-%s-%s.png",
                                k,
                                s.get("h").getAsString(),
                                s.get("v").getAsString())));
            }
        }
        return slides;
    }

    @Test
    void everySlideOfEveryDeckFitsTheStageWithFiguresInViewAndLegibleText() throws Exception {
        List<Path> decks = decks();
        assertThat(decks).isNotEmpty();
        List<String> problems = new ArrayList<>();
        var summary = new StringBuilder(String.format(
                Locale.ROOT,
                "%-34s %6s %8s %8s %9s %9s %9s%n",
                "deck",
                "slides",
                "tallest",
                "widest",
                "min text",
                "min plot",
                "min title"));
        for (Path deck : decks) {
            JsonArray slides = audit(deck);
            String name = deck.getFileName().toString();
            int tallest = 0;
            int widest = 0;
            double minText = Double.MAX_VALUE;
            double minPlot = Double.MAX_VALUE;
            double minTitle = Double.MAX_VALUE;
            for (JsonElement e : slides) {
                JsonObject s = e.getAsJsonObject();
                String where = name + " #/" + s.get("h").getAsString() + "/"
                        + s.get("v").getAsString() + " \"" + s.get("heading").getAsString() + "\"";
                int height = Math.max(
                        s.get("scrollHeight").getAsInt(), s.get("bottom").getAsInt());
                int width =
                        Math.max(s.get("scrollWidth").getAsInt(), s.get("right").getAsInt());
                tallest = Math.max(tallest, height);
                widest = Math.max(widest, width);
                minText = min(minText, s, "minText");
                minPlot = min(minPlot, s, "minPlotText");
                minTitle = min(minTitle, s, "minTitle");
                if (height > 720) {
                    problems.add(where + ": " + height + " px tall");
                }
                if (width > 1280) {
                    problems.add(where + ": " + width + " px wide");
                }
                if (s.getAsJsonArray("figuresOutOfView").size() > 0) {
                    problems.add(where + ": figure not fully in view at " + s.getAsJsonArray("figuresOutOfView"));
                }
                if (s.getAsJsonArray("smallText").size() > 0) {
                    problems.add(where + ": text too small: " + s.getAsJsonArray("smallText"));
                }
                if (s.get("modebar").getAsBoolean()) {
                    problems.add(where + ": plotly mode bar shown");
                }
            }
            summary.append(String.format(
                    Locale.ROOT,
                    "%-34s %6d %6dpx %6dpx %7spx %7spx %7spx%n",
                    name,
                    slides.size(),
                    tallest,
                    widest,
                    px(minText),
                    px(minPlot),
                    px(minTitle)));
        }
        Path report = Path.of("target", "slides-audit.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(
                report, summary + (problems.isEmpty() ? "no problems\n" : String.join("\n", problems) + "\n"));
        System.out.print(summary);
        assertThat(problems)
                .as("slides that do not fit the 1280x720 stage (see target/slides-audit.txt)")
                .isEmpty();
    }

    /** The talk deck and the overflow fixture, written fresh: the decks the navigation tests step through. */
    private static Path deck(String name) throws IOException {
        List<Path> decks = decks();
        return decks.stream()
                .filter(d -> d.getFileName().toString().equals(name + ".slides.html"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no deck " + name + " in " + decks));
    }

    @Test
    void aClickerReachesEverySlideForwardAndBack() throws Exception {
        for (String name : List.of("05-talk", "overflow")) {
            Chromium.Tab tab = chromium.open(deck(name).toUri().toString());
            int count = Integer.parseInt(tab.eval("String(window.umbrellaSlides.count)"));
            assertThat(count).isGreaterThan(5);
            List<Integer> forward = new ArrayList<>();
            // PageDown is what a clicker sends; fragments take a press each, so press until the last slide is reached
            for (int press = 0; press < 3 * count && forward.size() < count - 1; press++) {
                tab.press(press % 2 == 0 ? "PageDown" : "ArrowRight");
                int now = Integer.parseInt(tab.eval("String(window.umbrellaSlides.current())"));
                if (forward.isEmpty() || forward.get(forward.size() - 1) != now) {
                    forward.add(now);
                }
            }
            List<Integer> expected = new ArrayList<>();
            for (int k = 1; k < count; k++) {
                expected.add(k);
            }
            assertThat(forward)
                    .as(name + ": every slide in order, vertical ones included")
                    .isEqualTo(expected);
            for (int press = 0; press < 3 * count; press++) {
                tab.press(press % 2 == 0 ? "PageUp" : "ArrowLeft");
            }
            assertThat(tab.eval("String(window.umbrellaSlides.current())")).isEqualTo("0");
            assertThat(tab.errors()).isEmpty();
        }
    }

    @Test
    void deepLinksOpenTheirSlideOnLoadAndAfterIt() throws Exception {
        Path overflow = deck("overflow");
        Chromium.Tab tab = chromium.open(overflow.toUri() + "#/0/3");
        assertThat(
                        tab.eval(
                                "document.querySelector('section.current').dataset.h + '/' + document.querySelector('section.current').dataset.v"))
                .isEqualTo("0/3");
        tab.eval("location.hash = '#/1/1'; new Promise(r => setTimeout(() => r(''), 100))");
        assertThat(tab.eval("location.hash")).isEqualTo("#/1/1");
        assertThat(
                        tab.eval(
                                "document.querySelector('section.current').dataset.h + '/' + document.querySelector('section.current').dataset.v"))
                .isEqualTo("1/1");
        assertThat(tab.eval("String(document.querySelectorAll('section.current').length)"))
                .isEqualTo("1");
    }

    @Test
    void notesStayOffTheSlideAndShowInTheSpeakerView() throws Exception {
        Chromium.Tab tab = chromium.open(deck("overflow").toUri().toString());
        assertThat(
                        tab.eval(
                                "String([...document.querySelectorAll('aside.notes')].every(n => getComputedStyle(n).display === 'none'))"))
                .as("no note is ever on a slide")
                .isEqualTo("true");
        // the notes cell of the last column (on its first slide: continuations do not repeat it), and the sources
        // the table gave up, are speaker notes
        int last = Integer.parseInt(tab.eval("String([...document.querySelectorAll('section.slide')]"
                + ".findIndex(s => s.dataset.h === '2' && s.dataset.v === '0'))"));
        assertThat(last).isPositive();
        tab.eval("window.umbrellaSlides.go(" + last + ", true); ''");
        assertThat(tab.eval("window.umbrellaSlides.notes()")).contains("Say this, not show it");
        assertThat(tab.eval("[...document.querySelectorAll('aside.notes')].map(n => n.textContent).join(' ')"))
                .contains("source_url: https://example.org/reports/0/a-very-long-path-segment")
                .contains("as quotations in reported_metrics.csv do");
        tab.press("s");
        Chromium.Tab speaker = null;
        for (int i = 0; i < 50 && speaker == null; i++) {
            Thread.sleep(100);
            speaker = chromium.attach("Speaker view");
        }
        assertThat(speaker).as("s opens the speaker view").isNotNull();
        assertThat(speaker.eval("document.getElementById('notes').textContent")).contains("Say this, not show it");
        assertThat(speaker.eval("document.getElementById('count').textContent"))
                .startsWith("Slide " + (last + 1) + " of ");
        assertThat(tab.eval("String(document.body.classList.contains('show-notes'))"))
                .as("nothing over the slide")
                .isEqualTo("false");
        tab.press("Home");
        assertThat(speaker.eval("document.getElementById('count').textContent")).startsWith("Slide 1 of ");
    }

    @Test
    void pdfHasOne1280x720PagePerSlideAndTheSameBytesEachTime() throws Exception {
        Path talk = deck("05-talk");
        Chromium.Tab tab = chromium.open(talk.toUri().toString());
        int slides = Integer.parseInt(tab.eval("String(window.umbrellaSlides.count)"));
        Path pdf = SlidesPdf.write(List.of(talk)).get(0);
        byte[] first = Files.readAllBytes(pdf);
        String text = new String(first, StandardCharsets.ISO_8859_1);
        assertThat(pdf.getFileName().toString()).isEqualTo("05-talk.slides.pdf");
        assertThat(text).startsWith("%PDF-");
        // 1280x720 CSS px = 960x540 pt
        assertThat(text.split("/MediaBox \\[0 0 960 540\\]", -1).length - 1)
                .as("pages of 960x540 pt")
                .isEqualTo(slides);
        assertThat(text).doesNotContain("/MediaBox [0 0 612 792]");
        SlidesPdf.write(List.of(talk));
        assertThat(Files.readAllBytes(pdf)).as("no print time in the file").isEqualTo(first);
    }

    private static double min(double current, JsonObject slide, String key) {
        JsonElement v = slide.get(key);
        return v == null || v.isJsonNull() ? current : Math.min(current, v.getAsDouble());
    }

    private static String px(double v) {
        return v == Double.MAX_VALUE ? "-" : String.format(Locale.ROOT, "%.0f", v);
    }
}
