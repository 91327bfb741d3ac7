package dev.umbrella.model;

import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.dates.PackedLocalDate;

/** The {@link Panel} as Tablesaw tables, written straight from its cell arrays. */
final class PanelTable {
    private PanelTable() {}

    /** Repository-month totals of authored commits: the denominators of {@code repo_share}. */
    static Table repoTotals(Panel panel) {
        StringColumn repo = StringColumn.create("repo");
        DateColumn month = DateColumn.create("month");
        IntColumn commits = IntColumn.create("commits");
        for (int r = 0; r < panel.repos.length; r++) {
            for (int m = 0; m < panel.repoMonthCommits[r].length; m++) {
                if (panel.repoMonthCommits[r][m] > 0) {
                    repo.append(panel.repos[r]);
                    month.append(Panel.toYearMonth(m + panel.firstMonth).atDay(1));
                    commits.append(panel.repoMonthCommits[r][m]);
                }
            }
        }
        return Table.create("repo_totals", repo, month, commits);
    }

    /**
     * Builds the panel rows of the given people straight from the cell arrays (no per-row objects): per person,
     * the repository rows and the {@code all} rows, in sorted repository order, each by month.
     */
    static Table build(Panel panel, List<String> who) {
        StringColumn person = StringColumn.create("person_id");
        StringColumn repo = StringColumn.create("repo");
        DateColumn month = DateColumn.create("month");
        IntColumn commits = IntColumn.create(Metric.COMMITS.column());
        IntColumn co = IntColumn.create(Metric.CO_AUTHORED_COMMITS.column());
        IntColumn sec = IntColumn.create(Metric.SECURITY_COMMITS.column());
        IntColumn days = IntColumn.create(Metric.ACTIVE_DAYS.column());
        LongColumn changed = LongColumn.create(Metric.LINES_CHANGED.column());
        DoubleColumn share = DoubleColumn.create(Metric.REPO_SHARE.column());
        DoubleColumn working = DoubleColumn.create(Metric.WORKING_HOURS_SHARE.column());
        Table table = Table.create("panel", person, repo, month, commits, co, sec, days, changed, share, working);
        int span = panel.repoMonthCommits.length == 0 ? 0 : panel.repoMonthCommits[0].length;
        int[] allMonth = new int[span];
        for (int m = 0; m < span; m++) {
            for (int[] perRepo : panel.repoMonthCommits) {
                allMonth[m] += perRepo[m];
            }
        }
        long[][] totals = new long[6][span];
        boolean[] touched = new boolean[span];
        int allPosition = -Arrays.binarySearch(panel.repos, Panel.ALL) - 1;
        for (String id : who) {
            Integer found = panel.personIndex.get(id);
            if (found == null) {
                continue;
            }
            int p = found;
            for (int c = panel.personStart[p]; c < panel.personStart[p + 1]; c++) {
                int m = panel.cellMonth[c] - panel.firstMonth;
                touched[m] = true;
                totals[0][m] += panel.authored[c];
                totals[1][m] += panel.coAuthored[c];
                totals[2][m] += panel.security[c];
                totals[3][m] |= panel.dayMask[c];
                totals[4][m] += panel.lines[c];
                totals[5][m] += panel.workingHours[c];
            }
            int c = panel.personStart[p];
            for (int r = 0; r <= panel.repos.length; r++) {
                if (r == allPosition) {
                    for (int m = 0; m < span; m++) {
                        if (touched[m]) {
                            appendRow(
                                    table,
                                    id,
                                    Panel.ALL,
                                    m + panel.firstMonth,
                                    (int) totals[0][m],
                                    (int) totals[1][m],
                                    (int) totals[2][m],
                                    Long.bitCount(totals[3][m]),
                                    totals[4][m],
                                    Panel.share(totals[0][m], allMonth[m]),
                                    Panel.share(totals[5][m], totals[0][m]));
                        }
                    }
                }
                while (r < panel.repos.length && c < panel.personStart[p + 1] && panel.cellRepo[c] == r) {
                    appendRow(
                            table,
                            id,
                            panel.repos[r],
                            panel.cellMonth[c],
                            panel.authored[c],
                            panel.coAuthored[c],
                            panel.security[c],
                            Integer.bitCount(panel.dayMask[c]),
                            panel.lines[c],
                            Panel.share(panel.authored[c], panel.repoTotal(r, panel.cellMonth[c])),
                            Panel.share(panel.workingHours[c], panel.authored[c]));
                    c++;
                }
            }
            for (int c2 = panel.personStart[p]; c2 < panel.personStart[p + 1]; c2++) {
                int m = panel.cellMonth[c2] - panel.firstMonth;
                touched[m] = false;
                for (long[] t : totals) {
                    t[m] = 0;
                }
            }
        }
        return table;
    }

    private static void appendRow(
            Table table,
            String person,
            String repo,
            int month,
            int commits,
            int co,
            int security,
            int days,
            long lines,
            double repoShare,
            double workingShare) {
        table.stringColumn(0).append(person);
        table.stringColumn(1).append(repo);
        ((DateColumn) table.column(2))
                .appendInternal(PackedLocalDate.pack(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1, 1));
        table.intColumn(3).append(commits);
        table.intColumn(4).append(co);
        table.intColumn(5).append(security);
        table.intColumn(6).append(days);
        table.longColumn(7).append(lines);
        table.doubleColumn(8).append(repoShare);
        table.doubleColumn(9).append(workingShare);
    }
}
