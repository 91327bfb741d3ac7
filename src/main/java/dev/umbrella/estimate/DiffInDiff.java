package dev.umbrella.estimate;

import dev.umbrella.model.Cohort;
import dev.umbrella.model.Panel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Difference-in-differences of one engineer against a comparison group, and the statistic the
 * placebo tests rank. With a single treated unit and one treatment date the two-way fixed-effects problems of
 * staggered designs (Callaway and Sant'Anna 2021; Goodman-Bacon 2021) do not arise: this is the plain 2 × 2 contrast.
 */
final class DiffInDiff {
    private DiffInDiff() {}

    /** A DiD contrast on monthly differences d_t = treated_t − controls_t. */
    record Contrast(double did, double t, double[] differences) {}

    static DidResult estimate(Timeline timeline, MonthlySeries engineer, Cohort cohort, Panel panel, Design design) {
        return estimate(timeline, engineer, cohort, timeline, panel, design);
    }

    /**
     * The DiD against a comparison group whose members are counted over {@code controlTimeline}'s repositories (the
     * same months and segments; other repositories for a group the engineer cannot affect). With other repositories
     * the per-repository pairing of the bootstrap does not apply, so it resamples the monthly differences of totals.
     */
    static DidResult estimate(
            Timeline timeline,
            MonthlySeries engineer,
            Cohort cohort,
            Timeline controlTimeline,
            Panel panel,
            Design design) {
        List<String> notes = new ArrayList<>(timeline.notes());
        double[] nan = new double[0];
        String label = engineer.metric() + " difference-in-differences vs comparison group";
        if (!timeline.isSufficient()) {
            return new DidResult(
                    timeline.engineerId(),
                    engineer.metric(),
                    cohort,
                    Estimate.insufficient(label, timeline.insufficient()),
                    new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN},
                    List.of(),
                    nan,
                    nan,
                    List.of(),
                    notes);
        }
        notes.add("comparison group: " + cohort.rule());
        double[] e = engineer.values();
        double[][] controls = controls(controlTimeline, cohort, panel, engineer);
        double[] mean = leaveOneOutMean(controls, -1, e.length);
        int[] pre = timeline.indices(Segment.PRE);
        int[] post = timeline.indices(Segment.POST);
        double[] means = {avg(e, pre), avg(e, post), avg(mean, pre), avg(mean, post)};
        if (cohort.isEmpty()) {
            return new DidResult(
                    timeline.engineerId(),
                    engineer.metric(),
                    cohort,
                    Estimate.insufficient(label, "empty comparison group: no " + cohort.rule()),
                    means,
                    timeline.months(),
                    e,
                    mean,
                    timeline.segments(),
                    notes);
        }
        Contrast contrast = contrast(e, controls, -1, pre, post);
        double[] dPre = BeforeAfter.observed(contrast.differences(), pre);
        double[] dPost = BeforeAfter.observed(contrast.differences(), post);
        if (dPre.length < design.minSegmentMonths() || dPost.length < design.minSegmentMonths()) {
            return new DidResult(
                    timeline.engineerId(),
                    engineer.metric(),
                    cohort,
                    Estimate.insufficient(
                            label,
                            dPre.length + " pre and " + dPost.length + " post months with values (need "
                                    + design.minSegmentMonths() + " each)"),
                    means,
                    timeline.months(),
                    e,
                    mean,
                    timeline.segments(),
                    notes);
        }
        double[] preMeans;
        double[] postMeans;
        String method;
        if (engineer.hasRows() && controlTimeline.repos().equals(timeline.repos())) {
            double[][] d = differenceRows(engineer, cohort, panel, timeline);
            preMeans = Coverage.replicates(d, pre, design, design.seed());
            postMeans = Coverage.replicates(d, post, design, design.seed() + 1);
            method = BlockBootstrap.of(design, dPre.length, design.seed()).describe(design.seed()) + " of monthly "
                    + "differences within pre and post, within runs of equal repository coverage";
        } else {
            BlockBootstrap preBoot = BlockBootstrap.of(design, dPre.length, design.seed());
            BlockBootstrap postBoot = BlockBootstrap.of(design, dPost.length, design.seed() + 1);
            preMeans = preBoot.means(dPre);
            postMeans = postBoot.means(dPost);
            method = preBoot.describe(design.seed()) + " of monthly differences within pre and post";
        }
        double[] reps = new double[preMeans.length];
        for (int r = 0; r < reps.length; r++) {
            reps[r] = postMeans[r] - preMeans[r];
        }
        Estimate did = Estimate.of(
                label, contrast.did(), Interval.ofReplicates(reps, design.level()), dPre.length + dPost.length, method);
        return new DidResult(
                timeline.engineerId(),
                engineer.metric(),
                cohort,
                did,
                means,
                timeline.months(),
                e,
                mean,
                timeline.segments(),
                notes);
    }

    /**
     * The comparison members' monthly series on the timeline, one row per member: shares over the covering
     * repositories, or counts as totals in which a repository's missing months stand at its segment mean, exactly
     * as for the engineer ({@link Coverage}), so the two sides are filled the same way.
     */
    static double[][] controls(Timeline timeline, Cohort cohort, Panel panel, MonthlySeries engineer) {
        double[][] controls = new double[cohort.members().size()][];
        for (int j = 0; j < controls.length; j++) {
            controls[j] = Estimates.series(
                            timeline, engineer.metric(), cohort.members().get(j).personId(), panel)
                    .values();
        }
        return controls;
    }

    /** Per repository and month: the engineer's value minus the comparison group's mean (NaN where not covered). */
    private static double[][] differenceRows(MonthlySeries engineer, Cohort cohort, Panel panel, Timeline timeline) {
        double[][] d = engineer.byRepo();
        int members = cohort.members().size();
        for (Cohort.Member member : cohort.members()) {
            double[][] rows = panel.seriesByRepo(
                    member.personId(), engineer.metric(), timeline.repos(), timeline.first(), timeline.dataEnd());
            for (int r = 0; r < d.length; r++) {
                for (int t = 0; t < d[r].length; t++) {
                    d[r][t] -= rows[r][t] / members;
                }
            }
        }
        return d;
    }

    /**
     * The DiD of {@code treated} against the mean of the controls except row {@code exclude} (-1: none), and its
     * t-like ratio {@code did / sqrt(var(d_pre)/n_pre + var(d_post)/n_post)}, which puts units of very different
     * activity on one scale for the placebo ranking.
     */
    static Contrast contrast(double[] treated, double[][] controls, int exclude, int[] pre, int[] post) {
        double[] mean =
                controls.length == 0 ? new double[treated.length] : leaveOneOutMean(controls, exclude, treated.length);
        double[] d = new double[treated.length];
        for (int t = 0; t < d.length; t++) {
            d[t] = treated[t] - mean[t];
        }
        double[] a = BeforeAfter.observed(d, pre);
        double[] b = BeforeAfter.observed(d, post);
        if (a.length < 2 || b.length < 2) {
            return new Contrast(Double.NaN, Double.NaN, d);
        }
        double did = mean(b) - mean(a);
        double se = Math.sqrt(variance(a) / a.length + variance(b) / b.length);
        return new Contrast(did, se > 0 ? did / se : Double.NaN, d);
    }

    /** Per month, the mean over control rows (skipping {@code exclude} and NaN values); NaN if none. */
    static double[] leaveOneOutMean(double[][] controls, int exclude, int months) {
        double[] mean = new double[months];
        for (int t = 0; t < months; t++) {
            double sum = 0;
            int count = 0;
            for (int j = 0; j < controls.length; j++) {
                if (j != exclude && !Double.isNaN(controls[j][t])) {
                    sum += controls[j][t];
                    count++;
                }
            }
            mean[t] = count == 0 ? Double.NaN : sum / count;
        }
        return mean;
    }

    private static double avg(double[] values, int[] indices) {
        double[] observed = BeforeAfter.observed(values, indices);
        return observed.length == 0 ? Double.NaN : mean(observed);
    }

    static double mean(double[] x) {
        return Arrays.stream(x).average().orElse(Double.NaN);
    }

    static double variance(double[] x) {
        double m = mean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return ss / (x.length - 1);
    }
}
