package dev.umbrella.present;

import dev.umbrella.estimate.Estimate;
import dev.umbrella.estimate.RegistryOutcomes;
import dev.umbrella.estimate.Sensitivity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.components.Symbol;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * The figures of the validity checks: the specification chart of {@link Sensitivity} (one row per specification,
 * the before/after change and the DiD each with its 95% interval, the default on top) and the registry series.
 */
final class ValidityFigures {
    private static final double OFFSET = 0.17;

    private ValidityFigures() {}

    static Figure sensitivity(Sensitivity sensitivity) {
        List<Sensitivity.Row> rows = sensitivity.rows();
        int n = rows.size();
        double[] ticks = new double[n];
        String[] labels = new String[n];
        List<double[]> change = new ArrayList<>();
        List<double[]> did = new ArrayList<>();
        double min = 0;
        double max = 0;
        for (int i = 0; i < n; i++) {
            Sensitivity.Row r = rows.get(i);
            double y = n - 1 - i; // plotly counts up from the bottom; the table reads top down
            ticks[i] = y;
            labels[i] = label(r);
            for (Estimate e : List.of(r.change(), r.did())) {
                if (e.isSufficient()) {
                    double[] p = {
                        y + (e == r.change() ? OFFSET : -OFFSET),
                        e.value(),
                        e.interval().lower(),
                        e.interval().upper()
                    };
                    (e == r.change() ? change : did).add(p);
                    min = Math.min(min, p[2]);
                    max = Math.max(max, p[3]);
                }
            }
        }
        if (change.isEmpty() && did.isEmpty()) {
            return InsufficientFigure.of(
                    sensitivity.engineerId() + ": sensitivity", "no specification can be estimated");
        }
        List<Trace> traces = new ArrayList<>();
        traces.add(intervals(change, Palette.SKY_BLUE, "change: 95% interval"));
        traces.add(dots(change, Palette.BLUE, Symbol.DIAMOND, "funded − volunteer"));
        traces.add(intervals(did, Palette.translucent(Palette.ORANGE, 0.6), "DiD: 95% interval"));
        traces.add(dots(did, Palette.VERMILION, Symbol.CIRCLE, "difference-in-differences"));
        traces.add(Chart.vertical(0, -0.6, n - 0.4, Palette.GREY, "no change"));
        int[] a = sensitivity.agreeing(false);
        int[] b = sensitivity.agreeing(true);
        String title = String.format(
                Locale.ROOT,
                "%s, %s: interval on the default's side of 0 in %d of %d "
                        + "(change) and %d of %d (DiD) specifications",
                Chart.person(sensitivity.engineerId()),
                Chart.words(sensitivity.metric()),
                a[0],
                a[2],
                b[0],
                b[2]);
        double pad = 0.05 * (max - min);
        return new Figure(
                Chart.layoutBuilder(
                                title,
                                Chart.axisBuilder(
                                                Chart.words(sensitivity.metric()) + " per month: change (95% interval)")
                                        .range(min - pad, max + pad)
                                        .build(),
                                Chart.axisBuilder("", ticks, labels)
                                        .range(-0.6, n - 0.4)
                                        .showZeroLine(false)
                                        .build())
                        .height(Math.max(Chart.HEIGHT, 60 + 34 * n + 70))
                        .margin(Margin.builder()
                                .top(60)
                                .bottom(70)
                                .left(250)
                                .right(20)
                                .build())
                        .build(),
                traces.toArray(new Trace[0]));
    }

    private static final String[] SERIES_COLORS = {
        Palette.BLUE, Palette.VERMILION, Palette.GREEN, Palette.ORANGE, Palette.PURPLE, Palette.SKY_BLUE, Palette.BLACK
    };

    /**
     * One registry figure: each series (registry · measure) as markers at the middle of the period each number
     * covers, with a bar over that period when it is longer than a day, joined within the series; each role's start
     * as a dashed line.
     */
    static Figure registry(RegistryOutcomes outcomes, String figure) {
        List<RegistryOutcomes.Point> points = outcomes.figure(figure);
        if (points.isEmpty()) {
            return InsufficientFigure.of(figure, "no reported figure for this measure");
        }
        Map<String, List<RegistryOutcomes.Point>> series = new LinkedHashMap<>();
        Set<String> units = new LinkedHashSet<>();
        double max = 0;
        for (RegistryOutcomes.Point p : points) {
            series.computeIfAbsent(p.registry() + " · " + p.measure(), k -> new ArrayList<>())
                    .add(p);
            units.add(p.unit());
            max = Math.max(max, p.value());
        }
        List<Trace> traces = new ArrayList<>();
        int color = 0;
        for (Map.Entry<String, List<RegistryOutcomes.Point>> e : series.entrySet()) {
            String c = SERIES_COLORS[color++ % SERIES_COLORS.length];
            StringColumn spanX = StringColumn.create("x");
            DoubleColumn spanY = DoubleColumn.create("y");
            StringColumn midX = StringColumn.create("x");
            DoubleColumn midY = DoubleColumn.create("y");
            for (RegistryOutcomes.Point p : e.getValue()) {
                LocalDate mid = p.from().plusDays(ChronoUnit.DAYS.between(p.from(), p.to()) / 2);
                midX.append(mid.toString());
                midY.append(p.value());
                if (p.to().isAfter(p.from())) {
                    spanX.append(p.from().toString()).append(p.to().toString()).append(p.to().toString());
                    spanY.append(p.value()).append(p.value()).appendMissing();
                }
            }
            if (spanX.size() > 0) {
                traces.add(ScatterTrace.builder(spanX, spanY)
                        .mode(ScatterTrace.Mode.LINE)
                        .line(Line.builder()
                                .color(Palette.translucent(c, 0.45))
                                .width(6)
                                .build())
                        .name(e.getKey() + ": period covered")
                        .showLegend(false)
                        .build());
            }
            traces.add(ScatterTrace.builder(midX, midY)
                    .mode(ScatterTrace.Mode.LINE_AND_MARKERS)
                    .line(Line.builder().color(c).width(2).build())
                    .marker(Marker.builder().color(c).size(11).build())
                    .name(e.getKey())
                    .build());
        }
        for (Map.Entry<String, LocalDate> start : outcomes.roleStarts(figure).entrySet()) {
            traces.add(Chart.vertical(
                    start.getValue().toString(),
                    0,
                    max * 1.05,
                    Palette.GREY,
                    Chart.person(start.getKey()) + "'s role starts " + start.getValue()));
        }
        return new Figure(
                Chart.layoutBuilder(
                                figure + " (descriptive, as reported; not pooled)",
                                Chart.axis("date"),
                                Chart.axisBuilder(String.join(" / ", units))
                                        .range(0, max * 1.08)
                                        .build())
                        .build(),
                traces.toArray(new Trace[0]));
    }

    /** A short axis label: "default", "baseline 12 months", "without advisory databases", "comparison ≥ 6 commits". */
    static String label(Sensitivity.Row r) {
        if (r.isDefault()) {
            return "default";
        }
        switch (r.dimension()) {
            case "advisory databases":
            case "stale exports":
                return r.setting() + " " + r.dimension();
            case "comparison group":
                return "comparison " + r.setting().replace("at least ", "≥ ");
            default:
                return r.dimension() + " " + r.setting();
        }
    }

    /** Horizontal segments from lower to upper at each row's y, one trace separated by gaps. */
    private static ScatterTrace intervals(List<double[]> points, String color, String name) {
        DoubleColumn xs = DoubleColumn.create("x");
        DoubleColumn ys = DoubleColumn.create("y");
        for (double[] p : points) {
            xs.append(p[2]).append(p[3]).appendMissing();
            ys.append(p[0]).append(p[0]).appendMissing();
        }
        return ScatterTrace.builder(xs, ys)
                .mode(ScatterTrace.Mode.LINE)
                .line(Line.builder().color(color).width(8).build())
                .name(name)
                .build();
    }

    private static ScatterTrace dots(List<double[]> points, String color, Symbol symbol, String name) {
        double[] x = points.stream().mapToDouble(p -> p[1]).toArray();
        double[] y = points.stream().mapToDouble(p -> p[0]).toArray();
        return ScatterTrace.builder(x, y)
                .mode(ScatterTrace.Mode.MARKERS)
                .marker(Marker.builder().color(color).symbol(symbol).size(14).build())
                .name(name)
                .build();
    }
}
