package dev.umbrella.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.umbrella.Synthetic;
import dev.umbrella.model.Inputs;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A repository whose export ends early is missing for itself only: the funded window runs to the end of the other
 * repositories' data, and the stale repository counts with its own covered months (never as zero).
 */
class Coverage_StaleRepositoryTest {
    private static final String MAIN = "org/main";
    private static final String DB = "org/db";

    /**
     * The engineer makes 3 security commits a month in org/main before the start (2023-01) and 5 after, and 1 a
     * month in org/db throughout. org/main's export runs to 2024-12; org/db's ends after 2023-09.
     */
    private static Inputs inputs() {
        Synthetic.Commits commits = new Synthetic.Commits();
        for (YearMonth m = YearMonth.of(2019, 1); !m.isAfter(YearMonth.of(2024, 12)); m = m.plusMonths(1)) {
            int main = m.isBefore(YearMonth.of(2023, 1)) ? 3 : 5;
            for (int k = 0; k < main; k++) {
                commits.add(MAIN, Synthetic.ENGINEER, m.atDay(2 + k).atTime(12, 0), 0, false, true, false, "", 1, 0);
            }
            if (!m.isAfter(YearMonth.of(2023, 9))) {
                commits.add(DB, Synthetic.ENGINEER, m.atDay(20).atTime(12, 0), 0, false, true, false, "", 1, 0);
            }
        }
        commits.add(
                DB, Synthetic.contributor(1), LocalDateTime.of(2023, 10, 2, 12, 0), 0, false, false, false, "", 1, 0);
        commits.add(
                MAIN, Synthetic.contributor(1), LocalDateTime.of(2025, 1, 2, 12, 0), 0, false, false, false, "", 1, 0);
        return Inputs.of(
                Synthetic.people(),
                Synthetic.periods(true),
                Synthetic.emptyFunding(),
                commits.table(),
                Synthetic.emptyReportedMetrics(),
                Synthetic.assumptions());
    }

    @Test
    void fundedWindowRunsToTheLatestExportAndTheStaleOneCountsItsOwnMonths() {
        Estimates estimates = Estimates.of(inputs(), Synthetic.ENGINEER).transition(2);
        Timeline timeline = estimates.timeline();

        // The stalest export (org/db, to 2023-09) no longer ends the data: org/main runs to 2024-12.
        assertThat(timeline.dataEnd()).isEqualTo(YearMonth.of(2024, 12));
        assertThat(timeline.repos()).containsExactly(DB, MAIN);
        assertThat(timeline.staleRepos(6)).containsExactly(DB);
        PeriodEffect effect = estimates.effect("security_commits");
        // Post window 2023-02..2024-12: all 23 funded months, not the 8 that org/db covers.
        assertThat(effect.rates().get(1).months()).isEqualTo(23);
        // Volunteer 3 + 1, funded 5 + 1: the stale repository's rate comes from its covered months only.
        assertThat(effect.rates().get(0).value()).isCloseTo(4, offset(1e-12));
        assertThat(effect.rates().get(1).value()).isCloseTo(6, offset(1e-12));
        assertThat(effect.change().value()).isCloseTo(2, offset(1e-12));
    }

    @Test
    void aMonthAfterTheStaleExportShowsThatRepositoryAtItsSegmentMeanNotZero() {
        MonthlySeries series = Estimates.of(inputs(), Synthetic.ENGINEER).series("security_commits");
        int june2024 = series.months().indexOf(YearMonth.of(2024, 6));

        assertThat(series.values()[june2024]).isCloseTo(5 + 1, offset(1e-12));
        assertThat(series.missingIn(june2024)).containsExactly(DB);
        assertThat(series.missingIn(series.months().indexOf(YearMonth.of(2023, 9))))
                .isEmpty();
    }

    @Test
    void withoutTheStaleRepositoryTheRatesLoseItsShare() {
        Estimates estimates = Estimates.of(inputs(), Synthetic.ENGINEER).transition(2);
        List<String> kept = estimates.timeline().repos().stream()
                .filter(r -> !estimates.timeline().staleRepos(6).contains(r))
                .toList();

        PeriodEffect effect = estimates.repos(kept.toArray(new String[0])).effect("security_commits");

        assertThat(effect.rates().get(0).value()).isCloseTo(3, offset(1e-12));
        assertThat(effect.rates().get(1).value()).isCloseTo(5, offset(1e-12));
    }
}
