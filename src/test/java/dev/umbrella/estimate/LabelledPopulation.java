package dev.umbrella.estimate;

import dev.umbrella.Synthetic;
import dev.umbrella.model.Inputs;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A synthetic population of commits with a planted truth: each commit has the rule's flag and a true label, drawn
 * per group and period from known rates. The engineer {@link Synthetic#ENGINEER} volunteers 2019–2022 and is funded
 * from 2023; {@code others} contributors commit throughout. {@link #labels} labels a drawn sample by the truth, as a
 * perfect labeller would; the finite-population precision and recall are known exactly.
 */
final class LabelledPopulation {
    /**
     * Per month: flagged and unflagged commits, the share of flagged ones that are security work (precision) and
     * of unflagged ones (false omission).
     */
    record Rates(double flaggedPerMonth, double unflaggedPerMonth, double precision, double missed) {}

    /** One commit of the population. */
    record Commit(String sha, String group, YearMonth month, boolean flagged, boolean sampledFlag, String truth) {}

    final Table commits;
    final List<Commit> population;

    private LabelledPopulation(Table commits, List<Commit> population) {
        this.commits = commits;
        this.population = population;
    }

    /** @param others contributors other than the engineer (each commits at {@code otherRates}) */
    static LabelledPopulation generate(long seed, Rates volunteer, Rates funded, int others, Rates otherRates) {
        SplittableRandom random = new SplittableRandom(seed);
        Synthetic.Commits builder = new Synthetic.Commits();
        List<Commit> all = new ArrayList<>();
        int sha = 0;
        for (YearMonth m = Synthetic.FIRST; !m.isAfter(Synthetic.LAST); m = m.plusMonths(1)) {
            Rates eng = m.isBefore(YearMonth.from(Synthetic.START)) ? volunteer : funded;
            sha = add(builder, all, random, Synthetic.ENGINEER, m, eng, sha);
            for (int j = 1; j <= others; j++) {
                sha = add(builder, all, random, Synthetic.contributor(j), m, otherRates, sha);
            }
        }
        // A commit in 2025-01 marks the export's end, so 2024-12 is the last complete month.
        builder.add(
                Synthetic.REPO,
                Synthetic.contributor(1),
                LocalDateTime.of(2025, 1, 3, 12, 0),
                0,
                false,
                false,
                false,
                "",
                1,
                1);
        all.add(new Commit(sha(++sha), "others", YearMonth.of(2025, 1), false, false, RuleValidation.NOT_SECURITY));
        return new LabelledPopulation(builder.table(), all);
    }

    /**
     * The same commits after the rule changed: today's flag ({@code security}) also holds for the commits
     * {@code gained} selects; the flag the sample is drawn by ({@code security_v1}) is the first one.
     */
    LabelledPopulation withGainedFlags(Predicate<Commit> gained) {
        Table table = commits.copy();
        BooleanColumn v1 = BooleanColumn.create(LabelSample.SAMPLED_FLAG);
        List<Commit> now = new ArrayList<>();
        for (int i = 0; i < population.size(); i++) {
            Commit c = population.get(i);
            boolean today = c.flagged() || gained.test(c);
            v1.append(c.flagged());
            table.booleanColumn("security").set(i, today);
            now.add(new Commit(c.sha(), c.group(), c.month(), today, c.flagged(), c.truth()));
        }
        table.addColumns(v1);
        return new LabelledPopulation(table, now);
    }

    private static int add(
            Synthetic.Commits builder,
            List<Commit> all,
            SplittableRandom random,
            String author,
            YearMonth month,
            Rates rates,
            int sha) {
        int flagged = Synthetic.poisson(random, rates.flaggedPerMonth());
        int unflagged = Synthetic.poisson(random, rates.unflaggedPerMonth());
        String group = author.equals(Synthetic.ENGINEER) ? author : "others";
        for (int k = 0; k < flagged + unflagged; k++) {
            boolean flag = k < flagged;
            boolean security = random.nextDouble() < (flag ? rates.precision() : rates.missed());
            LocalDateTime time = month.atDay(1 + random.nextInt(28)).atTime(random.nextInt(24), random.nextInt(60));
            builder.add(Synthetic.REPO, author, time, 0, false, flag, false, "", 10, 2);
            all.add(new Commit(
                    sha(++sha),
                    group,
                    month,
                    flag,
                    flag,
                    security ? RuleValidation.SECURITY : RuleValidation.NOT_SECURITY));
        }
        return sha;
    }

    static String sha(int n) {
        return String.format(java.util.Locale.ROOT, "%040x", n);
    }

    Inputs inputs() {
        return Inputs.of(
                Synthetic.people(),
                Synthetic.periods(true),
                Synthetic.emptyFunding(),
                commits,
                Synthetic.emptyReportedMetrics(),
                Synthetic.assumptions());
    }

    /** The sample drawn from these inputs, labelled by the truth ({@code relabel} may change a label). */
    Inputs labelled(java.util.function.UnaryOperator<String[]> relabel) {
        Inputs inputs = inputs();
        LabelSample sample = LabelSample.draw(inputs, LabelSample.SEED);
        Map<String, String> truth = new LinkedHashMap<>();
        population.forEach(c -> truth.put(c.sha(), c.truth()));
        Table labels = Table.create(
                "labels",
                IntColumn.create("item"),
                StringColumn.create("repo"),
                StringColumn.create("sha"),
                StringColumn.create("label"),
                StringColumn.create("reason"));
        int item = 0;
        for (LabelSample.Unit u : sample.units()) {
            String[] row = relabel.apply(new String[] {u.repo(), u.sha(), truth.get(u.sha())});
            if (row == null) {
                continue;
            }
            labels.intColumn("item").append(++item);
            labels.stringColumn("repo").append(row[0]);
            labels.stringColumn("sha").append(row[1]);
            labels.stringColumn("label").append(row[2]);
            labels.stringColumn("reason").append("planted");
        }
        return inputs.withSecurityLabels(labels);
    }

    Inputs labelled() {
        return labelled(row -> row);
    }

    /** The population's share of security commits among those {@code flag} selects and that {@code in} contains. */
    double precision(Predicate<Commit> in, Predicate<Commit> flag) {
        long selected = population.stream().filter(in).filter(flag).count();
        long security = population.stream()
                .filter(in)
                .filter(flag)
                .filter(LabelledPopulation::isSecurity)
                .count();
        return security / (double) selected;
    }

    /** The population's share of security commits that {@code flag} selects, among those {@code in} contains. */
    double recall(Predicate<Commit> in, Predicate<Commit> flag) {
        long security = population.stream()
                .filter(in)
                .filter(LabelledPopulation::isSecurity)
                .count();
        long caught = population.stream()
                .filter(in)
                .filter(LabelledPopulation::isSecurity)
                .filter(flag)
                .count();
        return caught / (double) security;
    }

    static boolean isSecurity(Commit c) {
        return c.truth().equals(RuleValidation.SECURITY);
    }
}
