package dev.umbrella.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.umbrella.Synthetic;
import dev.umbrella.Synthetic.Scenario;
import dev.umbrella.model.Inputs;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Roi_InsufficientDataTest {

    private static Inputs withoutReports() {
        return Fixtures.inputs(
                Synthetic.emptyReportedMetrics(),
                Synthetic.emptyFunding(),
                Fixtures.handWorkedAssumptions("lognormal"));
    }

    /** No outcome-based benefit: no ROI, no P(ROI > 0), no break-even search that is empty by construction. */
    @Test
    void withoutAnOutcomeBasedBenefitTheRoiIsNotEstimated() {
        Roi roi = Roi.of(withoutReports(), Synthetic.ENGINEER);
        RoiResult result = roi.evaluate();

        for (Method m : Method.values()) {
            assertThat(result.isEstimated(m)).isFalse();
            assertThat(result.notEstimatedReason(m))
                    .isEqualTo("not estimated: no outcome-based benefit is modelled " + "for this engineer");
            assertThat(roi.breakEven(m).lines()).noneMatch(l -> l.statement().contains(" none "));
        }
        assertThat(result.toString()).doesNotContain("ROI -").contains("not estimated");
        assertThat(roi.simulate(500).toTable().stringColumn("measure").asList()).doesNotContain("P(ROI > 0)");
        // The cost-efficiency stays: it does not need an outcome.
        assertThat(result.costEfficiency()).isPositive();
    }

    @Test
    void withoutEnoughVolunteerMonthsThereIsNoCostEfficiency() {
        Inputs inputs = Inputs.of(
                Synthetic.people(),
                new Synthetic.Periods()
                        .add(
                                Synthetic.ENGINEER,
                                "volunteer",
                                LocalDate.of(2022, 10, 1),
                                LocalDate.of(2022, 12, 31),
                                "stated")
                        .add(Synthetic.ENGINEER, "funded", Synthetic.START, null, "stated")
                        .table(),
                Synthetic.emptyFunding(),
                Synthetic.commits(Scenario.planted(2)),
                Synthetic.emptyReportedMetrics(),
                Fixtures.handWorkedAssumptions("lognormal"));

        RoiResult result = Roi.of(inputs, Synthetic.ENGINEER).evaluate();

        assertThat(Double.isNaN(result.costEfficiency())).isTrue();
        assertThat(result.replacementMissing())
                .startsWith("security_commits_change: insufficient data (only 2 " + "volunteer months");
        assertThat(result.toTable().stringColumn("measure").asList())
                .anyMatch(m -> m.startsWith("cost-efficiency: " + "not available"));
    }

    @Test
    void unknownParameterListsValidNames() {
        assertThatThrownBy(() -> Roi.of(withoutReports(), Synthetic.ENGINEER).with("loss", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "unknown assumption 'loss'; valid names: attribution_share_registry, " + "benefits_load,");
    }

    @Test
    void badAssumptionRowNamesTheLine() {
        Inputs inputs = Fixtures.inputs(
                Synthetic.emptyReportedMetrics(), Synthetic.emptyFunding(), Fixtures.handWorkedAssumptions("gaussian"));

        assertThatThrownBy(() -> Roi.of(inputs, Synthetic.ENGINEER).evaluate())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("assumptions.csv line 9: unknown distribution 'gaussian'; valid distributions: fixed, "
                        + "uniform, triangular, pert, lognormal");
    }
}
