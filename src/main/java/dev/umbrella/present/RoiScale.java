package dev.umbrella.present;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.plotly.components.Axis;

/**
 * The axis every ROI figure shares. ROI draws run from a loss of almost everything (−100%) to gains of several
 * thousand per cent (the expected-loss benefit multiplies three uncertain factors, so its tail is long), and a
 * linear axis would squash everything but the tail into one pixel. A log axis cannot show losses. So positions are
 * {@code asinh(ROI)} (ROI as a fraction): linear near 0, where break-even is decided, and logarithmic above about
 * +100%; tick labels carry the ROI in per cent, and the axis title says the scale is compressed.
 */
final class RoiScale {
    /** Tick candidates, as fractions: −100% … +1,000,000%. */
    private static final double[] TICKS = {-1, 0, 1, 10, 100, 1_000, 10_000};

    private static final String[] LABELS = {"−100%", "0", "+100%", "+1,000%", "+10,000%", "+100,000%", "+1,000,000%"};
    static final String TITLE = "ROI, % (compressed scale: linear near 0, logarithmic above +100%)";

    private RoiScale() {}

    /**
     * The axis position of an ROI given as a fraction (1.0 = +100%). {@code StrictMath}, so the figure's numbers
     * are the same bits on every JVM and platform (notebook outputs are compared byte for byte).
     */
    static double position(double roi) {
        return StrictMath.log(roi + StrictMath.sqrt(roi * roi + 1));
    }

    static double[] positions(double[] roi) {
        double[] result = new double[roi.length];
        for (int i = 0; i < roi.length; i++) {
            result[i] = position(roi[i]);
        }
        return result;
    }

    /** An ROI axis spanning at least [min, max] (fractions), with the ticks that fall inside. */
    static Axis axis(double min, double max) {
        double lo = position(Math.min(min, 0));
        double hi = position(Math.max(max, 0));
        double pad = Math.max(0.05 * (hi - lo), 0.05);
        lo -= pad;
        hi += pad;
        List<Double> ticks = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < TICKS.length; i++) {
            double p = position(TICKS[i]);
            if (p >= lo && p <= hi) {
                ticks.add(p);
                labels.add(LABELS[i]);
            }
        }
        return Chart.axisBuilder(
                        TITLE, ticks.stream().mapToDouble(Double::doubleValue).toArray(), labels.toArray(new String[0]))
                .range(lo, hi)
                .build();
    }
}
