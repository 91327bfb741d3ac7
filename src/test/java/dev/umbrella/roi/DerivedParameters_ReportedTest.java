package dev.umbrella.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.umbrella.Synthetic;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DerivedParameters_ReportedTest {

    private static Assumptions derived(Table reported) {
        return Roi.of(Fixtures.inputs(reported, Synthetic.emptyFunding(), Fixtures.handWorkedAssumptions("lognormal")),
                Synthetic.ENGINEER).model().assumptions();
    }

    /**
     * Distinct packages where a report names them, elsewhere reports × the packages-per-report ratio: March gives
     * 100 reports and 80 packages (ratio 0.8); April gives only 50 reports → 40 packages. Two covered months of a
     * 24-month horizon: the rest counted at the covered rate, 120 × 731 days / 61 days.
     */
    @Test
    void packagesComeFromReportsThatNameThemAndTheRatioElsewhere() {
        Table reported = Synthetic.emptyReportedMetrics();
        Synthetic.reported(reported, "malware_reports", 100, "reports", "exact", LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 3, 31), Synthetic.ENGINEER);
        Synthetic.reported(reported, "malware_reported_packages", 80, "packages", "exact", LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 3, 31), Synthetic.ENGINEER);
        Synthetic.reported(reported, "malware_reports", 50, "reports", "exact", LocalDate.of(2023, 4, 1),
                LocalDate.of(2023, 4, 30), Synthetic.ENGINEER);

        Assumption packages = derived(reported).get("malware_packages_funded");

        assertThat(packages.base()).isCloseTo(120.0 * 731 / 61, offset(1e-9));
        assertThat(packages.note()).contains("reports x 0.80 packages per report");
    }

    @Test
    void aYearsTotalDoesNotAddToItsMonths() {
        Table reported = Synthetic.emptyReportedMetrics();
        Synthetic.reported(reported, "malware_reports", 1_200, "reports", "at_least", LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31), Synthetic.ENGINEER);
        Synthetic.reported(reported, "malware_reports", 31, "reports", "exact", LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 1, 31), Synthetic.ENGINEER);

        Assumption packages = derived(reported).get("malware_packages_funded");

        // The finer January row wins; the year's row overlaps it and is left out. 1 a day over 731 days.
        assertThat(packages.base()).isCloseTo(731, offset(1e-9));
    }

    @Test
    void aReportedNumberThatIsNotATimeIsRefused() {
        Table reported = Synthetic.emptyReportedMetrics();
        Synthetic.reported(reported, "malware_exposure_median", 2, "reports", "exact", LocalDate.of(2022, 5, 1),
                LocalDate.of(2022, 5, 31), Synthetic.ENGINEER);
        Synthetic.reported(reported, "malware_exposure_median", 2, "hours", "exact", LocalDate.of(2023, 5, 1),
                LocalDate.of(2023, 5, 31), Synthetic.ENGINEER);
        Synthetic.reported(reported, "malware_reports", 10, "reports", "exact", LocalDate.of(2023, 5, 1),
                LocalDate.of(2023, 5, 31), Synthetic.ENGINEER);

        assertThatThrownBy(() -> derived(reported))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reported_metrics.csv: malware_exposure_median (reports/test.md:1 "
                        + "(https://example.org/report)) has unit reports, not a time");
    }
}
