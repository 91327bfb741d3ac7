package dev.umbrella.roi;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.umbrella.Synthetic;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DerivedParameters_ReportedTest {

    private static Assumptions derived(Table reported) {
        return Roi.of(
                        Fixtures.inputs(reported, Synthetic.emptyFunding(), Fixtures.handWorkedAssumptions("lognormal"))
                                .withOutputs(Fixtures.removals()),
                        Synthetic.ENGINEER)
                .model()
                .assumptions();
    }

    @Test
    void aReportedNumberThatIsNotATimeIsRefused() {
        Table reported = Synthetic.emptyReportedMetrics();
        Synthetic.reported(
                reported,
                "malware_exposure_median",
                2,
                "reports",
                "exact",
                LocalDate.of(2022, 5, 1),
                LocalDate.of(2022, 5, 31),
                Synthetic.ENGINEER);
        Synthetic.reported(
                reported,
                "malware_exposure_median",
                2,
                "hours",
                "exact",
                LocalDate.of(2023, 5, 1),
                LocalDate.of(2023, 5, 31),
                Synthetic.ENGINEER);

        assertThatThrownBy(() -> derived(reported))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reported_metrics.csv: malware_exposure_median (reports/test.md:1 "
                        + "(https://example.org/report)) has unit reports, not a time");
    }
}
