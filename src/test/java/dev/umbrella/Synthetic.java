package dev.umbrella;

import dev.umbrella.model.Inputs;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.SplittableRandom;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Synthetic datasets with the data contract's columns and a planted, known answer: an engineer ("eng") who
 * volunteers from 2019 and is funded from 2023-01-01, thirty comparison contributors, monthly commit counts drawn
 * from Poisson distributions, and an effect added to the engineer's counts from the start month on.
 */
public final class Synthetic {
    public static final String ENGINEER = "eng";
    public static final String REPO = "org/repo";
    public static final LocalDate START = LocalDate.of(2023, 1, 1);
    public static final YearMonth FIRST = YearMonth.of(2019, 1);
    /** Data run to 2024-12 (a commit in 2025-01 marks the export date, so 2024-12 is the last complete month). */
    public static final YearMonth LAST = YearMonth.of(2024, 12);

    private Synthetic() {}

    /**
     * A scenario's knobs.
     *
     * @param effect security commits per month added to the engineer from the start month (so commits and
     *     security_commits both rise by it)
     * @param trend commits per month added per month since 2019-01, to everyone (a secular trend)
     * @param preTrend security commits per month added to the engineer alone per month over the
     *     {@link #PRE_TREND_MONTHS} months before the start (1 × preTrend in the first of them, 12 × preTrend in
     *     the last); the level reached stays on after the start, under the planted effect
     */
    public record Scenario(
            long seed, double effect, double trend, int comparisonUnits, boolean fundedPeriod, double preTrend) {
        public static Scenario planted(double effect) {
            return new Scenario(42, effect, 0, 30, true, 0);
        }

        public Scenario withSeed(long value) {
            return new Scenario(value, effect, trend, comparisonUnits, fundedPeriod, preTrend);
        }

        public Scenario withTrend(double value) {
            return new Scenario(seed, effect, value, comparisonUnits, fundedPeriod, preTrend);
        }

        public Scenario withComparisonUnits(int value) {
            return new Scenario(seed, effect, trend, value, fundedPeriod, preTrend);
        }

        public Scenario withoutFundedPeriod() {
            return new Scenario(seed, effect, trend, comparisonUnits, false, preTrend);
        }

        /** The engineer's security commits rise by {@code value} per month over the year before the start. */
        public Scenario withPreTrend(double value) {
            return new Scenario(seed, effect, trend, comparisonUnits, fundedPeriod, value);
        }
    }

    /** How many months before the start a {@link Scenario#preTrend()} rises over. */
    public static final int PRE_TREND_MONTHS = 12;

    public static Inputs inputs(Scenario scenario) {
        return Inputs.of(
                people(),
                periods(scenario.fundedPeriod()),
                emptyFunding(),
                commits(scenario),
                emptyReportedMetrics(),
                assumptions());
    }

    /**
     * The scenario plus a second repository, {@code repo}, whose export ends after {@code lastMonth}: the engineer
     * makes one security commit a month there from 2019-01 to {@code lastMonth}, and a comparison contributor's
     * commit in the month after marks the export's end. Its later months are missing, not zero.
     */
    public static Inputs withStaleRepository(Scenario scenario, String repo, YearMonth lastMonth) {
        Commits stale = new Commits();
        for (YearMonth m = FIRST; !m.isAfter(lastMonth); m = m.plusMonths(1)) {
            stale.add(repo, ENGINEER, m.atDay(20).atTime(12, 0), 0, false, true, false, "", 1, 0);
        }
        stale.add(
                repo, contributor(1), lastMonth.plusMonths(1).atDay(2).atTime(12, 0), 0, false, false, false, "", 1, 0);
        Table commits = commits(scenario).append(stale.table());
        return Inputs.of(
                people(),
                periods(scenario.fundedPeriod()),
                emptyFunding(),
                commits,
                emptyReportedMetrics(),
                assumptions());
    }

    public static Table commits(Scenario s) {
        Commits commits = new Commits();
        SplittableRandom random = new SplittableRandom(s.seed());
        int months = (int) FIRST.until(LAST, java.time.temporal.ChronoUnit.MONTHS) + 1;
        String[] contributors = new String[s.comparisonUnits() + 1];
        for (int j = 1; j <= s.comparisonUnits(); j++) {
            contributors[j] = contributor(j);
        }
        for (int m = 0; m < months; m++) {
            YearMonth month = FIRST.plusMonths(m);
            double trend = s.trend() * m;
            boolean funded = !month.isBefore(YearMonth.from(START));
            double extra = funded ? s.effect() : 0;
            long untilStart = month.until(YearMonth.from(START), java.time.temporal.ChronoUnit.MONTHS);
            extra += s.preTrend() * (PRE_TREND_MONTHS + 1 - Math.max(1, Math.min(PRE_TREND_MONTHS + 1, untilStart)));
            // The planted extra commits are all security commits: +effect to commits and to security_commits.
            addMonth(commits, random, ENGINEER, month, poisson(random, 6 + trend), poisson(random, 1 + extra));
            for (int j = 1; j <= s.comparisonUnits(); j++) {
                double rate = 2 + (j % 7) + trend;
                addMonth(commits, random, contributors[j], month, poisson(random, rate), poisson(random, 0.3));
            }
        }
        commits.add(REPO, contributor(1), LocalDateTime.of(2025, 1, 3, 12, 0), 0, false, false, false, "", 1, 1);
        return commits.table();
    }

    public static String contributor(int j) {
        return String.format(java.util.Locale.ROOT, "c-%012x", j);
    }

    private static void addMonth(
            Commits commits, SplittableRandom random, String author, YearMonth month, int plain, int security) {
        for (int k = 0; k < plain + security; k++) {
            LocalDateTime time = month.atDay(1 + random.nextInt(28)).atTime(random.nextInt(24), random.nextInt(60));
            commits.add(REPO, author, time, 0, false, k >= plain, false, "", 10, 2);
        }
    }

    /** Knuth's method; fine for the small rates used here. */
    public static int poisson(SplittableRandom random, double lambda) {
        double limit = Math.exp(-Math.max(0, lambda));
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }

    public static Table people() {
        return Table.create(
                "people",
                StringColumn.create("person_id", ENGINEER),
                StringColumn.create("name", "Eng Ineer"),
                StringColumn.create("github", "eng"),
                StringColumn.create("ecosystem", "python"),
                StringColumn.create("employer", "Org"),
                StringColumn.create("source_url", "https://example.org/eng"));
    }

    public static Table periods(boolean funded) {
        Periods periods = new Periods();
        periods.add(ENGINEER, "volunteer", LocalDate.of(2019, 1, 1), START.minusDays(1), "stated");
        if (funded) {
            periods.add(ENGINEER, "funded", START, null, "stated");
        }
        return periods.table();
    }

    /** Builds a {@code periods.csv} table. */
    public static final class Periods {
        private final Table table = Table.create(
                "periods",
                StringColumn.create("person_id"),
                StringColumn.create("kind"),
                DateColumn.create("start"),
                DateColumn.create("end"),
                BooleanColumn.create("partly_paid"),
                StringColumn.create("employer"),
                StringColumn.create("funder"),
                StringColumn.create("role"),
                StringColumn.create("confidence"),
                StringColumn.create("source_urls"),
                StringColumn.create("note"));

        public Periods add(String person, String kind, LocalDate start, LocalDate end, String confidence) {
            table.stringColumn("person_id").append(person);
            table.stringColumn("kind").append(kind);
            table.dateColumn("start").append(start);
            if (end == null) {
                table.dateColumn("end").appendMissing();
            } else {
                table.dateColumn("end").append(end);
            }
            table.booleanColumn("partly_paid").append(false);
            table.stringColumn("employer").append("Org");
            table.stringColumn("funder").append(kind.equals("funded") ? "Funder" : "");
            table.stringColumn("role").append("role");
            table.stringColumn("confidence").append(confidence);
            table.stringColumn("source_urls").append("https://example.org/" + kind);
            table.stringColumn("note").append("synthetic");
            return this;
        }

        public Table table() {
            return table.copy();
        }
    }

    /** Builds a {@code commits.csv} table. */
    public static final class Commits {
        private int sha;
        private final Table table = Table.create(
                "commits",
                StringColumn.create("repo"),
                StringColumn.create("sha"),
                StringColumn.create("author"),
                StringColumn.create("co_authors"),
                DateTimeColumn.create("author_time"),
                IntColumn.create("utc_offset_minutes"),
                BooleanColumn.create("is_merge"),
                IntColumn.create("files_changed"),
                IntColumn.create("lines_added"),
                IntColumn.create("lines_deleted"),
                BooleanColumn.create("security"),
                BooleanColumn.create("bot"));

        public Commits add(
                String repo,
                String author,
                LocalDateTime utc,
                int offsetMinutes,
                boolean merge,
                boolean security,
                boolean bot,
                String coAuthors,
                int added,
                int deleted) {
            table.stringColumn("repo").append(repo);
            table.stringColumn("sha").append(sha(++sha));
            table.stringColumn("author").append(author);
            table.stringColumn("co_authors").append(coAuthors);
            table.dateTimeColumn("author_time").append(utc);
            table.intColumn("utc_offset_minutes").append(offsetMinutes);
            table.booleanColumn("is_merge").append(merge);
            table.intColumn("files_changed").append(merge ? 0 : 1);
            table.intColumn("lines_added").append(added);
            table.intColumn("lines_deleted").append(deleted);
            table.booleanColumn("security").append(security);
            table.booleanColumn("bot").append(bot);
            return this;
        }

        public Table table() {
            return table.copy();
        }

        /** The counter as 40 hex digits, like {@code %040x} but without a formatter (panels have thousands). */
        private static String sha(int n) {
            String hex = Integer.toHexString(n);
            return "0".repeat(40 - hex.length()) + hex;
        }
    }

    public static Table emptyFunding() {
        return Table.create(
                "funding",
                StringColumn.create("funder"),
                StringColumn.create("recipient"),
                StringColumn.create("person_id"),
                StringColumn.create("purpose"),
                DoubleColumn.create("amount_usd"),
                DateColumn.create("start"),
                DateColumn.create("end"),
                StringColumn.create("source_url"),
                BooleanColumn.create("is_assumption"),
                StringColumn.create("note"));
    }

    public static Table emptyReportedMetrics() {
        return Table.create(
                "reported_metrics",
                StringColumn.create("metric"),
                DoubleColumn.create("value"),
                StringColumn.create("unit"),
                StringColumn.create("qualifier"),
                DateColumn.create("period_start"),
                DateColumn.create("period_end"),
                StringColumn.create("entity"),
                StringColumn.create("raw_file"),
                IntColumn.create("line"),
                StringColumn.create("quote"),
                StringColumn.create("source_url"));
    }

    public static Table assumptions() {
        return Table.create(
                "assumptions",
                StringColumn.create("name"),
                DoubleColumn.create("low"),
                DoubleColumn.create("base"),
                DoubleColumn.create("high"),
                StringColumn.create("unit"),
                StringColumn.create("distribution"),
                StringColumn.create("source"),
                StringColumn.create("note"));
    }

    /** An assumptions table; each row is name, low, base, high, unit, distribution. */
    public static Table assumptions(Object[]... rows) {
        Table table = assumptions();
        for (Object[] row : rows) {
            table.stringColumn("name").append((String) row[0]);
            table.doubleColumn("low").append(((Number) row[1]).doubleValue());
            table.doubleColumn("base").append(((Number) row[2]).doubleValue());
            table.doubleColumn("high").append(((Number) row[3]).doubleValue());
            table.stringColumn("unit").append((String) row[4]);
            table.stringColumn("distribution").append((String) row[5]);
            table.stringColumn("source").append("judgement");
            table.stringColumn("note").append("test");
        }
        return table;
    }

    /** A funding table with one row for the engineer. */
    public static Table funding(double amount, LocalDate start, LocalDate end) {
        Table table = emptyFunding();
        table.stringColumn("funder").append("Funder");
        table.stringColumn("recipient").append("Org");
        table.stringColumn("person_id").append(ENGINEER);
        table.stringColumn("purpose").append("role");
        table.doubleColumn("amount_usd").append(amount);
        table.dateColumn("start").append(start);
        if (end == null) {
            table.dateColumn("end").appendMissing();
        } else {
            table.dateColumn("end").append(end);
        }
        table.stringColumn("source_url").append("https://example.org/grant");
        table.booleanColumn("is_assumption").append(false);
        table.stringColumn("note").append("test");
        return table;
    }

    /** An empty {@code outputs.csv} table (the outputs ledger). */
    public static Table emptyOutputs() {
        return Table.create(
                "outputs",
                StringColumn.create("engineer"),
                StringColumn.create("period"),
                StringColumn.create("kind"),
                StringColumn.create("detail"),
                DoubleColumn.create("count"),
                StringColumn.create("qualifier"),
                DateColumn.create("start"),
                DateColumn.create("end"),
                StringColumn.create("attribution"),
                StringColumn.create("stream"),
                DateColumn.create("stream_from"),
                DateColumn.create("stream_to"),
                StringColumn.create("evidence"),
                StringColumn.create("source_url"),
                StringColumn.create("note"));
    }

    /**
     * Adds a ledger row for the engineer. A {@code reported:} or {@code curated} stream's window is the row's own
     * dates (empty for curated); give {@code windowFrom}/{@code windowTo} for an event stream such as a database.
     */
    public static Table output(
            Table table,
            String kind,
            String detail,
            double count,
            String qualifier,
            LocalDate start,
            LocalDate end,
            String attribution,
            String stream,
            LocalDate windowFrom,
            LocalDate windowTo) {
        table.stringColumn("engineer").append(ENGINEER);
        table.stringColumn("period").append(start.isBefore(START) ? "volunteer" : "funded");
        table.stringColumn("kind").append(kind);
        table.stringColumn("detail").append(detail);
        table.doubleColumn("count").append(count);
        table.stringColumn("qualifier").append(qualifier);
        table.dateColumn("start").append(start);
        table.dateColumn("end").append(end);
        table.stringColumn("attribution").append(attribution);
        table.stringColumn("stream").append(stream);
        if (windowFrom == null) {
            table.dateColumn("stream_from").appendMissing();
            table.dateColumn("stream_to").appendMissing();
        } else {
            table.dateColumn("stream_from").append(windowFrom);
            table.dateColumn("stream_to").append(windowTo);
        }
        table.stringColumn("evidence").append("reports/test.md:" + (table.rowCount()));
        table.stringColumn("source_url").append("https://example.org/report");
        table.stringColumn("note").append("synthetic");
        return table;
    }

    /** Adds a row to a reported-metrics table. */
    public static Table reported(
            Table table,
            String metric,
            double value,
            String unit,
            String qualifier,
            LocalDate start,
            LocalDate end,
            String entity) {
        table.stringColumn("metric").append(metric);
        table.doubleColumn("value").append(value);
        table.stringColumn("unit").append(unit);
        table.stringColumn("qualifier").append(qualifier);
        table.dateColumn("period_start").append(start);
        table.dateColumn("period_end").append(end);
        table.stringColumn("entity").append(entity);
        table.stringColumn("raw_file").append("reports/test.md");
        table.intColumn("line").append(table.rowCount());
        table.stringColumn("quote").append(metric + " " + value);
        table.stringColumn("source_url").append("https://example.org/report");
        return table;
    }
}
