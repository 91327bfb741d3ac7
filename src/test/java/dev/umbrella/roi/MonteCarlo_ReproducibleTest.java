package dev.umbrella.roi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.Synthetic;
import org.junit.jupiter.api.Test;

class MonteCarlo_ReproducibleTest {

    private final Roi roi = Roi.of(Fixtures.handWorked(), Synthetic.ENGINEER);

    @Test
    void sameSeedGivesIdenticalDraws() {
        Simulation a = roi.seed(7).simulate(10_000);
        Simulation b = roi.seed(7).simulate(10_000);

        assertThat(a.values("npv")).containsExactly(b.values("npv"));
        assertThat(a.toTable().toString()).isEqualTo(b.toTable().toString());
        assertThat(a.toString()).isEqualTo(b.toString());
    }

    @Test
    void otherSeedGivesOtherDraws() {
        assertThat(roi.seed(7).simulate(1_000).values("npv")).isNotEqualTo(roi.seed(8).simulate(1_000).values("npv"));
    }

    @Test
    void drawsDoNotDependOnTheChunking() {
        // 1,500 draws span two chunks; the first 1,000 equal a 1,000-draw run because every parameter has its
        // own stream.
        double[] longer = roi.simulate(1_500).values("roi");
        double[] shorter = roi.simulate(1_000).values("roi");

        assertThat(java.util.Arrays.copyOf(longer, 1_000)).containsExactly(shorter);
    }

    @Test
    void fixingOneParameterLeavesTheOthersDrawsUnchanged() {
        // Common random numbers: with the harm probability fixed at its base, the PV costs (which depend only on
        // the overhead draws) are identical.
        double[] free = roi.simulate(2_000).values("pv_costs");
        double[] fixed = roi.with("harm_probability_per_install", 0.0001).simulate(2_000).values("pv_costs");

        assertThat(fixed).containsExactly(free);
    }

    @Test
    void allParametersFixedGivesTheBaseEvaluationOnEveryDraw() {
        Roi allFixed = roi.with("security_commits_change", 2).with("overhead_share", 0.2)
                .with("hours_per_security_commit", 5).with("installs_per_exposure_hour", 10)
                .with("harm_probability_per_install", 0.0001).with("attribution_share_registry", 0.5)
                .with("malware_reports_per_year", 100).with("response_hours_funded", 2)
                .with("response_hours_volunteer", 10);

        Simulation simulation = allFixed.simulate(100);

        assertThat(simulation.values("roi")).containsOnly(allFixed.evaluate().roi());
        assertThat(simulation.probabilityPositive()).isEqualTo(1.0);
    }

    @Test
    void summaryHasEveryMeasureAndTheProbabilityOfPositiveRoi() {
        Simulation simulation = roi.simulate(5_000);

        assertThat(simulation.toTable().stringColumn("measure").asList())
                .containsExactly("roi", "bcr", "npv", "pv_benefits", "pv_costs", "P(ROI > 0)");
        assertThat(simulation.probabilityPositive()).isBetween(0.0, 1.0);
        assertThat(simulation.histogram("roi", 40).intColumn("draws").sum()).isEqualTo(5_000);
        assertThat(simulation.interval("roi").contains(simulation.median("roi"))).isTrue();
        tech.tablesaw.api.Table exceedance = simulation.exceedance("npv", 11);
        assertThat(exceedance.doubleColumn("probability_above").get(0)).isCloseTo(0.99, org.assertj.core.data.Offset.offset(0.001));
        assertThat(exceedance.doubleColumn("probability_above").get(10)).isCloseTo(0.01, org.assertj.core.data.Offset.offset(0.001));
    }
}
