package dev.umbrella.estimate;

import dev.umbrella.datasets.PeriodKind;
import dev.umbrella.model.Engineer;
import dev.umbrella.model.Metric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Mean monthly rate in the volunteer and the funded window with moving-block bootstrap intervals, and the
 * funded − volunteer change (an uncontrolled before/after, the simplest comparison; DiD and the
 * segmented regression add a control and a trend). The change's interval combines independent resamples of the
 * two windows. For a count, a window's rate sums each repository's mean over the months its export covers
 * ({@link Coverage}). Periods after the funded role (vacancy, after) are not estimated for the person: once he has
 * left, his own activity there is zero by construction; the team and registry series judge those periods.
 */
final class BeforeAfter {
    private BeforeAfter() {}

    static PeriodEffect estimate(Engineer engineer, Timeline timeline, MonthlySeries series, Design design) {
        Metric metric = series.metric();
        if (!timeline.isSufficient()) {
            return new PeriodEffect(
                    engineer.id(),
                    metric,
                    List.of(),
                    List.of(),
                    new double[0],
                    timeline.notes(),
                    timeline.insufficient());
        }
        double[] values = series.values();
        List<Estimate> rates = new ArrayList<>();
        List<Estimate> changes = new ArrayList<>();
        double[] volunteerReps = null;
        double volunteerMean = Double.NaN;
        double[] fundedChange = new double[0];
        List<Segment> order = List.of(Segment.PRE, Segment.POST);
        for (Segment segment : order) {
            // One stream per period: seed, seed + 1 (SplitMix64 decorrelates neighbouring seeds).
            long seed = design.seed() + order.indexOf(segment);
            String name = name(segment);
            int[] idx = timeline.indices(segment);
            double[] observed = observed(values, idx);
            String label = metric + " " + name;
            if (observed.length < design.minSegmentMonths()) {
                rates.add(Estimate.insufficient(
                        label,
                        observed.length + " observed " + name + " months up to " + timeline.dataEnd() + " (need "
                                + design.minSegmentMonths() + ")"));
                continue;
            }
            double[] reps;
            double mean;
            String method;
            if (series.hasRows()) {
                reps = Coverage.replicates(series.rows(), idx, design, seed);
                mean = Coverage.rate(series.rows(), idx);
                method = BlockBootstrap.of(design, idx.length, seed).describe(seed) + " within runs of equal "
                        + "repository coverage, " + timeline.span(segment);
            } else {
                BlockBootstrap bootstrap = BlockBootstrap.of(design, observed.length, seed);
                reps = bootstrap.means(observed);
                mean = Arrays.stream(observed).average().orElseThrow();
                method = bootstrap.describe(seed) + ", " + timeline.span(segment);
            }
            rates.add(Estimate.of(label, mean, Interval.ofReplicates(reps, design.level()), observed.length, method));
            if (segment == Segment.PRE) {
                volunteerReps = reps;
                volunteerMean = mean;
            } else if (volunteerReps != null) {
                double[] diff = new double[reps.length];
                for (int r = 0; r < reps.length; r++) {
                    diff[r] = reps[r] - volunteerReps[r];
                }
                fundedChange = diff;
                changes.add(Estimate.of(
                        metric + " " + name + " − volunteer",
                        mean - volunteerMean,
                        Interval.ofReplicates(diff, design.level()),
                        observed.length,
                        "difference of independent " + "moving-block bootstraps of the two periods"));
            }
        }
        return new PeriodEffect(engineer.id(), metric, rates, changes, fundedChange, timeline.notes(), "");
    }

    private static String name(Segment segment) {
        return segment == Segment.PRE ? PeriodKind.VOLUNTEER.label() : PeriodKind.FUNDED.label();
    }

    /** The values at the indices, without NaN (a share is undefined in a month without commits). */
    static double[] observed(double[] values, int[] indices) {
        return Arrays.stream(indices)
                .mapToDouble(i -> values[i])
                .filter(x -> !Double.isNaN(x))
                .toArray();
    }
}
