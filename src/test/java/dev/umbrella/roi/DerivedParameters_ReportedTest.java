package dev.umbrella.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.umbrella.Synthetic;
import dev.umbrella.Synthetic.Scenario;
import dev.umbrella.model.Inputs;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DerivedParameters_ReportedTest {

    private static Assumptions derived(Table reported) {
        Inputs inputs = Inputs.of(Synthetic.people(), Synthetic.periods(true), Synthetic.emptyFunding(),
                Synthetic.commits(Scenario.planted(2)), reported, Fixtures.handWorkedAssumptions("lognormal"));
        return Roi.of(inputs, Synthetic.ENGINEER).assumptions();
    }

    @Test
    void aPeriodStraddlingTheStartCountsOnTheSideOfItsMiddle() {
        // Like PyPI's inbox baseline (2023-03-01..2023-08-14 against a start of 2023-08-01): the middle day is
        // before the start, so it is a volunteer-era figure.
        Table reported = Synthetic.emptyReportedMetrics();
        Synthetic.reported(reported, "malware_response_time_most_within", 485, "minutes", "about",
                LocalDate.of(2022, 8, 1), LocalDate.of(2023, 1, 14), Synthetic.ENGINEER);

        Assumption volunteer = derived(reported).get("response_hours_volunteer");

        // "about 485 minutes" = 8.083 h, widened by the 10% tolerance: 7.275 .. 8.892.
        assertThat(volunteer.base()).isCloseTo(485 / 60.0, offset(1e-12));
        assertThat(volunteer.low()).isCloseTo(485 / 60.0 * 0.9, offset(1e-12));
        assertThat(volunteer.high()).isCloseTo(485 / 60.0 * 1.1, offset(1e-12));
        assertThat(volunteer.distribution()).isEqualTo(Distribution.TRIANGULAR);
        assertThat(volunteer.note()).contains("reports/test.md:1 (https://example.org/report)");
    }

    @Test
    void rowsBecomeATriangleFromLowestToHighestWithTheMedianAsMode() {
        Table reported = Synthetic.emptyReportedMetrics();
        // Monthly counts annualised: 10 in 31 days → 117.8/year; "at least" 20 in 30 days → 243.5 (up to 267.8);
        // 30 in 31 days → 353.5.
        Synthetic.reported(reported, "malware_reports", 10, "reports", "exact", LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 3, 31), Synthetic.ENGINEER);
        Synthetic.reported(reported, "malware_reports", 20, "reports", "at_least", LocalDate.of(2023, 4, 1),
                LocalDate.of(2023, 4, 30), Synthetic.ENGINEER);
        Synthetic.reported(reported, "malware_reports", 30, "reports", "exact", LocalDate.of(2023, 5, 1),
                LocalDate.of(2023, 5, 31), Synthetic.ENGINEER);
        Synthetic.reported(reported, "malware_exposure_median", 2, "days", "exact", LocalDate.of(2023, 5, 1),
                LocalDate.of(2023, 5, 31), Synthetic.ENGINEER);

        Assumptions derived = derived(reported);
        Assumption reports = derived.get("malware_reports_per_year");

        assertThat(reports.low()).isCloseTo(10 * 365.25 / 31, offset(1e-9));
        assertThat(reports.base()).isCloseTo(20 * 365.25 / 30, offset(1e-9));
        assertThat(reports.high()).isCloseTo(30 * 365.25 / 31, offset(1e-9));
        assertThat(derived.get("response_hours_funded").base()).isEqualTo(48);
    }

    @Test
    void aReportedNumberThatIsNotATimeIsRefused() {
        Table reported = Synthetic.emptyReportedMetrics();
        Synthetic.reported(reported, "malware_exposure_median", 2, "reports", "exact", LocalDate.of(2023, 5, 1),
                LocalDate.of(2023, 5, 31), Synthetic.ENGINEER);

        assertThatThrownBy(() -> derived(reported))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reported_metrics.csv: malware_exposure_median (reports/test.md:1 "
                        + "(https://example.org/report)) has unit reports, not a time");
    }
}
