package dev.umbrella.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.umbrella.Synthetic;
import dev.umbrella.Synthetic.Scenario;
import dev.umbrella.model.Metric;
import java.util.List;
import org.junit.jupiter.api.Test;

class Summary_HolmTest {

    private static Summary.Row row(double p) {
        Estimate none = Estimate.insufficient("x", "test");
        return new Summary.Row(Metric.COMMITS, none, none, none, none, none, Double.NaN, p, Double.NaN);
    }

    @Test
    void holmMultipliesBySizeOfTheRemainingSetAndStaysMonotone() {
        // p = 0.01, 0.04, 0.03, NaN: sorted 0.01 (×3 = 0.03), 0.03 (×2 = 0.06), 0.04 (×1 = 0.04 → 0.06 monotone).
        List<Summary.Row> adjusted = Summary.holm(List.of(row(0.01), row(0.04), row(0.03), row(Double.NaN)));

        assertThat(adjusted.get(0).holmSpaceP()).isCloseTo(0.03, offset(1e-12));
        assertThat(adjusted.get(2).holmSpaceP()).isCloseTo(0.06, offset(1e-12));
        assertThat(adjusted.get(1).holmSpaceP()).isCloseTo(0.06, offset(1e-12));
        assertThat(adjusted.get(3).holmSpaceP()).isNaN();
    }

    @Test
    void summaryHasOneRowPerMetricAndThePlantedEffect() {
        Summary summary = Estimates.of(Synthetic.inputs(Scenario.planted(10)), Synthetic.ENGINEER)
                .summary();

        assertThat(summary.toTable().stringColumn("metric").asList())
                .containsExactly(
                        "commits",
                        "co_authored_commits",
                        "security_commits",
                        "active_days",
                        "lines_changed",
                        "repo_share",
                        "working_hours_share");
        Summary.Row security = summary.rows().get(2);
        assertThat(security.did().interval().contains(10)).isTrue();
        assertThat(security.holmSpaceP()).isGreaterThanOrEqualTo(security.placeboSpaceP());
    }
}
