package dev.umbrella.present;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;

class FigureView_HtmlTest {
    private static Figure commits() {
        var seth = ScatterTrace.builder(new double[] {1, 2, 3}, new double[] {4, 9, 7})
                .name("seth")
                .build();
        var mike = BarTrace.builder(new Object[] {"a", "b"}, new double[] {2, 5})
                .name("mike")
                .build();
        return new Figure(Layout.builder("Security commits").build(), seth, mike);
    }

    @Test
    void figureWithoutBundleMatchesGolden() {
        Golden.assertMatches("figure.html", FigureView.of(commits()).html());
    }

    @Test
    void divIdComesFromContentAndIsAStableIdentifier() {
        String id = FigureView.contentId(commits());
        assertThat(id).matches("umbrella_fig_[0-9a-f]{12}").isEqualTo(FigureView.contentId(commits()));
        var other = new Figure(
                ScatterTrace.builder(new double[] {1}, new double[] {2}).build());
        assertThat(FigureView.contentId(other)).isNotEqualTo(id);
    }

    @Test
    void outputHasUnixLineEndingsAndNoCdnOrRequireJs() {
        String withBundle = FigureView.of(commits()).withBundle(true).html();
        assertThat(withBundle)
                .doesNotContain("\r")
                .doesNotContain("<script src")
                .contains("plotly.js (cartesian - minified) v1.54.1")
                .contains("(function (define, require, exports, module)");
        String plain = FigureView.of(commits()).html();
        assertThat(plain)
                .doesNotContain("plotly.js (cartesian")
                .doesNotContain("cdn.")
                .doesNotContain("require(")
                .doesNotContain("\r");
    }

    @Test
    void sizeIsResponsiveAndCappedForAProjector() {
        String html = FigureView.of(commits()).html();
        assertThat(html)
                .contains("delete layout.width;")
                .contains("layout.autosize = true;")
                .contains("Math.min(layout.height || 480, 480)")
                .contains("config.responsive = true;");
    }

    @Test
    void titleIsHtmlAbovethePlotSoTheModeBarCannotCoverIt() {
        var titled = new Figure(
                Layout.builder("Mike: <b>rates</b> & changes").build(),
                ScatterTrace.builder(new double[] {1}, new double[] {2}).build());
        String html = FigureView.of(titled).html();
        int title = html.indexOf("<div class=\"umbrella-figure-title\"");
        assertThat(title).isGreaterThanOrEqualTo(0).isLessThan(html.indexOf("class=\"umbrella-figure\""));
        assertThat(html)
                .contains("Mike: &lt;b&gt;rates&lt;/b&gt; &amp; changes</div>")
                .contains("delete layout.title;");
        var untitled = new Figure(
                ScatterTrace.builder(new double[] {1}, new double[] {2}).build());
        assertThat(FigureView.of(untitled).html()).doesNotContain("umbrella-figure-title");
    }

    @Test
    void textNamesTitleAndTraces() {
        assertThat(FigureView.of(commits()).text())
                .isEqualTo("Figure \"Security commits\" (2 traces: scatter \"seth\", bar \"mike\")");
    }

    @Test
    void bundleIsTheWebjarsCartesianBuild() {
        assertThat(PlotlyJs.source()).startsWith("/**\n* plotly.js (cartesian - minified) v1.54.1");
        assertThat(PlotlyJs.source().length()).isBetween(900_000, 1_200_000);
        assertThat(PlotlyJs.source()).doesNotContainIgnoringCase("</script");
        assertThat(PlotlyJs.source()).as("no CDN address in the offline bundle").doesNotContain("cdn.");
    }
}
