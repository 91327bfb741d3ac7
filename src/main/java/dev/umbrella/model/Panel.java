package dev.umbrella.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * Person-month activity of every contributor in {@code commits.csv}, per repository and in total (the
 * comparison group needs everyone, not only the three engineers). Built once from the commits table in a single
 * pass over primitive arrays (about 90,000 commits take a few tens of milliseconds; {@code src/bench/panel}); see
 * {@link Metric} for the definitions.
 *
 * <p>Storage is sparse: one cell per (person, repository, month) with activity, sorted by person, so a
 * person's monthly series over any set of repositories is one scan of that person's cells. Active days are kept
 * as a bit mask of UTC days so that days are not double counted across repositories.
 *
 * <p>One class of about 380 lines on purpose: the storage layout and every query over it share the same
 * primitive arrays and their invariants (sorted by person, day masks); split apart, each half would have to
 * expose them.
 */
public final class Panel {
    /** The {@code repo} value of the rows that total all repositories. */
    public static final String ALL = "all";

    final String[] persons;
    final String[] repos;
    final Map<String, Integer> personIndex;
    final Map<String, Integer> repoIndex;
    final int[] personStart;
    final int[] cellRepo;
    final int[] cellMonth;
    final int[] authored;
    final int[] coAuthored;
    final int[] security;
    final int[] workingHours;
    final int[] dayMask;
    final long[] lines;
    final int firstMonth;
    final int[][] repoMonthCommits;
    final int[] repoLastComplete;
    private volatile Table table;

    private Panel(PanelBuilder b) {
        this.persons = b.persons;
        this.repos = b.repos;
        this.personIndex = indexOf(persons);
        this.repoIndex = indexOf(repos);
        this.personStart = b.personStart;
        this.cellRepo = b.cellRepo;
        this.cellMonth = b.cellMonth;
        this.authored = b.authored;
        this.coAuthored = b.coAuthored;
        this.security = b.security;
        this.workingHours = b.workingHours;
        this.dayMask = b.dayMask;
        this.lines = b.lines;
        this.firstMonth = b.firstMonth;
        this.repoMonthCommits = b.repoMonthCommits;
        this.repoLastComplete = b.repoLastComplete;
    }

    /** Builds the panel from a table with the {@code commits.csv} columns of the data contract. */
    public static Panel of(Table commits) {
        return new Panel(PanelBuilder.build(commits));
    }

    /** Everyone who authored or co-authored a counted commit, sorted. */
    public List<String> persons() {
        return Collections.unmodifiableList(Arrays.asList(persons));
    }

    /** The repositories in the commits table, sorted. */
    public List<String> repos() {
        return Collections.unmodifiableList(Arrays.asList(repos));
    }

    /**
     * The last complete month of a repository's export: the month before its latest commit. Later months are
     * missing data, not zero activity.
     */
    public YearMonth lastCompleteMonth(String repo) {
        return toYearMonth(repoLastComplete[repo(repo)]);
    }

    /** The first month any commit falls in. */
    public YearMonth firstMonth() {
        return toYearMonth(firstMonth);
    }

    /** The repositories the person authored or co-authored counted commits in, sorted. */
    public List<String> reposOf(String person) {
        Integer p = personIndex.get(person);
        if (p == null) {
            return List.of();
        }
        TreeSet<String> result = new TreeSet<>();
        for (int c = personStart[p]; c < personStart[p + 1]; c++) {
            result.add(repos[cellRepo[c]]);
        }
        return List.copyOf(result);
    }

    /** People with at least one authored commit in any of the repositories, sorted. */
    public List<String> authorsIn(Collection<String> repoNames) {
        boolean[] wanted = repoMask(repoNames);
        List<String> result = new ArrayList<>();
        for (int p = 0; p < persons.length; p++) {
            for (int c = personStart[p]; c < personStart[p + 1]; c++) {
                if (wanted[cellRepo[c]] && authored[c] > 0) {
                    result.add(persons[p]);
                    break;
                }
            }
        }
        return result;
    }

    /**
     * A person's monthly values of one metric over a set of repositories, one entry per month from {@code from}
     * to {@code to} inclusive. Months without activity are 0 for counts and NaN for shares; a person the panel
     * does not know has no activity. Each month counts the repositories whose export covers it; a month no
     * repository covers is NaN. For counts over repositories whose exports end at different months, prefer
     * {@link #seriesByRepo}, which keeps a repository's missing months apart.
     */
    public double[] series(String person, Metric metric, Collection<String> repoNames, YearMonth from, YearMonth to) {
        int start = toIndex(from);
        int months = toIndex(to) - start + 1;
        if (months <= 0) {
            return new double[0];
        }
        boolean[] wanted = repoMask(repoNames);
        long[] sum = new long[months];
        int[] mask = new int[months];
        int[] authoredSum = new int[months];
        Integer p = personIndex.get(person);
        if (p != null) {
            for (int c = personStart[p]; c < personStart[p + 1]; c++) {
                int m = cellMonth[c] - start;
                if (m < 0 || m >= months || !wanted[cellRepo[c]]) {
                    continue;
                }
                authoredSum[m] += authored[c];
                mask[m] |= dayMask[c];
                sum[m] += numerator(metric, c);
            }
        }
        int latest = Integer.MIN_VALUE;
        for (int r = 0; r < repos.length; r++) {
            latest = wanted[r] ? Math.max(latest, repoLastComplete[r]) : latest;
        }
        double[] values = new double[months];
        for (int m = 0; m < months; m++) {
            values[m] =
                    m + start > latest ? Double.NaN : value(metric, sum[m], mask[m], authoredSum[m], m + start, wanted);
        }
        return values;
    }

    /** Whether a repository's export covers a month: every month up to its last complete month. */
    public boolean covers(String repo, YearMonth month) {
        return !month.isAfter(lastCompleteMonth(repo));
    }

    /**
     * A person's monthly values of an additive metric, one row per repository (in the given order) and one column
     * per month from {@code from} to {@code to}. A month after a repository's export ends is NaN in that row only:
     * missing for that repository, never zero, and no reason to drop the other rows.
     *
     * <p>Active days are a union over repositories (a day counts once), so they are split without double counting:
     * taking repositories from the longest-running export to the stalest (ties by name), each row counts the days
     * not already counted by a repository whose export runs longer. Every row is then observed whenever its
     * repository is (the rows it depends on run at least as long), and the rows add up to the union.
     *
     * @throws IllegalArgumentException for a share ({@link Metric#isRatio()}): shares do not add up over
     *     repositories; {@link #series} gives them over the repositories covering each month
     */
    public double[][] seriesByRepo(String person, Metric metric, List<String> repoNames, YearMonth from, YearMonth to) {
        if (metric.isRatio()) {
            throw new IllegalArgumentException(metric + " is a share: it does not add up over repositories");
        }
        int start = toIndex(from);
        int months = Math.max(0, toIndex(to) - start + 1);
        int k = repoNames.size();
        int[] index = new int[k];
        for (int i = 0; i < k; i++) {
            index[i] = repo(repoNames.get(i));
        }
        double[][] values = new double[k][months];
        int[][] masks = new int[k][months];
        Integer p = personIndex.get(person);
        if (p != null) {
            for (int c = personStart[p]; c < personStart[p + 1]; c++) {
                int m = cellMonth[c] - start;
                if (m < 0 || m >= months) {
                    continue;
                }
                for (int i = 0; i < k; i++) {
                    if (index[i] == cellRepo[c]) {
                        values[i][m] += metric == Metric.ACTIVE_DAYS ? 0 : numerator(metric, c);
                        masks[i][m] |= dayMask[c];
                    }
                }
            }
        }
        if (metric == Metric.ACTIVE_DAYS) {
            Integer[] order = new Integer[k];
            for (int i = 0; i < k; i++) {
                order[i] = i;
            }
            Arrays.sort(
                    order,
                    (a, b) -> repoLastComplete[index[a]] != repoLastComplete[index[b]]
                            ? Integer.compare(repoLastComplete[index[b]], repoLastComplete[index[a]])
                            : repos[index[a]].compareTo(repos[index[b]]));
            for (int m = 0; m < months; m++) {
                int seen = 0;
                for (int i : order) {
                    values[i][m] = Integer.bitCount(masks[i][m] & ~seen);
                    seen |= masks[i][m];
                }
            }
        }
        for (int i = 0; i < k; i++) {
            for (int m = Math.max(0, repoLastComplete[index[i]] + 1 - start); m < months; m++) {
                values[i][m] = Double.NaN;
            }
        }
        return values;
    }

    /** The person's activity months, per repository and in total ({@code repo = "all"}), sorted by repo then month. */
    public List<ActivityMonth> months(String person) {
        Integer p = personIndex.get(person);
        if (p == null) {
            return List.of();
        }
        List<ActivityMonth> result = new ArrayList<>();
        Map<Integer, long[]> totals = new TreeMap<>();
        for (int c = personStart[p]; c < personStart[p + 1]; c++) {
            int r = cellRepo[c];
            int m = cellMonth[c];
            result.add(new ActivityMonth(
                    persons[p],
                    repos[r],
                    toYearMonth(m),
                    authored[c],
                    coAuthored[c],
                    security[c],
                    Integer.bitCount(dayMask[c]),
                    lines[c],
                    share(authored[c], repoTotal(r, m)),
                    share(workingHours[c], authored[c])));
            long[] t = totals.computeIfAbsent(m, k -> new long[6]);
            t[0] += authored[c];
            t[1] += coAuthored[c];
            t[2] += security[c];
            t[3] |= dayMask[c];
            t[4] += lines[c];
            t[5] += workingHours[c];
        }
        for (Map.Entry<Integer, long[]> e : totals.entrySet()) {
            int m = e.getKey();
            long[] t = e.getValue();
            int all = 0;
            for (int r = 0; r < repos.length; r++) {
                all += repoTotal(r, m);
            }
            result.add(new ActivityMonth(
                    persons[p],
                    ALL,
                    toYearMonth(m),
                    (int) t[0],
                    (int) t[1],
                    (int) t[2],
                    Long.bitCount(t[3]),
                    t[4],
                    share(t[0], all),
                    share(t[5], t[0])));
        }
        result.sort((a, b) -> a.repo().equals(b.repo())
                ? a.month().compareTo(b.month())
                : a.repo().compareTo(b.repo()));
        return result;
    }

    /**
     * The whole panel as a table: person_id, repo ({@code all} for totals), month (first day), then one column per
     * {@link Metric}; sorted by person, repo, month. A fresh copy on every call.
     */
    public Table table() {
        Table built = table;
        if (built == null) {
            synchronized (this) {
                built = table;
                if (built == null) {
                    built = PanelTable.build(this, persons());
                    table = built;
                }
            }
        }
        return built.copy();
    }

    /** The panel rows of one person (an unknown person gives an empty table). */
    public Table table(String person) {
        return PanelTable.build(this, List.of(person));
    }

    /** Repository-month totals of authored commits: the denominators of {@code repo_share}. */
    public Table repoTotals() {
        return PanelTable.repoTotals(this);
    }

    private long numerator(Metric metric, int c) {
        switch (metric) {
            case COMMITS:
            case REPO_SHARE:
                return authored[c];
            case CO_AUTHORED_COMMITS:
                return coAuthored[c];
            case SECURITY_COMMITS:
                return security[c];
            case LINES_CHANGED:
                return lines[c];
            case WORKING_HOURS_SHARE:
                return workingHours[c];
            default:
                return 0;
        }
    }

    private double value(Metric metric, long sum, int mask, int authoredSum, int month, boolean[] wanted) {
        switch (metric) {
            case ACTIVE_DAYS:
                return Integer.bitCount(mask);
            case REPO_SHARE:
                int total = 0;
                for (int r = 0; r < repos.length; r++) {
                    if (wanted[r]) {
                        total += repoTotal(r, month);
                    }
                }
                return share(sum, total);
            case WORKING_HOURS_SHARE:
                return share(sum, authoredSum);
            default:
                return sum;
        }
    }

    int repoTotal(int r, int month) {
        int m = month - firstMonth;
        return m >= 0 && m < repoMonthCommits[r].length ? repoMonthCommits[r][m] : 0;
    }

    private boolean[] repoMask(Collection<String> repoNames) {
        boolean[] wanted = new boolean[repos.length];
        for (String name : repoNames) {
            wanted[repo(name)] = true;
        }
        return wanted;
    }

    private int repo(String name) {
        Integer r = repoIndex.get(name);
        if (r == null) {
            throw new IllegalArgumentException(
                    "unknown repository '" + name + "'; valid repositories: " + String.join(", ", repos));
        }
        return r;
    }

    static double share(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }

    private static Map<String, Integer> indexOf(String[] names) {
        Map<String, Integer> index = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            index.put(names[i], i);
        }
        return index;
    }

    /** Months since year 0: {@code year * 12 + month - 1}. */
    static int toIndex(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    static YearMonth toYearMonth(int index) {
        return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    @Override
    public String toString() {
        return "Panel[" + persons.length + " contributors, " + repos.length + " repositories, " + cellMonth.length
                + " person-repository-months]";
    }
}
