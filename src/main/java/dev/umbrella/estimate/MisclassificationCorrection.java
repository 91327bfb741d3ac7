package dev.umbrella.estimate;

import dev.umbrella.datasets.PeriodKind;
import dev.umbrella.estimate.LabelRates.Parts;
import dev.umbrella.estimate.RuleValidation.Unit;
import java.util.List;

/**
 * One engineer's before/after change in {@code security_commits} corrected for the current rule's misclassification
 * (the rows of {@link RuleValidation#correctedEffects}): the period's corrected rate is precision × flagged +
 * false-omission rate × unflagged, with both rates from the labels of that engineer's period, and the interval
 * pairs the block-bootstrap replicates of the monthly counts with the design's replicates of the labels.
 */
final class MisclassificationCorrection {
    private final LabelRates labels;
    private final DesignWeights weights;

    MisclassificationCorrection(LabelRates labels, DesignWeights weights) {
        this.labels = labels;
        this.weights = weights;
    }

    CorrectedEffects.Row corrected(Estimates e) {
        String id = e.engineer().id();
        PeriodEffect observed = e.effect("security_commits");
        Estimate change = observed.change();
        double volunteer =
                observed.rates().isEmpty() || !observed.rates().get(0).isSufficient()
                        ? Double.NaN
                        : observed.rates().get(0).value();
        double funded = observed.rates().size() < 2 || !observed.rates().get(1).isSufficient()
                ? Double.NaN
                : observed.rates().get(1).value();
        if (!change.isSufficient()) {
            return insufficientRow(id, volunteer, funded, change, "observed change: " + change.insufficient());
        }
        Design design = e.design();
        Timeline timeline = e.timeline();
        double[][] all = e.series("commits").rows();
        double[][] flagged = e.series("security_commits").rows();
        double[] w = weights.base();
        double[][] labelReps = weights.replicates(design.replications());
        List<Segment> order = List.of(Segment.PRE, Segment.POST);
        double[][] rates = new double[2][3];
        double[][] reps = new double[2][];
        double[][] rateParts = new double[2][2];
        for (int k = 0; k < 2; k++) {
            String period = (k == 0 ? PeriodKind.VOLUNTEER : PeriodKind.FUNDED).label();
            LabelDomain d = LabelDomain.period(id, period);
            Parts precision = labels.parts(d, false, Unit::currentFlag);
            Parts omission = labels.parts(d, false, u -> !u.currentFlag());
            int[] idx = timeline.indices(order.get(k));
            // The seeds BeforeAfter uses (seed + the period's position), so these are effect()'s very replicates.
            long seedK = design.seed() + k;
            double f = Coverage.rate(flagged, idx);
            double u = Coverage.rate(all, idx) - f;
            String why = f > 0 ? shortOf(precision, "precision", d) : "";
            why = why.isEmpty() && u > 0 ? shortOf(omission, "false-omission rate", d) : why;
            if (!why.isEmpty()) {
                return insufficientRow(id, volunteer, funded, change, why);
            }
            for (int v = 0; v < 3; v++) {
                rates[k][v] = term(precision, v, w, f) + term(omission, v, w, u);
            }
            rateParts[k][0] = f > 0 ? precision.value(0, w) : Double.NaN;
            rateParts[k][1] = u > 0 ? omission.value(0, w) : Double.NaN;
            double[] repsAll = Coverage.replicates(all, idx, design, seedK);
            double[] repsFlagged = Coverage.replicates(flagged, idx, design, seedK);
            reps[k] = new double[labelReps.length];
            for (int r = 0; r < labelReps.length; r++) {
                reps[k][r] = term(precision, 0, labelReps[r], repsFlagged[r])
                        + term(omission, 0, labelReps[r], repsAll[r] - repsFlagged[r]);
            }
        }
        double[] diff = new double[reps[0].length];
        for (int r = 0; r < diff.length; r++) {
            diff[r] = reps[1][r] - reps[0][r];
        }
        return new CorrectedEffects.Row(
                id,
                volunteer,
                funded,
                change,
                rates[0][0],
                rates[1][0],
                rates[1][0] - rates[0][0],
                Interval.ofReplicates(diff, design.level()),
                rates[1][1] - rates[0][1],
                rates[1][2] - rates[0][2],
                rateParts[0][0],
                rateParts[1][0],
                rateParts[0][1],
                rateParts[1][1],
                "");
    }

    /** count × the ratio, 0 when there is nothing to count (the ratio may then be undefined). */
    private static double term(Parts parts, int variant, double[] weights, double count) {
        return count == 0 ? 0 : count * parts.value(variant, weights);
    }

    /** Why a ratio cannot be used, or "" when it can. */
    private static String shortOf(Parts parts, String what, LabelDomain d) {
        int minimum = RuleValidation.MIN_UNITS;
        if (parts.behind() >= minimum || parts.exact() && parts.behind() > 0) {
            return "";
        }
        return what + " of " + d.name() + ": " + parts.behind() + " labelled commits (need " + minimum
                + ", or a stratum labelled in full)";
    }

    private static CorrectedEffects.Row insufficientRow(
            String id, double volunteer, double funded, Estimate change, String why) {
        return new CorrectedEffects.Row(
                id,
                volunteer,
                funded,
                change,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                null,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                why);
    }
}
