package dev.umbrella.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.Synthetic;
import dev.umbrella.Synthetic.Scenario;
import org.junit.jupiter.api.Test;

class Placebo_RankTest {

    @Test
    void plantedEffectRanksFirstInSpaceAndInTime() {
        PlaceboResult placebo = Estimates.of(Synthetic.inputs(Scenario.planted(10)), Synthetic.ENGINEER)
                .placebo("commits");

        assertThat(placebo.inSpace().rank()).isEqualTo(1);
        assertThat(placebo.inSpace().pValue()).isEqualTo(1.0 / 31);
        assertThat(placebo.inTime().rank()).isEqualTo(1);
        assertThat(placebo.inTime().units()).isNotEmpty().allMatch(month -> month.compareTo("2022-11") <= 0);
    }

    @Test
    void noPlantedEffectGivesAnUnremarkableRank() {
        PlaceboResult placebo = Estimates.of(Synthetic.inputs(Scenario.planted(0)), Synthetic.ENGINEER)
                .placebo("commits");

        assertThat(placebo.inSpace().pValue()).as(placebo.toString()).isGreaterThan(0.1);
        assertThat(placebo.inTime().pValue()).as(placebo.toString()).isGreaterThan(0.1);
    }

    @Test
    void inSpacePValueIsCalibratedWithoutAnEffect() {
        // Under no effect the engineer is exchangeable with the comparison contributors, so p <= 0.05 should
        // happen in about 5% of worlds: here at most 4 of 40 seeds (binomial(40, 0.05) exceeds 4 with p ≈ 0.05).
        int rejections = 0;
        for (long seed = 1; seed <= 40; seed++) {
            PlaceboResult placebo = Estimates.of(
                            Synthetic.inputs(Scenario.planted(0).withSeed(seed)), Synthetic.ENGINEER)
                    .placebo("commits");
            rejections += placebo.inSpace().pValue() <= 0.05 ? 1 : 0;
        }
        assertThat(rejections).isLessThanOrEqualTo(4);
    }
}
