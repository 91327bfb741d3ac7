package dev.umbrella.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.umbrella.Synthetic;
import dev.umbrella.Synthetic.Scenario;
import dev.umbrella.model.Inputs;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventStudy_InsufficientDataTest {

    private static Inputs volunteerFrom(LocalDate from) {
        return Inputs.of(
                Synthetic.people(),
                new Synthetic.Periods()
                        .add(Synthetic.ENGINEER, "volunteer", from, LocalDate.of(2022, 12, 31), "stated")
                        .add(Synthetic.ENGINEER, "funded", Synthetic.START, null, "stated")
                        .table(),
                Synthetic.emptyFunding(),
                Synthetic.commits(Scenario.planted(3)),
                Synthetic.emptyReportedMetrics(),
                Synthetic.assumptions());
    }

    @Test
    void noFundedPeriodGivesNoCoefficientsNoTestAndSaysWhy() {
        EventStudyResult study = Estimates.of(
                        Synthetic.inputs(Scenario.planted(3).withoutFundedPeriod()), Synthetic.ENGINEER)
                .eventStudy("security_commits");

        assertThat(study.isSufficient()).isFalse();
        assertThat(study.insufficient()).contains("no funded period");
        assertThat(study.coefficients()).isEmpty();
        assertThat(study.toTable().rowCount()).isEqualTo(1);
        assertThat(study.toTable().stringColumn("note").get(0))
                .startsWith("insufficient data: periods.csv has no" + " funded period");
        assertThat(study.summary())
                .isEqualTo("eng security_commits vs comparison group: insufficient data"
                        + " (periods.csv has no funded period for eng)");
        assertThat(study.preTrendSlope().isSufficient()).isFalse();
        assertThatThrownBy(study::jointPValue)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("insufficient data");
    }

    @Test
    void emptyComparisonGroupIsInsufficient() {
        EventStudyResult study = Estimates.of(
                        Synthetic.inputs(Scenario.planted(3).withComparisonUnits(0)), Synthetic.ENGINEER)
                .eventStudy("commits");

        assertThat(study.insufficient()).startsWith("empty comparison group: no contributors to org/repo");
        assertThatThrownBy(study::jointMethod).hasMessageContaining("empty comparison group");
    }

    @Test
    void tooFewVolunteerMonthsIsInsufficient() {
        // Volunteer from 2022-09, transition 2022-12..2023-01: three pre months, six needed.
        EventStudyResult study = Estimates.of(volunteerFrom(LocalDate.of(2022, 9, 1)), Synthetic.ENGINEER)
                .eventStudy("commits");

        assertThat(study.insufficient())
                .isEqualTo("only 3 volunteer months before the transition in the data" + " (need 6)");
    }

    @Test
    void aVolunteerWindowTooShortForFourQuartersHasCoefficientsButNoJointTestOrSlope() {
        // A design that accepts 4-month windows: 2022-08..2022-11 is one bin of 4 months, not a sequence of bins.
        EventStudyResult study = Estimates.of(volunteerFrom(LocalDate.of(2022, 8, 1)), Synthetic.ENGINEER)
                .design(Design.DEFAULT.withMinSegmentMonths(2))
                .eventStudy("commits");

        assertThat(study.isSufficient()).as(study.toString()).isTrue();
        assertThat(study.coefficients(Segment.PRE)).hasSize(4);
        assertThat(study.preTest().insufficient())
                .isEqualTo("1 bins of 3 volunteer-window months with values" + " (need 4)");
        assertThat(study.preTrendSlope().isSufficient()).isFalse();
        assertThat(study.summary()).contains("no joint pre-period test (1 bins of 3", "no pre-trend slope (");
        assertThatThrownBy(study::jointPValue).hasMessageContaining("1 bins of 3");
    }
}
