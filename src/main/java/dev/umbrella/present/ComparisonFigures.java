package dev.umbrella.present;

import dev.umbrella.estimate.Estimate;
import dev.umbrella.roi.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.components.Symbol;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/** The three cases side by side: one row per engineer, a dot for the estimate and a bar for its interval. */
final class ComparisonFigures {
    private ComparisonFigures() {}

    /**
     * Median ROI with its 95% Monte Carlo interval per engineer and method; each row label carries the draws with
     * ROI > 0. A method that is not estimated has a labelled row and no bar.
     */
    static Figure headline(Comparison comparison) {
        List<String> rows = new ArrayList<>();
        List<String> missingRows = new ArrayList<>();
        List<Double> median = new ArrayList<>();
        List<Double> lower = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        double min = 0;
        double max = 0;
        for (Case c : reversed(comparison.cases())) {
            for (Method m : List.of(Method.EXPECTED_LOSS, Method.MARKET_PRICE)) {
                String who = Chart.person(c.name()) + " · " + m.label();
                if (!c.simulation().isEstimated(m)) {
                    rows.add(who + ": not estimated");
                    missingRows.add(who + ": not estimated");
                    continue;
                }
                var interval = c.simulation().interval(m, "roi");
                rows.add(who + " · ROI > 0 in " + c.positive(m));
                median.add(c.simulation().median(m, "roi"));
                lower.add(interval.lower());
                upper.add(interval.upper());
                min = Math.min(min, interval.lower());
                max = Math.max(max, interval.upper());
            }
        }
        List<String> sufficientRows =
                rows.stream().filter(r -> !missingRows.contains(r)).toList();
        List<Trace> traces = new ArrayList<>();
        traces.add(Chart.horizontal(
                sufficientRows,
                RoiScale.positions(array(lower)),
                RoiScale.positions(array(upper)),
                Palette.SKY_BLUE,
                10,
                "95% interval of the Monte Carlo draws"));
        traces.add(dots(sufficientRows, RoiScale.positions(array(median)), Palette.BLUE, "median ROI"));
        if (!missingRows.isEmpty()) {
            traces.add(Chart.labels(
                    missingRows,
                    new double[missingRows.size()],
                    missingRows.stream().map(r -> "not estimated").toList()));
        }
        traces.add(categoryLine(0, rows, "break-even (ROI = 0)"));
        return new Figure(
                withWideLabels(Chart.layoutBuilder(
                        "ROI of the funded roles by method: median and 95% " + "interval",
                        RoiScale.axis(min, max), Chart.axis(""))),
                traces.toArray(new Trace[0]));
    }

    /** The funded − volunteer change in security commits per month with its 95% interval, per engineer. */
    static Figure effects(Comparison comparison) {
        List<String> rows = new ArrayList<>();
        List<Double> value = new ArrayList<>();
        List<Double> lower = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        double min = 0;
        double max = 0;
        for (Case c : reversed(comparison.cases())) {
            Estimate change = c.effect().change();
            if (!change.isSufficient()) {
                continue;
            }
            rows.add(Chart.person(c.name()) + " · " + c.rates());
            value.add(change.value());
            lower.add(change.interval().lower());
            upper.add(change.interval().upper());
            min = Math.min(min, change.interval().lower());
            max = Math.max(max, change.interval().upper());
        }
        if (rows.isEmpty()) {
            return InsufficientFigure.of(
                    "Change in security commits per month", "no engineer has a sufficient estimate");
        }
        List<Trace> traces = new ArrayList<>();
        traces.add(Chart.horizontal(rows, array(lower), array(upper), Palette.SKY_BLUE, 10, "95% interval"));
        traces.add(dots(rows, array(value), Palette.BLUE, "funded − volunteer"));
        traces.add(categoryLine(0, rows, "no change"));
        double pad = 0.05 * (max - min);
        return new Figure(
                withWideLabels(Chart.layoutBuilder(
                        "Security commits per month: funded − volunteer, 95% intervals",
                        Chart.axisBuilder("change in security commits per month")
                                .range(min - pad, max + pad)
                                .build(),
                        Chart.axis(""))),
                traces.toArray(new Trace[0]));
    }

    private static Layout withWideLabels(Layout.LayoutBuilder builder) {
        return builder.margin(
                        Margin.builder().top(60).bottom(70).left(260).right(20).build())
                .build();
    }

    private static ScatterTrace dots(List<String> rows, double[] x, String color, String name) {
        return ScatterTrace.builder(DoubleColumn.create("x", x), StringColumn.create("y", rows))
                .mode(ScatterTrace.Mode.MARKERS)
                .marker(Marker.builder()
                        .color(color)
                        .symbol(Symbol.DIAMOND)
                        .size(18)
                        .build())
                .name(name)
                .build();
    }

    private static ScatterTrace categoryLine(double x, List<String> rows, String name) {
        double[] xs = new double[rows.size()];
        Arrays.fill(xs, x);
        return ScatterTrace.builder(DoubleColumn.create("x", xs), StringColumn.create("y", rows))
                .mode(ScatterTrace.Mode.LINE)
                .line(Line.builder()
                        .color(Palette.GREY)
                        .width(2)
                        .dash(Line.Dash.DASH)
                        .build())
                .name(name)
                .build();
    }

    /** Plotly draws the first category at the bottom; the table order (earliest funded first) should read top down. */
    private static List<Case> reversed(List<Case> cases) {
        List<Case> result = new ArrayList<>(cases);
        Collections.reverse(result);
        return result;
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
