package dev.umbrella.estimate;

import dev.umbrella.model.Cohort;
import dev.umbrella.model.Engineer;
import dev.umbrella.model.Metric;
import dev.umbrella.model.Panel;
import dev.umbrella.model.TableBuilder;
import dev.umbrella.model.Tabular;
import java.util.ArrayList;
import java.util.List;
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
 * They are computed by {@link ComparisonGroupChange}, {@link OutsideComparison} and {@link RepositoryShifts}, and
 * put into words by {@link SpilloverSummary}.
 */
public record Spillover(String engineerId, Metric metric, List<Group> groups, List<RepoShift> repos, List<String> notes)
        implements Tabular {

    /**
     * A comparison group: its members' mean before and after, the change, and the engineer's DiD against it.
     *
     * @param name "same repositories" or "other repositories"
     */
    public record Group(
            String name,
            Cohort cohort,
            List<String> repos,
            Estimate before,
            Estimate after,
            Estimate change,
            Estimate did,
            double[] changeReplicates) {}

    /** One repository of the engineer: monthly means of the engineer, everyone else and the total, per window. */
    public record RepoShift(
            String repo,
            int preMonths,
            int postMonths,
            double engineerBefore,
            double engineerAfter,
            double othersBefore,
            double othersAfter) {
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
        List<Group> groups = new ArrayList<>();
        if (!timeline.isSufficient()) {
            return new Spillover(
                    engineer.id(), metric, groups, List.of(), List.of("insufficient data: " + timeline.insufficient()));
        }
        MonthlySeries series = Estimates.series(timeline, metric, engineer.id(), panel);
        Cohort own = estimates.comparison();
        groups.add(ComparisonGroupChange.of("same repositories", timeline, timeline, series, own, panel, design));
        List<String> outsideRepos = OutsideComparison.repos(panel, engineer.id());
        Timeline outside = timeline.overRepos(outsideRepos, panel);
        Cohort other = OutsideComparison.cohort(estimates, funded, outsideRepos);
        groups.add(ComparisonGroupChange.of("other repositories", timeline, outside, series, other, panel, design));
        List<String> notes = OutsideComparison.concurrentTreatments(estimates, funded, outsideRepos);
        return new Spillover(
                engineer.id(), metric, groups, RepositoryShifts.of(engineer.id(), timeline, metric, panel), notes);
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
        return Estimate.of(
                label,
                own.change().value() - other.change().value(),
                Interval.ofReplicates(reps, own.change().interval().level()),
                own.change().months(),
                "difference of independent bootstraps");
    }

    /** The sentences a notebook prints: each computed from the groups and repositories, none typed. */
    public String summary() {
        return SpilloverSummary.of(this);
    }

    @Override
    public Table toTable() {
        TableBuilder table = TableBuilder.named(engineerId + " " + metric.column()
                        + ": the comparison groups' own change and the DiD against each (95% intervals)")
                .text("comparison group")
                .integer("contributors", "repos")
                .number(
                        "volunteer window",
                        "funded window",
                        "change",
                        "change_lower",
                        "change_upper",
                        "did",
                        "did_lower",
                        "did_upper");
        for (Group g : groups) {
            Estimate change = g.change();
            boolean ok = change.isSufficient();
            table.row(
                    g.name(),
                    g.cohort().members().size(),
                    g.repos().size(),
                    ok ? g.before().value() : Double.NaN,
                    ok ? g.after().value() : Double.NaN,
                    change.valueOrNaN(),
                    change.lowerOrNaN(),
                    change.upperOrNaN(),
                    g.did().valueOrNaN(),
                    g.did().lowerOrNaN(),
                    g.did().upperOrNaN());
        }
        return table.build();
    }

    /** Per repository: the engineer's, everyone else's and the total monthly mean in each window (descriptive). */
    public Table reposTable() {
        TableBuilder table = TableBuilder.named(engineerId + " " + metric.column()
                        + " per month by repository: the engineer, everyone else and the total (descriptive)")
                .text("repo")
                .integer("volunteer months", "funded months")
                .number(
                        engineerId + " before",
                        engineerId + " after",
                        "others before",
                        "others after",
                        "total before",
                        "total after",
                        "others' fall / his rise");
        for (RepoShift s : repos) {
            table.row(
                    s.repo(),
                    s.preMonths(),
                    s.postMonths(),
                    s.engineerBefore(),
                    s.engineerAfter(),
                    s.othersBefore(),
                    s.othersAfter(),
                    s.engineerBefore() + s.othersBefore(),
                    s.engineerAfter() + s.othersAfter(),
                    s.offset());
        }
        return table.build();
    }

    @Override
    public String toString() {
        return summary();
    }
}
