package dev.umbrella.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.umbrella.Synthetic;
import dev.umbrella.model.Inputs;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Spillovers, planted: ten colleagues of the engineer in org/team and ten contributors in org/other (where he never
 * committed). In the substitution world the colleagues' security commits fall from 2 to 0.5 a month at his start
 * while his rise by 15 (= 10 × 1.5): the repository's total does not change.
 */
class Spillover_SubstitutionTest {
    private static final String TEAM = "org/team";
    private static final String OTHER = "org/other";

    private static Inputs world(boolean substitution) {
        return world(substitution, false);
    }

    /** {@code collapse}: after the start the colleagues make no security commits at all (a fall of 2 each). */
    private static Inputs world(boolean substitution, boolean collapse) {
        Synthetic.Commits commits = new Synthetic.Commits();
        int i = 0;
        for (YearMonth m = YearMonth.of(2019, 1); !m.isAfter(YearMonth.of(2024, 12)); m = m.plusMonths(1), i++) {
            boolean funded = !m.isBefore(YearMonth.of(2023, 1));
            add(commits, TEAM, Synthetic.ENGINEER, m, 2, (funded ? 16 : 1) + i % 2 * 2 - 1);
            for (int j = 1; j <= 10; j++) {
                // 2 a month on average before (1 and 3 alternating); 0.5 after under substitution (0 and 1)
                add(
                        commits,
                        TEAM,
                        Synthetic.contributor(j),
                        m,
                        2,
                        substitution && funded ? (collapse ? 0 : (i + j) % 2) : (i + j) % 2 == 0 ? 1 : 3);
                add(commits, OTHER, Synthetic.contributor(100 + j), m, 2, (i + j) % 2 == 0 ? 1 : 3);
            }
        }
        commits.add(
                TEAM, Synthetic.contributor(1), LocalDateTime.of(2025, 1, 2, 12, 0), 0, false, false, false, "", 1, 0);
        commits.add(
                OTHER,
                Synthetic.contributor(101),
                LocalDateTime.of(2025, 1, 2, 12, 0),
                0,
                false,
                false,
                false,
                "",
                1,
                0);
        return Inputs.of(
                Synthetic.people(),
                Synthetic.periods(true),
                Synthetic.emptyFunding(),
                commits.table(),
                Synthetic.emptyReportedMetrics(),
                Synthetic.assumptions());
    }

    private static void add(
            Synthetic.Commits commits, String repo, String author, YearMonth m, int plain, int security) {
        for (int k = 0; k < plain + security; k++) {
            commits.add(repo, author, m.atDay(1 + k % 28).atTime(10, k % 60), 0, false, k >= plain, false, "", 1, 0);
        }
    }

    @Test
    void substitutionShowsInTheColleaguesTheGapAndTheRepositoryTotal() {
        Estimates estimates = Estimates.of(world(true), Synthetic.ENGINEER).seed(7);

        Spillover s = estimates.spillover("security_commits");

        assertThat(s.sameRepositories().cohort().members()).hasSize(10);
        assertThat(s.otherRepositories().cohort().members()).hasSize(10);
        assertThat(s.otherRepositories().repos()).containsExactly(OTHER);
        assertThat(s.sameRepositories().change().value()).isCloseTo(-1.5, offset(0.05));
        assertThat(s.sameRepositories().change().interval().upper()).isNegative();
        assertThat(s.otherRepositories().change().value()).isCloseTo(0, offset(0.05));
        assertThat(s.gap().value()).isCloseTo(-1.5, offset(0.05));
        assertThat(Sensitivity.side(s.gap())).isEqualTo(-1);
        // Against the colleagues the DiD adds their fall to his rise; against contributors he cannot affect it does
        // not.
        assertThat(s.sameRepositories().did().value()).isCloseTo(16.5, offset(0.1));
        assertThat(s.otherRepositories().did().value()).isCloseTo(15, offset(0.1));
        assertThat(estimates.didOutside("security_commits").did().value())
                .isEqualTo(s.otherRepositories().did().value());
        Spillover.RepoShift team = s.repos().get(0);
        assertThat(team.repo()).isEqualTo(TEAM);
        assertThat(team.totalChange()).isCloseTo(0, offset(0.1));
        assertThat(team.offset()).isCloseTo(1.0, offset(0.01));
        assertThat(team.offset()).isGreaterThanOrEqualTo(Spillover.NEARLY_ALL);
        assertThat(s.summary()).contains("as substitution would make them").contains("consistent with substitution");
    }

    @Test
    void withoutSubstitutionNothingPointsToIt() {
        Spillover s = Estimates.of(world(false), Synthetic.ENGINEER).seed(7).spillover("security_commits");

        assertThat(s.sameRepositories().change().value()).isCloseTo(0, offset(0.05));
        assertThat(Sensitivity.side(s.gap())).isZero();
        assertThat(s.repos().get(0).offset()).isZero();
        assertThat(s.sameRepositories().did().value()).isCloseTo(15, offset(0.1));
        assertThat(s.summary())
                .contains("no difference the data can tell apart from zero")
                .contains("the others did not fall");
    }

    @Test
    void aFallLargerThanHisRiseIsSaidToBeLarger() {
        Spillover s =
                Estimates.of(world(true, true), Synthetic.ENGINEER).seed(7).spillover("security_commits");

        Spillover.RepoShift team = s.repos().get(0);
        assertThat(team.offset()).isCloseTo(20 / 15.04, offset(0.01));
        assertThat(team.totalChange()).isNegative();
        assertThat(s.summary()).contains("the others' fall is 1.3 times his rise, so the repository's total fell");
    }
}
