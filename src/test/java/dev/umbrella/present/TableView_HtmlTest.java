package dev.umbrella.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableView_HtmlTest {
    private static Table people() {
        return Table.create(
                "people",
                StringColumn.create("person_id", "seth", "mike", "samuel"),
                StringColumn.create("note", "<b>PSF</b> & \"DiR\"", "PyPI 'safety'", null),
                DoubleColumn.create("amount_usd", 144000.0, Double.NaN, 2.5));
    }

    @Test
    void smallTableMatchesGolden() {
        Golden.assertMatches("table-small.html", TableView.of(people()).html());
        Golden.assertMatches("table-small.txt", TableView.of(people()).text());
    }

    @Test
    void markupInDataIsEscaped() {
        String html = TableView.of(people()).html();
        assertThat(html)
                .contains("&lt;b&gt;PSF&lt;/b&gt; &amp; &quot;DiR&quot;")
                .contains("PyPI &#39;safety&#39;")
                .doesNotContain("<b>PSF</b>");
    }

    @Test
    void longTableShowsHeadTailAndNote() {
        var table = Table.create("months", IntColumn.indexColumn("month", 100, 1));
        var view = TableView.of(table).withMaxRows(6);
        assertThat(view.note()).isEqualTo("6 of 100 rows × 1 column");
        String html = view.html();
        assertThat(html)
                .contains(">1</td>")
                .contains(">3</td>")
                .doesNotContain(">4</td>")
                .contains("…")
                .contains(">98</td>")
                .contains(">100</td>")
                .doesNotContain(">97</td>");
        Golden.assertMatches("table-long.txt", view.text());
    }

    @Test
    void tinyRowLimitIsRejected() {
        assertThatThrownBy(() -> TableView.of(people()).withMaxRows(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
