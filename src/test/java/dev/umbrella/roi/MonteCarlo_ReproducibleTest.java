package dev.umbrella.roi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.Synthetic;
import org.junit.jupiter.api.Test;

class MonteCarlo_ReproducibleTest {

    private static final Method EL = Method.EXPECTED_LOSS;
    private final Roi roi = Roi.of(Fixtures.handWorked(), Synthetic.ENGINEER);

    @Test
    void sameSeedGivesIdenticalDraws() {
        Simulation a = roi.seed(7).simulate(10_000);
        Simulation b = roi.seed(7).simulate(10_000);

        assertThat(a.values(EL, "npv")).containsExactly(b.values(EL, "npv"));
        assertThat(a.toTable().toString()).isEqualTo(b.toTable().toString());
        assertThat(a.toString()).isEqualTo(b.toString());
    }

    @Test
    void otherSeedGivesOtherDraws() {
        assertThat(roi.seed(7).simulate(1_000).values(EL, "npv"))
                .isNotEqualTo(roi.seed(8).simulate(1_000).values(EL, "npv"));
    }

    @Test
    void drawsDoNotDependOnTheChunking() {
        // 1,500 draws span two chunks; the first 1,000 equal a 1,000-draw run because every parameter has its
        // own stream.
        double[] longer = roi.simulate(1_500).values(EL, "roi");
        double[] shorter = roi.simulate(1_000).values(EL, "roi");

        assertThat(java.util.Arrays.copyOf(longer, 1_000)).containsExactly(shorter);
    }

    @Test
    void fixingOneParameterLeavesTheOthersDrawsUnchanged() {
        // Common random numbers: with the harm probability fixed, the PV costs (which depend only on the overhead
        // draws) are identical.
        double[] free = roi.simulate(2_000).values(EL, "pv_costs");
        double[] fixed =
                roi.with("harm_probability_per_install", 0.0001).simulate(2_000).values(EL, "pv_costs");

        assertThat(fixed).containsExactly(free);
    }

    @Test
    void allParametersFixedGivesTheBaseEvaluationOnEveryDraw() {
        Roi allFixed = roi.with("security_commits_change", 2)
                .with("overhead_share", 0.2)
                .with("hours_per_security_commit", 5)
                .with("installs_per_exposure_hour", 10)
                .with("harm_probability_per_install", 0.0001)
                .with("attribution_share_registry", 0.5);

        Simulation simulation = allFixed.simulate(100);

        assertThat(simulation.values(EL, "roi"))
                .containsOnly(allFixed.evaluate().roi(EL));
        assertThat(simulation.probabilityPositive(EL)).isEqualTo(1.0);
        assertThat(simulation.costEfficiency()).containsOnly(allFixed.evaluate().costEfficiency());
    }

    @Test
    void summaryHasEveryMeasureAndTheProbabilityOfPositiveRoi() {
        Simulation simulation = roi.simulate(5_000);

        var measures = simulation.toTable().stringColumn("measure").asList();
        assertThat(measures.get(0))
                .startsWith("not estimated: no outcome-based benefit can be valued "
                        + "(package_removed.market_price: not added");
        assertThat(measures.subList(1, measures.size()))
                .containsExactly("roi", "bcr", "npv", "pv_benefits", "pv_costs", "P(ROI > 0)", "cost-efficiency");
        assertThat(simulation.probabilityPositive(EL)).isBetween(0.0, 1.0);
        assertThat(simulation.histogram(EL, "roi", 40).intColumn("draws").sum()).isEqualTo(5_000);
        assertThat(simulation.interval(EL, "roi").contains(simulation.median(EL, "roi")))
                .isTrue();
    }
}
