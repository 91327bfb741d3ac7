package dev.umbrella.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.umbrella.Synthetic;
import dev.umbrella.model.Inputs;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The specification table: every dimension is varied, and "survives" is computed, not assumed. */
class Sensitivity_SpecificationsTest {
    private static final String MAIN = "org/main";
    private static final String DB = "psf/advisory-database";

    /**
     * The engineer's security work in org/main is flat (1 or 2 a month, alternating) while a new advisory database
     * job from the start (2023-01) adds 4 a month there: the whole change lives in the advisory database. Twenty
     * colleagues in org/main commit 2 plain commits and, every other month, 1 security commit.
     */
    private static Inputs databaseJob() {
        Synthetic.Commits commits = new Synthetic.Commits();
        int i = 0;
        for (YearMonth m = YearMonth.of(2019, 1); !m.isAfter(YearMonth.of(2024, 12)); m = m.plusMonths(1), i++) {
            for (int k = 0; k < 1 + i % 2; k++) {
                commits.add(MAIN, Synthetic.ENGINEER, m.atDay(2 + k).atTime(12, 0), 0, false, true, false, "", 1, 0);
            }
            if (!m.isBefore(YearMonth.of(2023, 1))) {
                for (int k = 0; k < 3 + i % 3; k++) {
                    commits.add(DB, Synthetic.ENGINEER, m.atDay(10 + k).atTime(12, 0), 0, false, true, false, "", 1, 0);
                }
            }
            for (int j = 1; j <= 20; j++) {
                for (int k = 0; k < 2 + (i + j) % 2; k++) {
                    commits.add(
                            MAIN,
                            Synthetic.contributor(j),
                            m.atDay(5 + k).atTime(9, 0),
                            0,
                            false,
                            k == 2,
                            false,
                            "",
                            1,
                            0);
                }
            }
        }
        commits.add(
                MAIN, Synthetic.contributor(1), LocalDateTime.of(2025, 1, 2, 12, 0), 0, false, false, false, "", 1, 0);
        commits.add(
                DB, Synthetic.contributor(1), LocalDateTime.of(2025, 1, 2, 12, 0), 0, false, false, false, "", 1, 0);
        return Inputs.of(
                Synthetic.people(),
                Synthetic.periods(true),
                Synthetic.emptyFunding(),
                commits.table(),
                Synthetic.emptyReportedMetrics(),
                Synthetic.assumptions());
    }

    @Test
    void aPlantedEffectSurvivesEverySpecification() {
        Estimates estimates = Estimates.of(Synthetic.inputs(Synthetic.Scenario.planted(3)), Synthetic.ENGINEER)
                .seed(7);

        Sensitivity s = estimates.sensitivity("security_commits");

        assertThat(s.rows())
                .extracting(Sensitivity.Row::dimension)
                .containsExactly(
                        "default",
                        "baseline",
                        "baseline",
                        "transition",
                        "transition",
                        "transition",
                        "advisory databases",
                        "stale exports",
                        "comparison group",
                        "comparison group");
        assertThat(s.rows())
                .extracting(Sensitivity.Row::setting)
                .contains(
                        "12 months",
                        "24 months",
                        "0 months",
                        "4 months",
                        "6 months",
                        "at least 6 commits",
                        "at least 24 commits");
        // Each specification's own estimate: e.g. the 12-month baseline equals a direct run with that window.
        assertThat(s.rows().get(1).change().value())
                .isEqualTo(estimates
                        .windows(12, 0)
                        .effect("security_commits")
                        .change()
                        .value());
        assertThat(s.rows().get(1).did().value())
                .isEqualTo(
                        estimates.windows(12, 0).did("security_commits").did().value());
        assertThat(s.rows().get(6).note()).contains("none among the engineer's repositories");
        assertThat(s.survives(false)).isTrue();
        assertThat(s.survives(true)).isTrue();
        assertThat(s.summary())
                .contains("the before/after change has its 95% interval above 0 in 10 of 10 "
                        + "specifications (10 estimable): survives every specification");
        assertThat(s.toTable().booleanColumn("change_agrees").countTrue()).isEqualTo(10);
    }

    @Test
    void aChangeThatLivesInTheAdvisoryDatabaseDoesNotSurviveLeavingItOut() {
        Estimates estimates = Estimates.of(databaseJob(), Synthetic.ENGINEER).seed(7);

        Sensitivity s = estimates.sensitivity("security_commits");
        Sensitivity.Row without = s.rows().stream()
                .filter(r -> r.dimension().equals("advisory databases"))
                .findFirst()
                .orElseThrow();

        assertThat(s.base().change().value()).isCloseTo(4.0, offset(0.2));
        assertThat(Sensitivity.side(s.base().change())).isEqualTo(1);
        assertThat(without.note()).isEqualTo("left out: " + DB);
        assertThat(without.repos()).isEqualTo(1);
        assertThat(without.change().value()).isCloseTo(0.0, offset(0.1));
        assertThat(Sensitivity.side(without.change())).isZero();
        assertThat(s.survives(false)).isFalse();
        assertThat(s.summary()).contains("does not survive every specification");
    }

    @Test
    void anEstimateTheDataCannotSupportIsCountedApartNeverAsASuccess() {
        Estimates estimates = Estimates.of(Synthetic.inputs(Synthetic.Scenario.planted(3)), Synthetic.ENGINEER)
                .seed(7)
                .design(dev.umbrella.estimate.Design.DEFAULT.withSeed(7).withMinSegmentMonths(13));

        Sensitivity s = estimates.sensitivity("security_commits");
        Sensitivity.Row twelve = s.rows().get(1);

        assertThat(twelve.change().isSufficient()).isFalse();
        assertThat(s.agreeing(false)[1]).isEqualTo(s.rows().size() - 1);
        assertThat(s.survives(false)).isFalse();
        assertThat(s.summary()).contains("survives every specification that can be estimated (1 cannot)");
        assertThat(s.toTable().stringColumn("note").get(1)).contains("insufficient data");
    }
}
