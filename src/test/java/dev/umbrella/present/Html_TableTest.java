package dev.umbrella.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One table writer for the talk's slides and the run summary: every cell escaped, so data cannot inject markup. */
class Html_TableTest {
    @Test
    void everyCellIsEscapedAndTheClassIsOptional() {
        String html = Html.table(
                "summary",
                List.of("engineer", "ROI > 0 in"),
                List.of(List.of("<b>Eng</b>", "81%"), List.of("O'Neil & co", "< 0.1%")));
        assertThat(html)
                .isEqualTo("<table class=\"summary\">\n<thead><tr><th>engineer</th><th>ROI &gt; 0 in</th></tr>"
                        + "</thead>\n<tbody>\n<tr><td>&lt;b&gt;Eng&lt;/b&gt;</td><td>81%</td></tr>\n"
                        + "<tr><td>O&#39;Neil &amp; co</td><td>&lt; 0.1%</td></tr>\n</tbody>\n</table>\n");
        assertThat(Html.table("", List.of("a"), List.of())).startsWith("<table>\n<thead>");
    }
}
