package dev.umbrella.estimate;

import dev.umbrella.estimate.Spillover.Group;
import dev.umbrella.model.Cohort;
import dev.umbrella.model.Panel;

/**
 * A comparison group's own change from the volunteer to the funded window, with its moving-block bootstrap
 * interval, and the engineer's DiD against the group: one {@link Spillover.Group}. A change the role caused in his
 * colleagues (spillover) would show here and bias the DiD against them.
 */
final class ComparisonGroupChange {
    private ComparisonGroupChange() {}

    static Group of(
            String name,
            Timeline timeline,
            Timeline controlTimeline,
            MonthlySeries series,
            Cohort cohort,
            Panel panel,
            Design design) {
        String label = series.metric().column() + " comparison mean (" + name + ")";
        DidResult did = DiffInDiff.estimate(timeline, series, cohort, controlTimeline, panel, design);
        if (cohort.isEmpty()) {
            Estimate none = Estimate.insufficient(label, "empty comparison group: no " + cohort.rule());
            return new Group(name, cohort, controlTimeline.repos(), none, none, none, did.did(), new double[0]);
        }
        double[] mean = DiffInDiff.leaveOneOutMean(
                DiffInDiff.controls(controlTimeline, cohort, panel, series),
                -1,
                timeline.months().size());
        double[] pre = BeforeAfter.observed(mean, timeline.indices(Segment.PRE));
        double[] post = BeforeAfter.observed(mean, timeline.indices(Segment.POST));
        if (pre.length < design.minSegmentMonths() || post.length < design.minSegmentMonths()) {
            Estimate none = Estimate.insufficient(
                    label,
                    pre.length + " pre and " + post.length + " post months with " + "values (need "
                            + design.minSegmentMonths() + " each)");
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
        return new Group(
                name,
                cohort,
                controlTimeline.repos(),
                Estimate.of(
                        label + " volunteer window",
                        before,
                        Interval.ofReplicates(preReps, design.level()),
                        pre.length,
                        method),
                Estimate.of(
                        label + " funded window",
                        after,
                        Interval.ofReplicates(postReps, design.level()),
                        post.length,
                        method),
                Estimate.of(
                        label + " change",
                        after - before,
                        Interval.ofReplicates(change, design.level()),
                        pre.length + post.length,
                        "difference of independent moving-block bootstraps"),
                did.did(),
                change);
    }
}
