package dev.umbrella.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.umbrella.Synthetic;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class Panel_MetricsTest {

    private static final String A = "a/x";
    private static final String B = "b/y";
    private static final String C = "c-00000000000a";

    /** 2023-03-01 is a Wednesday, 2023-03-04 a Saturday, 2023-03-10 a Friday. */
    private final Panel panel = Panel.of(new Synthetic.Commits()
            // Wednesday 10:00 UTC+0: working hours; security; 10 + 5 lines.
            .add(A, "eng", LocalDateTime.of(2023, 3, 1, 10, 0), 0, false, true, false, "", 10, 5)
            // 20:00 UTC is 15:00 at UTC-5, a Wednesday: working hours in the author's own offset.
            .add(B, "eng", LocalDateTime.of(2023, 3, 1, 20, 0), -300, false, false, false, "", 1, 1)
            // Saturday: not working hours; co-authored by C.
            .add(A, "eng", LocalDateTime.of(2023, 3, 4, 12, 0), 0, false, false, false, C, 3, 0)
            // A merge and a bot commit count for nothing.
            .add(A, "eng", LocalDateTime.of(2023, 3, 5, 12, 0), 0, true, false, false, "", 0, 0)
            .add(A, "c-0000000000b0", LocalDateTime.of(2023, 3, 6, 12, 0), 0, false, false, true, "", 100, 0)
            // 08:00 UTC is 10:00 at UTC+2 on a Friday.
            .add(A, C, LocalDateTime.of(2023, 3, 10, 8, 0), 120, false, false, false, "", 2, 2)
            // Marks the export dates: a/x runs into April (last complete month March), b/y only to March.
            .add(A, C, LocalDateTime.of(2023, 4, 2, 8, 0), 0, false, false, false, "", 1, 0)
            .table());

    @Test
    void totalsCountAuthoredNonMergeNonBotCommits() {
        ActivityMonth march = month("eng", Panel.ALL, YearMonth.of(2023, 3));

        assertThat(march.commits()).isEqualTo(3);
        assertThat(march.securityCommits()).isEqualTo(1);
        assertThat(march.coAuthoredCommits()).isZero();
        // Days 1 (in both repositories, counted once) and 4.
        assertThat(march.activeDays()).isEqualTo(2);
        assertThat(march.linesChanged()).isEqualTo(20);
        // 3 of the 4 authored March commits in all repositories (the bot's does not count).
        assertThat(march.repoShare()).isCloseTo(0.75, offset(1e-12));
        assertThat(march.workingHoursShare()).isCloseTo(2.0 / 3, offset(1e-12));
    }

    @Test
    void perRepositoryRowsUseThatRepositorysCommits() {
        ActivityMonth a = month("eng", A, YearMonth.of(2023, 3));

        assertThat(a.commits()).isEqualTo(2);
        assertThat(a.repoShare()).isCloseTo(2.0 / 3, offset(1e-12));
        assertThat(a.workingHoursShare()).isCloseTo(0.5, offset(1e-12));
    }

    @Test
    void coAuthorsGetCreditAndActiveDays() {
        ActivityMonth c = month(C, A, YearMonth.of(2023, 3));

        assertThat(c.commits()).isEqualTo(1);
        assertThat(c.coAuthoredCommits()).isEqualTo(1);
        assertThat(c.activeDays()).isEqualTo(2);
        assertThat(c.workingHoursShare()).isEqualTo(1.0);
    }

    @Test
    void seriesFillsQuietMonthsWithZeroAndSharesWithNaN() {
        double[] commits =
                panel.series("eng", Metric.COMMITS, List.of(A), YearMonth.of(2023, 2), YearMonth.of(2023, 4));
        double[] working = panel.series(
                "eng", Metric.WORKING_HOURS_SHARE, List.of(A, B), YearMonth.of(2023, 2), YearMonth.of(2023, 4));

        // a/x's export covers March (its last complete month); April is missing, not zero.
        assertThat(commits[0]).isZero();
        assertThat(commits[1]).isEqualTo(2);
        assertThat(commits[2]).isNaN();
        assertThat(working[0]).isNaN();
        assertThat(working[1]).isCloseTo(2.0 / 3, offset(1e-12));
        assertThat(panel.series("nobody", Metric.COMMITS, List.of(A), YearMonth.of(2023, 3), YearMonth.of(2023, 3)))
                .containsExactly(0);
    }

    @Test
    void seriesByRepoKeepsEachRepositorysMissingMonthsApart() {
        double[][] rows =
                panel.seriesByRepo("eng", Metric.COMMITS, List.of(A, B), YearMonth.of(2023, 2), YearMonth.of(2023, 3));

        // b/y's export ends in February: its March is missing in its own row only.
        assertThat(rows[0]).containsExactly(0, 2);
        assertThat(rows[1][0]).isZero();
        assertThat(rows[1][1]).isNaN();
    }

    @Test
    void activeDaysSplitByRepositoryAddUpToTheUnion() {
        Panel twoRepos = Panel.of(new Synthetic.Commits()
                .add(A, "eng", LocalDateTime.of(2023, 3, 1, 10, 0), 0, false, false, false, "", 1, 0)
                .add(B, "eng", LocalDateTime.of(2023, 3, 1, 11, 0), 0, false, false, false, "", 1, 0)
                .add(B, "eng", LocalDateTime.of(2023, 3, 2, 11, 0), 0, false, false, false, "", 1, 0)
                .add(A, "eng", LocalDateTime.of(2023, 3, 3, 11, 0), 0, false, false, false, "", 1, 0)
                .add(A, "x", LocalDateTime.of(2023, 6, 1, 11, 0), 0, false, false, false, "", 1, 0)
                .add(B, "x", LocalDateTime.of(2023, 5, 1, 11, 0), 0, false, false, false, "", 1, 0)
                .table());

        double[][] rows = twoRepos.seriesByRepo(
                "eng", Metric.ACTIVE_DAYS, List.of(A, B), YearMonth.of(2023, 3), YearMonth.of(2023, 3));

        // a/x runs longer (to May), so it keeps days 1 and 3; b/y adds only day 2, which a/x lacks.
        assertThat(rows[0][0]).isEqualTo(2);
        assertThat(rows[1][0]).isEqualTo(1);
        assertThat(rows[0][0] + rows[1][0])
                .isEqualTo(twoRepos.series(
                                "eng", Metric.ACTIVE_DAYS, List.of(A, B), YearMonth.of(2023, 3), YearMonth.of(2023, 3))[
                        0]);
    }

    @Test
    void lastCompleteMonthIsTheMonthBeforeTheLatestCommit() {
        assertThat(panel.lastCompleteMonth(A)).isEqualTo(YearMonth.of(2023, 3));
        assertThat(panel.lastCompleteMonth(B)).isEqualTo(YearMonth.of(2023, 2));
        assertThat(panel.reposOf("eng")).containsExactly(A, B);
        assertThat(panel.authorsIn(List.of(A))).containsExactly(C, "eng");
    }

    @Test
    void tableIsSortedAndHasOneColumnPerMetric() {
        Table table = panel.table();

        assertThat(table.columnNames())
                .containsExactly(
                        "person_id",
                        "repo",
                        "month",
                        "commits",
                        "co_authored_commits",
                        "security_commits",
                        "active_days",
                        "lines_changed",
                        "repo_share",
                        "working_hours_share");
        // The bot never appears; "a/x" sorts before "all", which sorts before "b/y".
        assertThat(table.stringColumn("person_id").asList()).containsExactly(C, C, C, C, "eng", "eng", "eng");
        assertThat(table.stringColumn("repo").asList()).containsExactly(A, A, Panel.ALL, Panel.ALL, A, Panel.ALL, B);
    }

    private ActivityMonth month(String person, String repo, YearMonth month) {
        return panel.months(person).stream()
                .filter(m -> m.repo().equals(repo) && m.month().equals(month))
                .findFirst()
                .orElseThrow();
    }
}
