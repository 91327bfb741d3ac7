package dev.umbrella.estimate;

import dev.umbrella.model.Cohort;
import dev.umbrella.model.Panel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Placebo-in-time and placebo-in-space tests (Abadie, Diamond and Hainmueller 2010 for in-space permutation).
 * The ranked statistic is the absolute t-like ratio of the DiD against the comparison group, or, when the group
 * is empty, of the engineer's own before/after difference.
 *
 * <p>In time: every pre-period month s that leaves at least the minimum segment on both sides of a transition of
 * the same length becomes a fake start; the statistic is computed on pre-period months only. These placebos
 * overlap, so they are dependent and the p-value is descriptive. In space: each comparison contributor in turn is
 * the treated unit, against the rest of the group, with the real dates.
 */
final class Placebo {
    private Placebo() {}

    static PlaceboResult test(Timeline timeline, MonthlySeries engineer, Cohort cohort, Panel panel, Design design) {
        List<String> notes = new ArrayList<>(timeline.notes());
        if (!timeline.isSufficient()) {
            PlaceboResult.Test none = PlaceboResult.Test.insufficient("placebo in time", timeline.insufficient());
            return new PlaceboResult(
                    timeline.engineerId(),
                    engineer.metric(),
                    "",
                    Double.NaN,
                    none,
                    PlaceboResult.Test.insufficient("placebo in space", timeline.insufficient()),
                    notes);
        }
        double[] e = engineer.values();
        double[][] controls = DiffInDiff.controls(timeline, cohort, panel, engineer);
        int[] pre = timeline.indices(Segment.PRE);
        int[] post = timeline.indices(Segment.POST);
        String statistic = cohort.isEmpty() ? "|before/after difference / SE|" : "|DiD / SE|";
        if (cohort.isEmpty()) {
            notes.add("empty comparison group: placebo in time ranks the engineer's own before/after difference");
        }
        notes.add("placebo in time: fake starts share pre-period months, so their statistics are dependent and the"
                + " p-value is descriptive (without an effect, synthetic runs gave p <= 0.05 about 14% of the time);"
                + " placebo in space is the calibrated test");
        double actual = DiffInDiff.contrast(e, controls, -1, pre, post).t();
        PlaceboResult.Test inTime = inTime(e, controls, pre, design, timeline, actual);
        PlaceboResult.Test inSpace = cohort.isEmpty()
                ? PlaceboResult.Test.insufficient("placebo in space", "empty comparison group: no " + cohort.rule())
                : inSpace(controls, cohort, pre, post, actual);
        return new PlaceboResult(
                timeline.engineerId(), engineer.metric(), statistic, Math.abs(actual), inTime, inSpace, notes);
    }

    private static PlaceboResult.Test inTime(
            double[] e, double[][] controls, int[] pre, Design design, Timeline timeline, double actual) {
        String name = "placebo in time";
        if (Double.isNaN(actual)) {
            return PlaceboResult.Test.insufficient(name, "the real statistic is undefined (no variation)");
        }
        int before = design.transitionMonths() / 2;
        int after = design.transitionMonths() - before;
        List<String> units = new ArrayList<>();
        List<Double> stats = new ArrayList<>();
        for (int k = 0; k < pre.length; k++) {
            int fakePreEnd = k - before;
            int fakePostStart = k + after;
            if (fakePreEnd < design.minSegmentMonths() || pre.length - fakePostStart < design.minSegmentMonths()) {
                continue;
            }
            int[] fakePre = Arrays.copyOfRange(pre, 0, fakePreEnd);
            int[] fakePost = Arrays.copyOfRange(pre, fakePostStart, pre.length);
            double t = DiffInDiff.contrast(e, controls, -1, fakePre, fakePost).t();
            if (!Double.isNaN(t)) {
                units.add(timeline.months().get(pre[k]).toString());
                stats.add(t);
            }
        }
        if (units.isEmpty()) {
            return PlaceboResult.Test.insufficient(
                    name,
                    pre.length + " pre-period months leave no fake start with " + design.minSegmentMonths()
                            + " months on each side");
        }
        return ranked(name, units, stats, actual);
    }

    private static PlaceboResult.Test inSpace(
            double[][] controls, Cohort cohort, int[] pre, int[] post, double actual) {
        String name = "placebo in space";
        if (Double.isNaN(actual)) {
            return PlaceboResult.Test.insufficient(name, "the real statistic is undefined (no variation)");
        }
        List<String> units = new ArrayList<>();
        List<Double> stats = new ArrayList<>();
        for (int j = 0; j < controls.length; j++) {
            if (controls.length < 2) {
                break;
            }
            double t = DiffInDiff.contrast(controls[j], controls, j, pre, post).t();
            if (!Double.isNaN(t)) {
                units.add(cohort.members().get(j).personId());
                stats.add(t);
            }
        }
        if (units.isEmpty()) {
            return PlaceboResult.Test.insufficient(
                    name, "no comparison contributor has a defined statistic (need " + "2+ members with variation)");
        }
        return ranked(name, units, stats, actual);
    }

    private static PlaceboResult.Test ranked(String name, List<String> units, List<Double> stats, double actual) {
        double real = Math.abs(actual);
        int asExtreme = 0;
        int more = 0;
        double[] values = new double[stats.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = stats.get(i);
            asExtreme += Math.abs(values[i]) >= real ? 1 : 0;
            more += Math.abs(values[i]) > real ? 1 : 0;
        }
        double p = (1.0 + asExtreme) / (1.0 + values.length);
        return new PlaceboResult.Test(name, units, values, 1 + more, p, "");
    }
}
