package dev.umbrella.estimate;

import dev.umbrella.model.Engineer;
import dev.umbrella.model.Metric;
import dev.umbrella.model.PeriodKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Mean monthly rate per period with moving-block bootstrap intervals, and each period's change against the
 * volunteer rate (methods.md §b3: an uncontrolled before/after, the simplest comparison; DiD and the segmented
 * regression add a control and a trend). The change's interval combines independent resamples of the two periods.
 */
final class BeforeAfter {
    private BeforeAfter() {}

    static PeriodEffect estimate(Engineer engineer, Timeline timeline, MonthlySeries series, Design design) {
        Metric metric = series.metric();
        if (!timeline.isSufficient()) {
            return new PeriodEffect(engineer.id(), metric, List.of(), List.of(), new double[0], timeline.notes(),
                    timeline.insufficient());
        }
        double[] values = series.values();
        List<Estimate> rates = new ArrayList<>();
        List<Estimate> changes = new ArrayList<>();
        double[] volunteerReps = null;
        double volunteerMean = Double.NaN;
        double[] fundedChange = new double[0];
        List<Segment> order = List.of(Segment.PRE, Segment.POST, Segment.VACANCY, Segment.AFTER);
        for (Segment segment : order) {
            // One stream per period: seed, seed + 1, ... (SplitMix64 decorrelates neighbouring seeds).
            long seed = design.seed() + order.indexOf(segment);
            String name = name(segment);
            if (!has(engineer, segment)) {
                continue;
            }
            double[] observed = observed(values, timeline.indices(segment));
            String label = metric + " " + name;
            if (observed.length < design.minSegmentMonths()) {
                rates.add(Estimate.insufficient(label, observed.length + " observed " + name + " months up to "
                        + timeline.dataEnd() + " (need " + design.minSegmentMonths() + ")"));
                continue;
            }
            BlockBootstrap bootstrap = BlockBootstrap.of(design, observed.length, seed);
            double[] reps = bootstrap.means(observed);
            double mean = Arrays.stream(observed).average().orElseThrow();
            String method = bootstrap.describe(seed) + ", " + timeline.span(segment);
            rates.add(Estimate.of(label, mean, Interval.ofReplicates(reps, design.level()), observed.length, method));
            if (segment == Segment.PRE) {
                volunteerReps = reps;
                volunteerMean = mean;
            } else if (volunteerReps != null) {
                double[] diff = new double[reps.length];
                for (int r = 0; r < reps.length; r++) {
                    diff[r] = reps[r] - volunteerReps[r];
                }
                if (segment == Segment.POST) {
                    fundedChange = diff;
                }
                changes.add(Estimate.of(metric + " " + name + " − volunteer", mean - volunteerMean,
                        Interval.ofReplicates(diff, design.level()), observed.length, "difference of independent "
                                + "moving-block bootstraps of the two periods"));
            }
        }
        return new PeriodEffect(engineer.id(), metric, rates, changes, fundedChange, timeline.notes(), "");
    }

    private static boolean has(Engineer engineer, Segment segment) {
        switch (segment) {
            case VACANCY:
                return engineer.periods().stream().anyMatch(p -> p.kind() == PeriodKind.VACANCY);
            case AFTER:
                return engineer.periods().stream().anyMatch(p -> p.kind() == PeriodKind.AFTER);
            default:
                return true;
        }
    }

    private static String name(Segment segment) {
        switch (segment) {
            case PRE:
                return PeriodKind.VOLUNTEER.label();
            case POST:
                return PeriodKind.FUNDED.label();
            default:
                return segment.label();
        }
    }

    /** The values at the indices, without NaN (a share is undefined in a month without commits). */
    static double[] observed(double[] values, int[] indices) {
        return Arrays.stream(indices).mapToDouble(i -> values[i]).filter(x -> !Double.isNaN(x)).toArray();
    }
}
