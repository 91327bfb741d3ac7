package dev.umbrella.present;

import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Font;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.components.Symbol;
import tech.tablesaw.plotly.components.TickSettings;
import tech.tablesaw.plotly.traces.ScatterTrace;

/**
 * The building blocks every figure shares, on top of tablesaw-jsplot: one layout (large title and axis text for a
 * projector, 480 px high so a figure and its heading fit on a 1280×720 slide), axes with titles and units, and the
 * shapes jsplot's layout cannot express (it has no {@code shapes} or {@code annotations}): shaded bands, vertical
 * marker lines, interval whiskers and text labels, all drawn as scatter traces.
 */
final class Chart {
    static final int HEIGHT = 480;
    static final int TITLE_SIZE = 20;
    static final int AXIS_TITLE_SIZE = 16;
    static final int TICK_SIZE = 14;

    private Chart() {}

    static Layout layout(String title, Axis x, Axis y) {
        return layoutBuilder(title, x, y).build();
    }

    static Layout.LayoutBuilder layoutBuilder(String title, Axis x, Axis y) {
        return Layout.builder(title)
                .titleFont(Font.builder()
                        .family(Font.Family.SANS_SERIF)
                        .size(TITLE_SIZE)
                        .color(Palette.BLACK)
                        .build())
                .height(HEIGHT)
                .margin(Margin.builder().top(60).bottom(70).left(80).right(20).build())
                .showLegend(true)
                .xAxis(x)
                .yAxis(y);
    }

    /** A layout over months: the x axis is the month, the y axis {@code what} per month from 0 to {@code top}. */
    static Layout.LayoutBuilder monthly(String title, String what, double top) {
        return layoutBuilder(
                title,
                axis("month"),
                axisBuilder(what + " per month").range(0, top).build());
    }

    /** A value axis with a title that names the quantity and its unit. */
    static Axis axis(String title) {
        return axisBuilder(title).build();
    }

    static Axis.AxisBuilder axisBuilder(String title) {
        return Axis.builder()
                .title(title)
                .titleFont(Font.builder()
                        .family(Font.Family.SANS_SERIF)
                        .size(AXIS_TITLE_SIZE)
                        .color(Palette.BLACK)
                        .build())
                .gridColor(Palette.LIGHT_GREY)
                .showZeroLine(true)
                .zeroLineColor(Palette.GREY);
    }

    /** An axis with ticks at fixed positions and labels (e.g. the compressed ROI scale). */
    static Axis.AxisBuilder axisBuilder(String title, double[] ticks, String[] labels) {
        return axisBuilder(title)
                .tickSettings(TickSettings.builder()
                        .tickMode(TickSettings.TickMode.ARRAY)
                        .arrayTicks(ticks, labels)
                        .font(Font.builder()
                                .family(Font.Family.SANS_SERIF)
                                .size(TICK_SIZE)
                                .color(Palette.BLACK)
                                .build())
                        .build());
    }

    /** A filled rectangle from x0 to x1 (dates or numbers as text) and y0 to y1: a shaded period or window. */
    static ScatterTrace band(
            String x0, String x1, double y0, double y1, String color, double alpha, String name, boolean legend) {
        return ScatterTrace.builder(
                        StringColumn.create("x", x0, x1, x1, x0, x0), DoubleColumn.create("y", y0, y0, y1, y1, y0))
                .mode(ScatterTrace.Mode.LINE)
                .fill(ScatterTrace.Fill.TO_SELF)
                .fillColor(Palette.translucent(color, alpha))
                .line(Line.builder()
                        .color(Palette.translucent(color, alpha))
                        .width(0)
                        .build())
                .name(name)
                .showLegend(legend)
                .build();
    }

    /** A dashed vertical line at x (a date or a number, as text) from y0 to y1. */
    static ScatterTrace vertical(String x, double y0, double y1, String color, String name) {
        return ScatterTrace.builder(StringColumn.create("x", x, x), DoubleColumn.create("y", y0, y1))
                .mode(ScatterTrace.Mode.LINE)
                .line(Line.builder().color(color).width(2).dash(Line.Dash.DASH).build())
                .name(name)
                .build();
    }

    /** A dashed vertical line at a numeric x. */
    static ScatterTrace vertical(double x, double y0, double y1, String color, String name) {
        return ScatterTrace.builder(new double[] {x, x}, new double[] {y0, y1})
                .mode(ScatterTrace.Mode.LINE)
                .line(Line.builder().color(color).width(2).dash(Line.Dash.DASH).build())
                .name(name)
                .build();
    }

    /**
     * Line segments from (x, lower) to (x, upper), one per position, in one trace (separated by gaps): the
     * interval whiskers of a dot-and-interval chart. Positions are category labels.
     */
    static ScatterTrace whiskers(List<String> x, double[] lower, double[] upper, String color, String name) {
        StringColumn xs = StringColumn.create("x");
        DoubleColumn ys = DoubleColumn.create("y");
        for (int i = 0; i < x.size(); i++) {
            xs.append(x.get(i)).append(x.get(i)).append(x.get(i));
            ys.append(lower[i]).append(upper[i]).appendMissing();
        }
        return ScatterTrace.builder(xs, ys)
                .mode(ScatterTrace.Mode.LINE)
                .line(Line.builder().color(color).width(4).build())
                .name(name)
                .build();
    }

    /** Horizontal segments from (from, y) to (to, y) in one trace: intervals or bars on a numeric x axis. */
    static ScatterTrace horizontal(
            List<String> y, double[] from, double[] to, String color, double width, String name) {
        DoubleColumn xs = DoubleColumn.create("x");
        StringColumn ys = StringColumn.create("y");
        for (int i = 0; i < y.size(); i++) {
            xs.append(from[i]).append(to[i]).appendMissing();
            ys.append(y.get(i)).append(y.get(i)).append(y.get(i));
        }
        return ScatterTrace.builder(xs, ys)
                .mode(ScatterTrace.Mode.LINE)
                .line(Line.builder().color(color).width(width).build())
                .name(name)
                .build();
    }

    /** Markers at category positions. */
    static ScatterTrace points(List<String> x, double[] y, String color, Symbol symbol, double size, String name) {
        return ScatterTrace.builder(StringColumn.create("x", x), DoubleColumn.create("y", y))
                .mode(ScatterTrace.Mode.MARKERS)
                .marker(Marker.builder().color(color).symbol(symbol).size(size).build())
                .name(name)
                .build();
    }

    /** Text labels placed at (x, y); not listed in the legend. */
    static ScatterTrace labels(List<String> x, double[] y, List<String> text) {
        return ScatterTrace.builder(StringColumn.create("x", x), DoubleColumn.create("y", y))
                .mode(ScatterTrace.Mode.TEXT)
                .text(text.toArray(new String[0]))
                .name("labels")
                .showLegend(false)
                .build();
    }

    /** A figure's subject in titles: the first name ("Seth Michael Larson" → "Seth"; an id "mike" → "Mike"). */
    static String person(String nameOrId) {
        String first = nameOrId.strip().split("\\s+")[0];
        return first.isEmpty() ? first : first.substring(0, 1).toUpperCase(Locale.ROOT) + first.substring(1);
    }

    /** A metric column as words: {@code security_commits} → "security commits". */
    static String words(String column) {
        return column.replace('_', ' ');
    }
}
