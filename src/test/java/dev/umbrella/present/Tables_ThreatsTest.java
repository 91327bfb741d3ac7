package dev.umbrella.present;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.Synthetic;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.estimate.Segment;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class Tables_ThreatsTest {
    @Test
    void everyThreatHasItsDirectionItsCheckAndEvidenceComputedFromTheData() {
        Estimates e = Estimates.of(Synthetic.inputs(Synthetic.Scenario.planted(3)), Synthetic.ENGINEER)
                .seed(7);

        Table t = Tables.threats(e);

        assertThat(t.stringColumn("threat").asList())
                .containsExactly(
                        "partly paid volunteer years",
                        "day jobs",
                        "concurrent funded staff and grants",
                        "new mandates and new jobs",
                        "missing repositories",
                        "short post-periods",
                        "stale exports",
                        "misclassified commits",
                        "spillover and substitution");
        assertThat(t.stringColumn("what it does to the estimates").asList()).allMatch(s -> !s.isBlank());
        assertThat(t.stringColumn("where it is checked").asList()).allMatch(s -> !s.isBlank());
        int post = e.timeline().indices(Segment.POST).length;
        assertThat(t.stringColumn("evidence in the data").get(5))
                .isEqualTo("eng: " + post + " funded months, " + e.timeline().indices(Segment.PRE).length
                        + " volunteer months");
        assertThat(t.stringColumn("evidence in the data").get(3))
                .isEqualTo("eng: 0 of "
                        + (int) Math.round(
                                e.effect("security_commits").rates().get(1).value() * post)
                        + " funded-window security commits in advisory databases");
        assertThat(t.stringColumn("evidence in the data").get(4)).isEqualTo("eng: none known");
        assertThat(t.stringColumn("evidence in the data").get(6)).isEqualTo("eng: none");
        assertThat(t.stringColumn("evidence in the data").get(7))
                .isEqualTo("eng: insufficient data: no security labels in these inputs");
    }

    @Test
    void robustnessRowsRestateTheSensitivityAndSpilloverResults() {
        Estimates e = Estimates.of(Synthetic.inputs(Synthetic.Scenario.planted(3)), Synthetic.ENGINEER)
                .seed(7);

        Table t = Tables.robustness("security_commits", e);

        var s = e.sensitivity("security_commits");
        assertThat(t.rowCount()).isEqualTo(1);
        assertThat(t.stringColumn("change: specifications agreeing").get(0)).isEqualTo("10 of 10");
        assertThat(t.stringColumn("change [95%]").get(0))
                .startsWith(Readable.signed(s.base().change().value()) + " [");
        // the planted world has no repository outside the engineer's: said, not guessed
        assertThat(t.stringColumn("DiD vs other repositories [95%]").get(0)).startsWith("insufficient data");
    }
}
