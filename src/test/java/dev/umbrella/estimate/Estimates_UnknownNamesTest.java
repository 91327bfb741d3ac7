package dev.umbrella.estimate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.umbrella.Synthetic;
import dev.umbrella.Synthetic.Scenario;
import dev.umbrella.model.Inputs;
import org.junit.jupiter.api.Test;

class Estimates_UnknownNamesTest {

    private final Inputs inputs = Synthetic.inputs(Scenario.planted(0).withComparisonUnits(2));

    @Test
    void unknownEngineerListsValidIds() {
        assertThatThrownBy(() -> Estimates.of(inputs, "bob"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown engineer 'bob'; valid ids: eng");
    }

    @Test
    void unknownMetricListsValidMetrics() {
        assertThatThrownBy(() -> Estimates.of(inputs, "eng").effect("stars"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown metric 'stars'; valid metrics: commits, co_authored_commits, security_commits, "
                        + "active_days, lines_changed, repo_share, working_hours_share");
    }

    @Test
    void unknownRepositoryListsValidRepositories() {
        assertThatThrownBy(() -> Estimates.of(inputs, "eng").repos("nope/nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown repository 'nope/nope'; valid repositories: org/repo");
    }

    @Test
    void badSettingsFailWithTheRule() {
        assertThatThrownBy(() -> Estimates.of(inputs, "eng").transition(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("transition months must be >= 0, got -1");
    }
}
