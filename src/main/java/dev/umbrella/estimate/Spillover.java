package dev.umbrella.estimate;

import java.util.TreeSet;
import java.util.Comparator;
import dev.umbrella.model.Formats;
import dev.umbrella.datasets.PeriodKind;
import dev.umbrella.model.Cohort;
import dev.umbrella.model.Engineer;
import dev.umbrella.model.Metric;
import dev.umbrella.model.Panel;
import dev.umbrella.model.TableBuilder;
import dev.umbrella.model.Tabular;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * Did the funded engineer change his comparison group? The difference-in-differences assumes the comparison
 * contributors' series would be the same with or without the role (no spillover). A funded engineer who takes over
 * security work his colleagues used to do (substitution) lowers their series and so inflates the DiD; one who
 * reviews and enables their work raises it and deflates the DiD. Three checks, each computed, none asserted:
 * <ol>
 *   <li>the comparison group's own change from the volunteer to the funded window, with its interval;</li>
 *   <li>the same DiD against a comparison group the engineer cannot affect: contributors to repositories he never
 *       committed to, who never committed to his (same selection rule otherwise). Its remaining weakness, another
 *       funded role working in those repositories at the same time, is listed in {@link #notes()};</li>
 *   <li>per repository of the engineer, his series, everyone else's and the total before and after: when the others'
 *       fall offsets his rise, the role moved work rather than added it.</li>
 * </ol>
 */
public record Spillover(String engineerId, Metric metric, List<Group> groups, List<RepoShift> repos,
        List<String> notes) implements Tabular {

    /**
     * A comparison group: its members' mean before and after, the change, and the engineer's DiD against it.
     *
     * @param name "same repositories" or "other repositories"
     */
    public record Group(String name, Cohort cohort, List<String> repos, Estimate before, Estimate after,
            Estimate change, Estimate did, double[] changeReplicates) {}

    /** One repository of the engineer: monthly means of the engineer, everyone else and the total, per window. */
    public record RepoShift(String repo, int preMonths, int postMonths, double engineerBefore, double engineerAfter,
            double othersBefore, double othersAfter) {
        public double engineerChange() {
            return engineerAfter - engineerBefore;
        }

        public double othersChange() {
            return othersAfter - othersBefore;
        }

        public double totalChange() {
            return engineerChange() + othersChange();
        }

        /**
         * The share of the engineer's rise that the others' fall offsets (0 when they did not fall or he did not
         * rise; capped at 1 in words, not in the number).
         */
        public double offset() {
            return engineerChange() > 0 && othersChange() < 0 ? -othersChange() / engineerChange() : 0;
        }
    }

    /** An offset this close to 1 reads as "the whole rise" (rounding of monthly means must not decide the words). */
    static final double NEARLY_ALL = 0.95;

    public Spillover {
        groups = List.copyOf(groups);
        repos = List.copyOf(repos);
        notes = List.copyOf(notes);
    }

    static Spillover of(Estimates estimates, Metric metric, Set<String> funded) {
        Engineer engineer = estimates.engineer();
        Timeline timeline = estimates.timeline();
        Panel panel = estimates.inputs().panel();
        Design design = estimates.design();
        List<String> notes = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        if (!timeline.isSufficient()) {
            return new Spillover(engineer.id(), metric, groups, List.of(), List.of("insufficient data: "
                    + timeline.insufficient()));
        }
        MonthlySeries series = Estimates.series(timeline, metric, engineer.id(), panel);
        Cohort own = estimates.comparison();
        groups.add(group("same repositories", timeline, timeline, series, own, panel, design));
        List<String> outsideRepos = outsideRepos(panel, engineer.id());
        Timeline outside = timeline.overRepos(outsideRepos, panel);
        Cohort other = outsideCohort(estimates, funded, outsideRepos);
        groups.add(group("other repositories", timeline, outside, series, other, panel, design));
        for (String person : new TreeSet<>(funded)) {
            List<String> treated = person.equals(engineer.id()) ? List.of() : outsideRepos.stream()
                    .filter(repo -> fundedWorkIn(estimates, person, repo, timeline)).toList();
            if (!treated.isEmpty()) {
                notes.add("other repositories with " + person + "'s commits in his own funded period within this "
                        + "window (a concurrent treatment in that group): " + String.join(", ", treated));
            }
        }
        return new Spillover(engineer.id(), metric, groups, shifts(engineer.id(), timeline, metric, panel), notes);
    }

    /** The repositories in the panel where the engineer never authored a commit. */
    static List<String> outsideRepos(Panel panel, String engineerId) {
        List<String> mine = panel.reposOf(engineerId);
        return panel.repos().stream().filter(r -> !mine.contains(r)).sorted().toList();
    }

    /** The comparison rule applied to other repositories, leaving out anyone who ever committed to the engineer's. */
    static Cohort outsideCohort(Estimates estimates, Set<String> funded, List<String> outsideRepos) {
        Timeline timeline = estimates.timeline();
        Panel panel = estimates.inputs().panel();
        Design design = estimates.design();
        Set<String> excluded = new LinkedHashSet<>(funded);
        excluded.addAll(panel.authorsIn(panel.reposOf(estimates.engineer().id())));
        int[] pre = timeline.indices(Segment.PRE);
        if (pre.length == 0 || outsideRepos.isEmpty()) {
            return new Cohort(estimates.engineer().id(), outsideRepos, null, null, design.minCohortCommits(),
                    design.minCohortMonths(), List.of());
        }
        return Cohort.select(panel, estimates.engineer().id(), excluded, outsideRepos,
                timeline.months().get(pre[0]), timeline.months().get(pre[pre.length - 1]), design.minCohortCommits(),
                design.minCohortMonths());
    }

    private static boolean fundedWorkIn(Estimates estimates, String person, String repo, Timeline timeline) {
        Engineer other = estimates.inputs().engineer(person);
        Panel panel = estimates.inputs().panel();
        double[] commits = panel.series(person, Metric.COMMITS, List.of(repo), timeline.first(), timeline.dataEnd());
        for (int i = 0; i < commits.length; i++) {
            YearMonth m = timeline.first().plusMonths(i);
            if (commits[i] > 0 && other.kindOf(m).orElse(null) == PeriodKind.FUNDED) {
                return true;
            }
        }
        return false;
    }

    private static Group group(String name, Timeline timeline, Timeline controlTimeline, MonthlySeries series,
            Cohort cohort, Panel panel, Design design) {
        String label = metric(series) + " comparison mean (" + name + ")";
        DidResult did = DiffInDiff.estimate(timeline, series, cohort, controlTimeline, panel, design);
        if (cohort.isEmpty()) {
            Estimate none = Estimate.insufficient(label, "empty comparison group: no " + cohort.rule());
            return new Group(name, cohort, controlTimeline.repos(), none, none, none, did.did(), new double[0]);
        }
        double[] mean = DiffInDiff.leaveOneOutMean(DiffInDiff.controls(controlTimeline, cohort, panel, series), -1,
                timeline.months().size());
        double[] pre = BeforeAfter.observed(mean, timeline.indices(Segment.PRE));
        double[] post = BeforeAfter.observed(mean, timeline.indices(Segment.POST));
        if (pre.length < design.minSegmentMonths() || post.length < design.minSegmentMonths()) {
            Estimate none = Estimate.insufficient(label, pre.length + " pre and " + post.length + " post months with "
                    + "values (need " + design.minSegmentMonths() + " each)");
            return new Group(name, cohort, controlTimeline.repos(), none, none, none, did.did(), new double[0]);
        }
        // Seeds seed + 2 and + 3: the before/after and the DiD use seed and seed + 1.
        BlockBootstrap preBoot = BlockBootstrap.of(design, pre.length, design.seed() + 2);
        BlockBootstrap postBoot = BlockBootstrap.of(design, post.length, design.seed() + 3);
        double[] preReps = preBoot.means(pre);
        double[] postReps = postBoot.means(post);
        double[] change = new double[preReps.length];
        for (int r = 0; r < change.length; r++) {
            change[r] = postReps[r] - preReps[r];
        }
        double before = DiffInDiff.mean(pre);
        double after = DiffInDiff.mean(post);
        String method = preBoot.describe(design.seed() + 2) + " of the comparison group's monthly mean";
        return new Group(name, cohort, controlTimeline.repos(),
                Estimate.of(label + " volunteer window", before, Interval.ofReplicates(preReps, design.level()),
                        pre.length, method),
                Estimate.of(label + " funded window", after, Interval.ofReplicates(postReps, design.level()),
                        post.length, method),
                Estimate.of(label + " change", after - before, Interval.ofReplicates(change, design.level()),
                        pre.length + post.length, "difference of independent moving-block bootstraps"),
                did.did(), change);
    }

    private static String metric(MonthlySeries series) {
        return series.metric().column();
    }

    /** Per repository of the timeline: the engineer's, everyone else's and the total monthly mean, per window. */
    static List<RepoShift> shifts(String engineerId, Timeline timeline, Metric metric, Panel panel) {
        List<RepoShift> shifts = new ArrayList<>();
        if (metric.isRatio()) {
            return shifts;
        }
        int[] pre = timeline.indices(Segment.PRE);
        int[] post = timeline.indices(Segment.POST);
        for (String repo : timeline.repos()) {
            YearMonth end = panel.lastCompleteMonth(repo);
            double[] own = panel.series(engineerId, metric, List.of(repo), timeline.first(), timeline.dataEnd());
            double[] others = new double[own.length];
            for (String person : panel.authorsIn(List.of(repo))) {
                if (!person.equals(engineerId)) {
                    double[] s = panel.series(person, metric, List.of(repo), timeline.first(), timeline.dataEnd());
                    for (int i = 0; i < s.length; i++) {
                        others[i] += s[i];
                    }
                }
            }
            double[] o = {0, 0, 0, 0};
            int[] n = {0, 0};
            for (int k = 0; k < 2; k++) {
                for (int i : k == 0 ? pre : post) {
                    if (!timeline.months().get(i).isAfter(end)) {
                        o[2 * k] += own[i];
                        o[2 * k + 1] += others[i];
                        n[k]++;
                    }
                }
            }
            if (n[0] == 0 || n[1] == 0) {
                continue;
            }
            shifts.add(new RepoShift(repo, n[0], n[1], o[0] / n[0], o[2] / n[1], o[1] / n[0], o[3] / n[1]));
        }
        return shifts;
    }

    public Group sameRepositories() {
        return groups.get(0);
    }

    public Group otherRepositories() {
        return groups.get(1);
    }

    /**
     * The same-repositories group's change minus the other-repositories group's: the part of the colleagues' change
     * that the common drift of selected contributors (who were chosen for being active before the start and drift
     * down afterwards wherever they work) does not explain. Negative: the engineer's colleagues fell more than
     * contributors he cannot affect, as substitution would make them. Its interval combines the two independent
     * bootstraps.
     */
    public Estimate gap() {
        Group own = groups.get(0);
        Group other = groups.get(1);
        String label = metric.column() + " change of the same-repositories group minus the other-repositories group";
        if (!own.change().isSufficient() || !other.change().isSufficient()) {
            return Estimate.insufficient(label, "a comparison group's change is not estimated");
        }
        double[] reps = new double[own.changeReplicates().length];
        for (int r = 0; r < reps.length; r++) {
            reps[r] = own.changeReplicates()[r] - other.changeReplicates()[r];
        }
        return Estimate.of(label, own.change().value() - other.change().value(), Interval.ofReplicates(reps,
                own.change().interval().level()), own.change().months(), "difference of independent bootstraps");
    }

    /** The sentences a notebook prints: each computed from the groups and repositories, none typed. */
    public String summary() {
        if (groups.isEmpty()) {
            return engineerId + ": " + String.join("; ", notes);
        }
        List<String> parts = new ArrayList<>();
        String words = metric.column().replace('_', ' ');
        for (Group g : groups) {
            if (!g.change().isSufficient()) {
                parts.add(String.format(Locale.ROOT, "comparison group from %s: insufficient data (%s)", g.name(),
                        g.change().insufficient()));
                continue;
            }
            parts.add(String.format(Locale.ROOT, "the comparison group from %s (%d contributors) went from %s to %s "
                    + "%s per month, a change of %s [%s, %s]%s; the DiD against it is %s", g.name(),
                    g.cohort().members().size(), n(g.before().value()), n(g.after().value()), words,
                    signed(g.change().value()), n(g.change().interval().lower()), n(g.change().interval().upper()),
                    Sensitivity.side(g.change()) == 0 ? " (interval includes 0)" : "", did(g.did())));
        }
        if (groups.size() == 2) {
            Estimate gap = gap();
            if (gap.isSufficient()) {
                parts.add(String.format(Locale.ROOT, "the colleagues' change minus the other group's is %s [%s, %s]: "
                        + "%s", signed(gap.value()), n(gap.interval().lower()), n(gap.interval().upper()),
                        Sensitivity.side(gap) < 0 ? "the colleagues fell more than contributors he cannot affect, as "
                                + "substitution would make them"
                                : Sensitivity.side(gap) > 0 ? "the colleagues fell less (or rose more) than "
                                        + "contributors he cannot affect: no sign of substitution"
                                        : "no difference the data can tell apart from zero, so the colleagues' "
                                                + "change is the common drift of active contributors"));
            }
        }
        // The repository where substitution would show most: his series rose while everyone else's fell most.
        RepoShift shown = repos.stream().filter(r -> r.engineerChange() > 0 && r.othersChange() < 0)
                .min(Comparator.comparingDouble(RepoShift::othersChange).thenComparing(RepoShift::repo))
                .orElse(null);
        String where = "where everyone else's fell most while his rose";
        if (shown == null) {
            shown = repos.stream().max(Comparator.comparingDouble(RepoShift::engineerChange)
                    .thenComparing(RepoShift::repo)).orElse(null);
            where = "where his rose most";
        }
        if (shown != null && shown.engineerChange() > 0) {
            parts.add(String.format(Locale.ROOT, "in %s, %s (%s's %s %s → %s per month), everyone else went %s → %s "
                    + "and the total %s → %s: %s", shown.repo(), where, engineerId, words, n(shown.engineerBefore()),
                    n(shown.engineerAfter()), n(shown.othersBefore()), n(shown.othersAfter()),
                    n(shown.engineerBefore() + shown.othersBefore()), n(shown.engineerAfter() + shown.othersAfter()),
                    substitution(shown)));
        }
        return engineerId + ", " + words + ": " + String.join("; ", parts) + ".";
    }

    private static String substitution(RepoShift s) {
        if (s.offset() == 0) {
            return "the others did not fall, so no work moved from them to him";
        }
        if (s.offset() > 2 - NEARLY_ALL) {
            return String.format(Locale.ROOT, "the others' fall is %.1f times his rise, so the repository's total fell: "
                    + "all of his rise could be work that moved to him (substitution), the DiD against these colleagues "
                    + "overstates the new work, and the rest of their fall is security work no one did there any more",
                    s.offset());
        }
        if (s.offset() >= NEARLY_ALL) {
            return "the others' fall is about as large as his rise, so the repository's total did not grow: "
                    + "consistent with substitution (work moved to the funded engineer), and the DiD against these "
                    + "colleagues overstates the new work";
        }
        return String.format(Locale.ROOT, "the others' fall offsets %.0f%% of his rise: up to that share may be work "
                + "that moved to him rather than new work", 100 * s.offset());
    }

    private static String did(Estimate e) {
        if (!e.isSufficient()) {
            return "not estimated (insufficient data: " + e.insufficient() + ")";
        }
        return signed(e.value()) + " [" + n(e.interval().lower()) + ", " + n(e.interval().upper()) + "]";
    }

    private static String n(double x) {
        return Formats.number(x);
    }

    private static String signed(double x) {
        return (x > 0 ? "+" : "") + n(x);
    }

    @Override
    public Table toTable() {
        TableBuilder table = TableBuilder.named(engineerId + " " + metric.column()
                + ": the comparison groups' own change and the DiD against each (95% intervals)")
                .text("comparison group").integer("contributors", "repos")
                .number("volunteer window", "funded window", "change", "change_lower", "change_upper", "did",
                        "did_lower", "did_upper");
        for (Group g : groups) {
            Estimate change = g.change();
            boolean ok = change.isSufficient();
            table.row(g.name(), g.cohort().members().size(), g.repos().size(), ok ? g.before().value() : Double.NaN,
                    ok ? g.after().value() : Double.NaN, change.valueOrNaN(), change.lowerOrNaN(),
                    change.upperOrNaN(), g.did().valueOrNaN(), g.did().lowerOrNaN(), g.did().upperOrNaN());
        }
        return table.build();
    }

    /** Per repository: the engineer's, everyone else's and the total monthly mean in each window (descriptive). */
    public Table reposTable() {
        TableBuilder table = TableBuilder.named(engineerId + " " + metric.column()
                + " per month by repository: the engineer, everyone else and the total (descriptive)").text("repo")
                .integer("volunteer months", "funded months")
                .number(engineerId + " before", engineerId + " after", "others before", "others after", "total before",
                        "total after", "others' fall / his rise");
        for (RepoShift s : repos) {
            table.row(s.repo(), s.preMonths(), s.postMonths(), s.engineerBefore(), s.engineerAfter(), s.othersBefore(),
                    s.othersAfter(), s.engineerBefore() + s.othersBefore(), s.engineerAfter() + s.othersAfter(),
                    s.offset());
        }
        return table.build();
    }

    @Override
    public String toString() {
        return summary();
    }
}
