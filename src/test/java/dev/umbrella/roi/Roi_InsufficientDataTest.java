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
        return Inputs.of(Synthetic.people(), Synthetic.periods(true), Synthetic.emptyFunding(),
                Synthetic.commits(Scenario.planted(2)), Synthetic.emptyReportedMetrics(),
                Fixtures.handWorkedAssumptions("lognormal"));
    }

    @Test
    void missingReportedMetricsLeaveOutLossAvoidedWithTheReason() {
        RoiResult result = Roi.of(withoutReports(), Synthetic.ENGINEER).evaluate();

        assertThat(result.isSufficient()).isTrue();
        assertThat(result.pvLossAvoided()).isZero();
        assertThat(result.missing()).containsExactly("expected loss avoided: malware_reports_per_year: "
                + "reported_metrics.csv has no malware_reports for eng from 2023-01-01; response_hours_volunteer: "
                + "reported_metrics.csv has no malware_response_time_most_within for eng before 2023-01-01; "
                + "response_hours_funded: reported_metrics.csv has no malware_exposure_median for eng from 2023-01-01");
        assertThat(result.toString()).contains("left out: expected loss avoided");
    }

    @Test
    void overridesCanSupplyWhatTheDataLackAndAreMarkedAsSuch() {
        Roi roi = Roi.of(withoutReports(), Synthetic.ENGINEER).with("response_hours_volunteer", 10)
                .with("response_hours_funded", 2).with("malware_reports_per_year", 100);

        assertThat(roi.evaluate().missing()).isEmpty();
        assertThat(roi.assumptions().get("response_hours_volunteer").source()).isEqualTo("override");
        assertThat(roi.assumptions().get("response_hours_volunteer").unit()).isEqualTo("hours");
    }

    @Test
    void noBenefitAtAllIsInsufficient() {
        Inputs inputs = Inputs.of(Synthetic.people(), new Synthetic.Periods()
                        .add(Synthetic.ENGINEER, "volunteer", LocalDate.of(2022, 10, 1), LocalDate.of(2022, 12, 31), "stated")
                        .add(Synthetic.ENGINEER, "funded", Synthetic.START, null, "stated").table(),
                Synthetic.emptyFunding(), Synthetic.commits(Scenario.planted(2)), Synthetic.emptyReportedMetrics(),
                Fixtures.handWorkedAssumptions("lognormal"));

        RoiResult result = Roi.of(inputs, Synthetic.ENGINEER).evaluate();

        assertThat(result.isSufficient()).isFalse();
        assertThat(result.toString()).startsWith("eng ROI: insufficient data (replacement cost of incremental "
                + "security work: security_commits_change: insufficient data (only 2 volunteer months");
        assertThat(result.toTable().stringColumn("measure").get(0)).startsWith("insufficient data: ");
    }

    @Test
    void unknownParameterListsValidNames() {
        assertThatThrownBy(() -> Roi.of(withoutReports(), Synthetic.ENGINEER).with("loss", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown assumption 'loss'; valid names: security_engineer_wage_annual, "
                        + "benefits_load,");
    }

    @Test
    void badAssumptionRowNamesTheLine() {
        Inputs inputs = Inputs.of(Synthetic.people(), Synthetic.periods(true), Synthetic.emptyFunding(),
                Synthetic.commits(Scenario.planted(2)), Synthetic.emptyReportedMetrics(),
                Fixtures.handWorkedAssumptions("gaussian"));

        assertThatThrownBy(() -> Roi.of(inputs, Synthetic.ENGINEER).evaluate())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("assumptions.csv line 13: unknown distribution 'gaussian'; valid distributions: fixed, "
                        + "uniform, triangular, pert, lognormal, beta");
    }
}
