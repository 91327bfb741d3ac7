package dev.umbrella.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.Synthetic;
import dev.umbrella.Synthetic.Scenario;
import org.junit.jupiter.api.Test;

class BeforeAfter_PlantedEffectTest {

    @Test
    void recoversPlusTenWithinInterval() {
        PeriodEffect effect = Estimates.of(Synthetic.inputs(Scenario.planted(10)), Synthetic.ENGINEER)
                .effect("commits");

        Estimate change = effect.change();
        assertThat(change.interval().contains(10)).as(change.toString()).isTrue();
        assertThat(change.interval().contains(0)).as(change.toString()).isFalse();
        assertThat(effect.rates()).extracting(Estimate::label).containsExactly("commits volunteer", "commits funded");
    }

    @Test
    void intervalIsIdenticalForTheSameSeedAndDiffersForAnother() {
        Estimates estimates = Estimates.of(Synthetic.inputs(Scenario.planted(10)), Synthetic.ENGINEER);

        Interval a = estimates.seed(7).effect("commits").change().interval();
        Interval b = estimates.seed(7).effect("commits").change().interval();
        Interval c = estimates.seed(8).effect("commits").change().interval();

        assertThat(a).isEqualTo(b);
        assertThat(c).isNotEqualTo(a);
    }

    @Test
    void windowsFollowTheDesign() {
        Estimates estimates = Estimates.of(Synthetic.inputs(Scenario.planted(10)), Synthetic.ENGINEER);

        PeriodEffect effect = estimates.transition(2).windows(36, 24).effect("security_commits");

        // Start 2023-01, transition 2 months = 2022-12 and 2023-01; pre = 36 months before, post = 24 after,
        // but the data end at 2024-12, so post has 23 months.
        assertThat(effect.rates().get(0).months()).isEqualTo(36);
        assertThat(effect.rates().get(0).method()).endsWith("2019-12..2022-11");
        assertThat(effect.rates().get(1).months()).isEqualTo(23);
        assertThat(effect.rates().get(1).method()).endsWith("2023-02..2024-12");
        assertThat(effect.change().interval().contains(10))
                .as(effect.toString())
                .isTrue();
        tech.tablesaw.api.Table spans = estimates.timeline().toTable();
        assertThat(spans.stringColumn("segment").asList()).containsExactly("pre", "transition", "post");
        assertThat(spans.intColumn("months").asList()).containsExactly(36, 2, 23);
    }
}
