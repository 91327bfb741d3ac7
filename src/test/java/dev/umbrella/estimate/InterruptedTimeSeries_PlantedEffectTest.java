package dev.umbrella.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.Synthetic;
import dev.umbrella.Synthetic.Scenario;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class InterruptedTimeSeries_PlantedEffectTest {

    private final Estimates estimates =
            Estimates.of(Synthetic.inputs(Scenario.planted(10).withTrend(0.05)), Synthetic.ENGINEER);

    @Test
    void levelChangeOfPlusTenIsInsideBothIntervals() {
        ItsFit fit = estimates.its("commits");

        assertThat(fit.levelChange().interval().contains(10)).as(fit.toString()).isTrue();
        assertThat(fit.levelChange().interval().contains(0)).as(fit.toString()).isFalse();
        assertThat(fit.levelChangeBootstrap().interval().contains(10))
                .as(fit.toString())
                .isTrue();
        assertThat(fit.slopeChange().interval().contains(0)).as(fit.toString()).isTrue();
    }

    @Test
    void preTrendIsEstimatedAndContinuedAsTheCounterfactual() {
        ItsFit fit = estimates.its("commits");
        Table series = fit.series();

        // b1 (month) estimates the planted secular trend of 0.05 commits per month per month.
        assertThat(fit.coefficients()[1]).isBetween(0.0, 0.1);
        // After the start, fitted − counterfactual = level change + slope change × months since start.
        int last = series.rowCount() - 1;
        double gap = series.doubleColumn("fitted").get(last)
                - series.doubleColumn("counterfactual").get(last);
        double monthsSinceStart = last - (36 + 1);
        assertThat(gap)
                .isCloseTo(
                        fit.coefficients()[2] + fit.coefficients()[3] * monthsSinceStart,
                        org.assertj.core.data.Offset.offset(1e-9));
        assertThat(series.stringColumn("segment").countUnique()).isEqualTo(3);
    }

    @Test
    void seasonalDummiesAddElevenTerms() {
        ItsFit fit = estimates.seasonal(true).its("commits");

        assertThat(fit.terms()).hasSize(15);
        assertThat(fit.levelChange().interval().contains(10)).as(fit.toString()).isTrue();
    }
}
