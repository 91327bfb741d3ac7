package dev.umbrella.kernel.display;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.model.Tabular;
import dev.umbrella.present.FigureSequence;
import dev.umbrella.present.FigureView;
import dev.umbrella.present.Slide;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.ScatterTrace;

class UmbrellaExtension_RenderTest {
    private final Renderer renderer = new Renderer();

    UmbrellaExtension_RenderTest() {
        Renderers.register(renderer, new FigureSequence());
    }

    private static String html(DisplayData d) {
        return (String) d.getData(MIMEType.TEXT_HTML);
    }

    private static String text(DisplayData d) {
        return (String) d.getData(MIMEType.TEXT_PLAIN);
    }

    private static Figure figure() {
        return new Figure(ScatterTrace.builder(new double[] {1, 2}, new double[] {3, 4})
                .name("seth")
                .build());
    }

    record Estimate(String metric, double value) implements Tabular {
        @Override
        public Table toTable() {
            return Table.create("estimate", IntColumn.create("value", new int[] {(int) value}));
        }

        @Override
        public String toString() {
            return metric + " = " + value;
        }
    }

    @Test
    void tableGetsHtmlAndText() {
        var data = renderer.render(Table.create("t", IntColumn.indexColumn("n", 30, 1)));
        assertThat(html(data)).contains("<table>").contains("20 of 30 rows × 1 column");
        assertThat(text(data)).contains("20 of 30 rows");
    }

    @Test
    void talkSlideShowsHeadingBodyAndNotesAsHtmlAndText() {
        var data = renderer.render(new Slide("Costs rose", "<p>a &amp; b</p>\n", "Say the total."));
        assertThat(html(data))
                .contains("<h2>Costs rose</h2>")
                .contains("<aside class=\"notes\"")
                .contains("Say the total.");
        assertThat(text(data)).isEqualTo("Costs rose\n\na & b\n\nSpeaker notes: Say the total.");
    }

    @Test
    void analysisResultShowsItsTableAndItsOwnText() {
        var data = renderer.render(new Estimate("security_commits", 12));
        assertThat(html(data)).contains("<caption>estimate</caption>").contains(">12</td>");
        assertThat(text(data)).isEqualTo("security_commits = 12.0");
    }

    private static Figure other() {
        return new Figure(ScatterTrace.builder(new double[] {1, 2}, new double[] {5, 6})
                .name("mike")
                .build());
    }

    private static final String BUNDLE = "plotly.js (cartesian - minified) v1.54.1";

    @Test
    void onlyTheFirstFigureCarriesTheBundleAndRepeatsGetNewIds() {
        var first = renderer.render(figure());
        var second = renderer.render(other());
        assertThat(html(first)).contains(BUNDLE);
        assertThat(html(second)).doesNotContain(BUNDLE);
        String id = FigureView.contentId(figure());
        assertThat(html(first)).contains("id=\"" + id + "\"");
        assertThat(html(renderer.render(figure()))).contains("id=\"" + id + "_2\"");
        assertThat(text(first)).isEqualTo("Figure (1 trace: scatter \"seth\")");
    }

    @Test
    void rerunningTheFirstFigureSendsTheBundleAgain() {
        renderer.render(figure());
        assertThat(html(renderer.render(other()))).doesNotContain(BUNDLE);
        // the page lost plotly.js (reloaded without saving): "Re-run that cell" must draw again
        assertThat(html(renderer.render(figure()))).contains(BUNDLE);
        assertThat(html(renderer.render(other()))).doesNotContain(BUNDLE);
    }

    @Test
    void aNewPageGetsTheBundleWithItsNextFigure() {
        var figures = new FigureSequence();
        var r = new Renderer();
        Renderers.register(r, figures);
        assertThat(html(r.render(figure()))).contains(BUNDLE);
        assertThat(html(r.render(other()))).doesNotContain(BUNDLE);
        figures.pageMayLackBundle();
        assertThat(html(r.render(other()))).contains(BUNDLE);
        assertThat(html(r.render(new Figure(
                        ScatterTrace.builder(new double[] {1}, new double[] {2}).build()))))
                .doesNotContain(BUNDLE);
    }
}
