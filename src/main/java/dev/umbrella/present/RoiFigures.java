package dev.umbrella.present;

import dev.umbrella.estimate.Interval;
import dev.umbrella.roi.Method;
import dev.umbrella.roi.Simulation;
import dev.umbrella.roi.Tornado;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/** The ROI results as figures: the Monte Carlo distribution with P(ROI > 0), and the tornado of one-way ranges. */
final class RoiFigures {
    /** Bins of the distribution between its 0.5th and 99.5th percentiles. */
    static final int BINS = 50;
    /** Tornado rows shown: the parameters that move ROI most. */
    static final int TORNADO_ROWS = 10;

    private RoiFigures() {}

    /**
     * The share of Monte Carlo draws per ROI bin on the compressed ROI scale, losses (ROI ≤ 0) and gains (ROI > 0)
     * in two colours so the area of each is what the title states, with the median marked. Draws beyond the
     * 0.5th and 99.5th percentiles are counted in the end bins.
     */
    static Figure distribution(Simulation simulation, Method method) {
        String who = Chart.person(simulation.engineerId());
        if (!simulation.isEstimated(method)) {
            return InsufficientFigure.of(who + ": ROI by " + method.label(), simulation.notEstimatedText(method));
        }
        double[] t = RoiScale.positions(simulation.values(method, "roi"));
        double[] sorted = t.clone();
        Arrays.sort(sorted);
        double lo = Math.min(Interval.quantile(sorted, 0.005), 0);
        double hi = Math.max(Interval.quantile(sorted, 0.995), 0);
        double width = Math.max((hi - lo) / BINS, 1e-6);
        int first = (int) Math.floor(lo / width);
        int last = (int) Math.ceil(hi / width);
        int[] counts = new int[Math.max(last - first, 1)];
        for (double x : t) {
            int bin = (int) Math.floor(x / width) - first;
            counts[Math.max(0, Math.min(counts.length - 1, bin))]++;
        }
        double p = simulation.probabilityPositive(method);
        List<Trace> traces = new ArrayList<>();
        double top = 0;
        for (int c : counts) {
            top = Math.max(top, 100.0 * c / t.length);
        }
        top *= 1.1;
        int zero = -first; // index of the bin starting at ROI = 0
        addSteps(
                traces,
                counts,
                0,
                Math.min(zero, counts.length),
                first,
                width,
                t.length,
                Palette.ORANGE,
                "ROI ≤ 0: " + Readable.probability(1 - p, simulation.draws()));
        addSteps(
                traces,
                counts,
                Math.max(zero, 0),
                counts.length,
                first,
                width,
                t.length,
                Palette.BLUE,
                "ROI > 0: " + Readable.probability(p, simulation.draws()));
        double median = simulation.median(method, "roi");
        traces.add(
                Chart.vertical(RoiScale.position(median), 0, top, Palette.BLACK, "median ROI " + Readable.roi(median)));
        String title = who + ", " + method.label() + ": ROI > 0 in " + Readable.ofDraws(p, simulation.draws())
                + ", median ROI " + Readable.roi(median);
        return new Figure(
                Chart.layout(
                        title,
                        RoiScale.axis(roi(first * width), roi(last * width)),
                        Chart.axisBuilder("share of draws, % per bin")
                                .range(0, top)
                                .build()),
                traces.toArray(new Trace[0]));
    }

    /**
     * ROI with one parameter at its low and at its high value, all others at base: one bar per parameter, the
     * parameter that moves ROI most on top. Parameters that do not move ROI are left out.
     */
    static Figure tornado(Tornado tornado) {
        String who =
                Chart.person(tornado.engineerId()) + ", " + tornado.method().label();
        if (!tornado.isEstimated()) {
            return InsufficientFigure.of(
                    who + ": ROI sensitivity", "not estimated: no channel of this method can be " + "valued");
        }
        List<Tornado.Row> rows = tornado.rows().stream()
                .filter(r -> r.swing() > 0)
                .limit(TORNADO_ROWS)
                .toList();
        if (rows.isEmpty()) {
            return InsufficientFigure.of(who + ": ROI sensitivity", "no parameter with a range moves the ROI");
        }
        List<String> labels = new ArrayList<>();
        int n = rows.size();
        double[] base = new double[n];
        double[] atLow = new double[n];
        double[] atHigh = new double[n];
        double min = tornado.baseRoi();
        double max = tornado.baseRoi();
        for (int i = 0; i < n; i++) {
            Tornado.Row r = rows.get(n - 1 - i); // plotly draws the first category at the bottom
            labels.add(r.parameter() + " (" + Readable.number(r.low()) + " – " + Readable.number(r.high()) + ")");
            base[i] = RoiScale.position(tornado.baseRoi());
            atLow[i] = RoiScale.position(r.roiAtLow());
            atHigh[i] = RoiScale.position(r.roiAtHigh());
            min = Math.min(min, Math.min(r.roiAtLow(), r.roiAtHigh()));
            max = Math.max(max, Math.max(r.roiAtLow(), r.roiAtHigh()));
        }
        List<Trace> traces = new ArrayList<>();
        traces.add(Chart.horizontal(labels, base, atLow, Palette.ORANGE, 18, "parameter at its low value"));
        traces.add(Chart.horizontal(labels, base, atHigh, Palette.BLUE, 18, "parameter at its high value"));
        traces.add(verticalOnCategories(
                RoiScale.position(tornado.baseRoi()),
                labels,
                Palette.BLACK,
                "base ROI " + Readable.roi(tornado.baseRoi())));
        traces.add(verticalOnCategories(0, labels, Palette.GREY, "break-even (ROI = 0)"));
        String title = who + ": ROI moves most with " + rows.get(0).parameter();
        var layout = Chart.layoutBuilder(title, RoiScale.axis(min, max), Chart.axis(""))
                .margin(Margin.builder().top(60).bottom(70).left(400).right(20).build())
                .build();
        return new Figure(layout, traces.toArray(new Trace[0]));
    }

    /** A step outline of bins [from, to) filled down to zero: a histogram drawn as one area. */
    private static void addSteps(
            List<Trace> traces,
            int[] counts,
            int from,
            int to,
            int first,
            double width,
            int draws,
            String color,
            String name) {
        if (to <= from) {
            return;
        }
        int k = to - from;
        double[] x = new double[k + 1];
        double[] y = new double[k + 1];
        for (int i = 0; i < k; i++) {
            x[i] = (first + from + i) * width;
            y[i] = 100.0 * counts[from + i] / draws;
        }
        x[k] = (first + to) * width;
        y[k] = y[k - 1];
        traces.add(ScatterTrace.builder(x, y)
                .mode(ScatterTrace.Mode.LINE)
                .line(Line.builder().color(color).width(2).shape(Line.Shape.HV).build())
                .fill(ScatterTrace.Fill.TO_ZERO_Y)
                .fillColor(Palette.translucent(color, 0.5))
                .name(name)
                .build());
    }

    /** A dashed vertical line across every category row of a horizontal chart. */
    private static ScatterTrace verticalOnCategories(double x, List<String> rows, String color, String name) {
        double[] xs = new double[rows.size()];
        Arrays.fill(xs, x);
        return ScatterTrace.builder(DoubleColumn.create("x", xs), StringColumn.create("y", rows))
                .mode(ScatterTrace.Mode.LINE)
                .line(Line.builder().color(color).width(2).dash(Line.Dash.DASH).build())
                .name(name)
                .build();
    }

    /** The ROI (fraction) at an axis position: the inverse of {@link RoiScale#position(double)}. */
    private static double roi(double position) {
        return StrictMath.sinh(position);
    }
}
