package dev.umbrella.estimate;

import dev.umbrella.model.Cohort;
import dev.umbrella.model.Engineer;
import dev.umbrella.model.FundedStart;
import dev.umbrella.model.Inputs;
import dev.umbrella.model.Metric;
import dev.umbrella.model.Panel;
import dev.umbrella.model.Reported;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * The estimates for one engineer: the entry of the {@code estimate} stage and what a notebook cell calls, e.g.
 * {@code Estimates.of(inputs, "mike").seed(7).transition(2).effect("security_commits")}. Immutable: each setting
 * returns a changed copy, so cells can be re-run in any order. Unknown engineer ids and metric names fail with
 * the list of valid names.
 */
public final class Estimates {
    private final Inputs inputs;
    private final Engineer engineer;
    private final Design design;
    private volatile Timeline timeline;
    private volatile Cohort cohort;

    private Estimates(Inputs inputs, Engineer engineer, Design design) {
        this.inputs = inputs;
        this.engineer = engineer;
        this.design = design;
    }

    public static Estimates of(Inputs inputs, String engineerId) {
        return new Estimates(inputs, inputs.engineer(engineerId), Design.DEFAULT);
    }

    public Estimates design(Design value) {
        return new Estimates(inputs, engineer, value);
    }

    public Estimates seed(long value) {
        return design(design.withSeed(value));
    }

    public Estimates transition(int months) {
        return design(design.withTransitionMonths(months));
    }

    public Estimates windows(int preMonths, int postMonths) {
        return design(design.withWindows(preMonths, postMonths));
    }

    /** Count only these repositories (default: every repository the engineer contributed to). */
    public Estimates repos(String... repos) {
        for (String repo : repos) {
            inputs.panel().lastCompleteMonth(repo);
        }
        return design(design.withRepos(List.of(repos)));
    }

    /** Use this funded start (ISO date) instead of {@code periods.csv}'s, as a stated assumption. */
    public Estimates assumeStart(String isoDate) {
        return design(design.withAssumedStart(LocalDate.parse(isoDate)));
    }

    public Estimates seasonal(boolean value) {
        return design(design.withSeasonal(value));
    }

    public Engineer engineer() {
        return engineer;
    }

    public Design design() {
        return design;
    }

    public Inputs inputs() {
        return inputs;
    }

    /** The engineer's rows of {@code periods.csv}. */
    public Table periods() {
        Table all = inputs.periodsTable();
        return all.where(all.stringColumn("person_id").isEqualTo(engineer.id()));
    }

    /** The funded start, or "insufficient data" where no source states it. */
    public FundedStart start() {
        return FundedStart.of(engineer);
    }

    /** The engineer's panel rows: every month with activity, per repository and in total. */
    public Table activity() {
        return inputs.panel().table(engineer.id());
    }

    /** The months of each segment under this design (computed once per instance: instances are immutable). */
    public Timeline timeline() {
        Timeline t = timeline;
        if (t == null) {
            t = Timeline.of(engineer, inputs.panel(), design);
            timeline = t;
        }
        return t;
    }

    /** The monthly series of a metric over the timeline, with each month's segment. */
    public MonthlySeries series(String metric) {
        return series(timeline(), Metric.of(metric));
    }

    /** Before/after: monthly rate per period with bootstrap intervals, and changes against the volunteer rate. */
    public PeriodEffect effect(String metric) {
        Timeline timeline = timeline();
        return BeforeAfter.estimate(engineer, timeline, series(timeline, Metric.of(metric)), design);
    }

    /** Interrupted time series: level and slope change at the funded start. */
    public ItsFit its(String metric) {
        Timeline timeline = timeline();
        return InterruptedTimeSeries.fit(timeline, series(timeline, Metric.of(metric)), design);
    }

    /** The comparison group: see {@link Cohort} for the rule. */
    public Cohort comparison() {
        return cohort(timeline());
    }

    /** Difference-in-differences against the comparison group. */
    public DidResult did(String metric) {
        Timeline timeline = timeline();
        return DiffInDiff.estimate(
                timeline, series(timeline, Metric.of(metric)), cohort(timeline), inputs.panel(), design);
    }

    /**
     * Event study against the comparison group: per month from the funded start, the monthly difference minus its
     * volunteer-window mean, with 95% bands, a joint test that the volunteer-window coefficients are zero and the
     * pre-trend slope (see {@link EventStudyResult}).
     */
    public EventStudyResult eventStudy(String metric) {
        Timeline timeline = timeline();
        return EventStudy.estimate(
                timeline, series(timeline, Metric.of(metric)), cohort(timeline), inputs.panel(), design);
    }

    /** Placebo-in-time and placebo-in-space ranks of the DiD statistic. */
    public PlaceboResult placebo(String metric) {
        Timeline timeline = timeline();
        return Placebo.test(timeline, series(timeline, Metric.of(metric)), cohort(timeline), inputs.panel(), design);
    }

    /**
     * The specification table: the before/after change and the DiD under other baselines, transitions, repository
     * sets and comparison-group thresholds, with which conclusions survive all of them.
     */
    public Sensitivity sensitivity(String metric) {
        return Sensitivity.of(this, Metric.of(metric).column());
    }

    /**
     * Spillovers: the comparison group's own change, the DiD against a group from repositories the engineer never
     * worked in, and per repository the engineer's, everyone else's and the total series (substitution).
     */
    public Spillover spillover(String metric) {
        return Spillover.of(
                this, Metric.of(metric), new HashSet<>(inputs.engineers().keySet()));
    }

    /** The DiD against contributors to repositories the engineer never committed to (see {@link Spillover}). */
    public DidResult didOutside(String metric) {
        Timeline timeline = timeline();
        List<String> outside = OutsideComparison.repos(inputs.panel(), engineer.id());
        Cohort cohort =
                OutsideComparison.cohort(this, new HashSet<>(inputs.engineers().keySet()), outside);
        return DiffInDiff.estimate(
                timeline,
                series(timeline, Metric.of(metric)),
                cohort,
                timeline.overRepos(outside, inputs.panel()),
                inputs.panel(),
                design);
    }

    /** Every estimator on every metric, one row per metric, with Holm-adjusted placebo p-values. */
    public Summary summary() {
        return Summary.of(this, List.of(Metric.values()));
    }

    /** Every estimator on the given metrics (the Holm adjustment stays over all metrics, as in {@link #summary()}). */
    public Summary summary(String... metrics) {
        return Summary.of(this, Arrays.stream(metrics).map(Metric::of).toList());
    }

    /** Reported values of a {@code reported_metrics.csv} metric for this engineer's role, over all dates. */
    public Reported reported(String metric) {
        return Reported.select(inputs, engineer.id(), metric, null, null);
    }

    /** Reported values within [from, to] (ISO dates); "insufficient data" when there are none. */
    public Reported reported(String metric, String from, String to) {
        return Reported.select(inputs, engineer.id(), metric, LocalDate.parse(from), LocalDate.parse(to));
    }

    private MonthlySeries series(Timeline timeline, Metric metric) {
        return series(timeline, metric, engineer.id());
    }

    /** A person's series on the timeline: per-repository rows for a count, shares over covering repositories. */
    static MonthlySeries series(Timeline timeline, Metric metric, String person, Panel panel) {
        if (timeline.months().isEmpty()) {
            return MonthlySeries.ofShares(person, metric, List.of(), List.of(), new double[0]);
        }
        if (metric.isRatio()) {
            return MonthlySeries.ofShares(
                    person,
                    metric,
                    timeline.months(),
                    timeline.segments(),
                    panel.series(person, metric, timeline.repos(), timeline.first(), timeline.dataEnd()));
        }
        return MonthlySeries.ofRows(
                person,
                metric,
                timeline.months(),
                timeline.segments(),
                timeline.repos(),
                panel.seriesByRepo(person, metric, timeline.repos(), timeline.first(), timeline.dataEnd()));
    }

    private MonthlySeries series(Timeline timeline, Metric metric, String person) {
        return series(timeline, metric, person, inputs.panel());
    }

    private Cohort cohort(Timeline timeline) {
        Cohort c = cohort;
        if (c == null) {
            c = selectCohort(timeline);
            cohort = c;
        }
        return c;
    }

    private Cohort selectCohort(Timeline timeline) {
        return cohortIn(
                timeline, timeline.repos(), new HashSet<>(inputs.engineers().keySet()));
    }

    /**
     * The comparison contributors to {@code repos} over the timeline's volunteer window, leaving out {@code excluded};
     * an empty group (with no window) when there is no volunteer window or no repository.
     */
    Cohort cohortIn(Timeline timeline, List<String> repos, Set<String> excluded) {
        int[] pre = timeline.indices(Segment.PRE);
        if (pre.length == 0 || repos.isEmpty()) {
            return new Cohort(
                    engineer.id(), repos, null, null, design.minCohortCommits(), design.minCohortMonths(), List.of());
        }
        return Cohort.select(
                inputs.panel(),
                engineer.id(),
                excluded,
                repos,
                timeline.months().get(pre[0]),
                timeline.months().get(pre[pre.length - 1]),
                design.minCohortCommits(),
                design.minCohortMonths());
    }

    @Override
    public String toString() {
        return "Estimates[" + engineer.id() + ", seed " + design.seed() + ", transition " + design.transitionMonths()
                + " months]";
    }
}
