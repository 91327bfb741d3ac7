package dev.umbrella.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.Synthetic;
import dev.umbrella.Synthetic.Scenario;
import org.junit.jupiter.api.Test;

class DiffInDiff_PlantedEffectTest {

    @Test
    void recoversPlusTenDespiteACommonTrendThatBiasesBeforeAfter() {
        // Everyone gains 0.15 commits per month per month. Between the middle of the pre window (2021-05) and the
        // middle of the post window (2024-01) that adds about 0.15 × 32 ≈ 4.8 commits per month to a naive
        // before/after comparison, but the comparison group cancels it in the DiD.
        Estimates estimates = Estimates.of(Synthetic.inputs(Scenario.planted(10).withTrend(0.15)), Synthetic.ENGINEER);

        DidResult did = estimates.did("commits");
        Estimate beforeAfter = estimates.effect("commits").change();

        assertThat(did.did().interval().contains(10)).as(did.toString()).isTrue();
        assertThat(did.did().interval().contains(0)).as(did.toString()).isFalse();
        assertThat(beforeAfter.interval().contains(10))
                .as(beforeAfter.toString())
                .isFalse();
        assertThat(beforeAfter.value()).isGreaterThan(13);
    }

    @Test
    void meansTableIsTheTwoByTwo() {
        DidResult did = Estimates.of(Synthetic.inputs(Scenario.planted(10)), Synthetic.ENGINEER)
                .did("commits");
        double[] m = did.means();

        assertThat(did.did().value())
                .isCloseTo((m[1] - m[0]) - (m[3] - m[2]), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(did.meansTable().rowCount()).isEqualTo(2);
        assertThat(did.cohort().members()).hasSize(30);
    }
}
