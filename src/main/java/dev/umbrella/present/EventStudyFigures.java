package dev.umbrella.present;

import dev.umbrella.estimate.Estimate;
import dev.umbrella.estimate.EventStudyResult;
import dev.umbrella.estimate.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.components.Symbol;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * The event study as a figure: one coefficient with its 95% band per month from the funded start, coloured by the
 * month's role (volunteer window orange, transition grey, funded window blue), a zero line (the volunteer-window
 * mean), the start at k = 0, the transition shaded, and the volunteer-window trend drawn over the leads. The title
 * carries the joint test's p-value and the pre-trend slope.
 */
final class EventStudyFigures {
    private EventStudyFigures() {}

    static Figure eventStudy(EventStudyResult result) {
        String who = Chart.person(result.engineerId());
        String what = Chart.words(result.metric().column());
        if (!result.isSufficient()) {
            return InsufficientFigure.of(who + ": event study of " + what, result.insufficient());
        }
        List<EventStudyResult.Coefficient> all = result.coefficients();
        double low = 0;
        double high = 0;
        for (EventStudyResult.Coefficient c : all) {
            low = Double.isNaN(c.lower()) ? low : Math.min(low, c.lower());
            high = Double.isNaN(c.upper()) ? high : Math.max(high, c.upper());
        }
        double pad = Math.max(high - low, 1e-9) * 0.06;
        low -= pad;
        high += pad;
        double firstK = all.get(0).k() - 0.5;
        double lastK = all.get(all.size() - 1).k() + 0.5;

        List<Trace> traces = new ArrayList<>();
        List<EventStudyResult.Coefficient> transition = result.coefficients(Segment.TRANSITION);
        if (!transition.isEmpty()) {
            int from = transition.get(0).k();
            int to = transition.get(transition.size() - 1).k();
            traces.add(band(
                    from - 0.5,
                    to + 0.5,
                    low,
                    high,
                    String.format(Locale.ROOT, "transition k = %d..%d, in neither window", from, to)));
        }
        traces.add(horizontal(firstK, lastK, 0, "zero: the volunteer-window mean difference"));
        traces.add(Chart.vertical(0.0, low, high, Palette.BLACK, "funded start, k = 0 (" + result.startMonth() + ")"));
        for (Segment segment : Segment.values()) {
            List<EventStudyResult.Coefficient> group = result.coefficients(segment);
            if (group.isEmpty()) {
                continue;
            }
            String name = segmentName(segment)
                    + String.format(
                            Locale.ROOT,
                            " (k = %d..%d)",
                            group.get(0).k(),
                            group.get(group.size() - 1).k());
            List<EventStudyResult.Coefficient> full =
                    group.stream().filter(c -> !partial(c)).toList();
            List<EventStudyResult.Coefficient> partial =
                    group.stream().filter(EventStudyFigures::partial).toList();
            if (!full.isEmpty()) {
                traces.add(whiskers(full, Palette.of(segment), name + ": 95% bands"));
                traces.add(points(full, Palette.of(segment), Symbol.CIRCLE, name + ": coefficient, 95% band"));
            }
            if (!partial.isEmpty()) {
                // A repository's export had ended: it stands at its window mean, so the band holds only the
                // covered repositories' noise.
                traces.add(whiskers(partial, Palette.of(segment), name + ", partial coverage: 95% bands"));
                traces.add(points(
                        partial,
                        Palette.of(segment),
                        Symbol.DIAMOND,
                        segmentName(segment) + ", partial coverage (a repository at its window mean)"));
            }
        }
        Estimate slope = result.preTrend();
        if (slope.isSufficient()) {
            List<EventStudyResult.Coefficient> leads = result.coefficients(Segment.PRE);
            double k0 = leads.get(0).k();
            double k1 = leads.get(leads.size() - 1).k();
            traces.add(ScatterTrace.builder(new double[] {k0, k1}, new double[] {
                        result.trendIntercept() + slope.value() * k0, result.trendIntercept() + slope.value() * k1
                    })
                    .mode(ScatterTrace.Mode.LINE)
                    .line(Line.builder()
                            .color(Palette.VERMILION)
                            .width(3)
                            .dash(Line.Dash.DASH)
                            .build())
                    .name("volunteer-window trend " + EffectFigures.signed(slope.value()) + " per month "
                            + slope.interval())
                    .build());
        }
        String test = result.preTest().isSufficient()
                ? "leads jointly zero " + EventStudyResult.formatP(result.jointPValue())
                : "no joint test (insufficient data)";
        String title = who + ", " + what + " vs comparison: " + test
                + (slope.isSufficient() ? ", pre-trend " + EffectFigures.signed(slope.value()) + "/month" : "");
        return new Figure(
                Chart.layout(
                        title,
                        Chart.axis("months from funded start (k)"),
                        Chart.axisBuilder(what + " per month vs volunteer-window mean")
                                .range(low, high)
                                .build()),
                traces.toArray(new Trace[0]));
    }

    private static String segmentName(Segment segment) {
        switch (segment) {
            case PRE:
                return "volunteer window";
            case POST:
                return "funded window";
            case TRANSITION:
                return "transition";
            default:
                return segment.label();
        }
    }

    /** The bands as vertical segments at numeric k, one trace with gaps between them. */
    private static ScatterTrace whiskers(List<EventStudyResult.Coefficient> group, String color, String name) {
        DoubleColumn xs = DoubleColumn.create("k");
        DoubleColumn ys = DoubleColumn.create("y");
        for (EventStudyResult.Coefficient c : group) {
            xs.append(c.k()).append(c.k()).appendMissing();
            ys.append(c.lower()).append(c.upper()).appendMissing();
        }
        return ScatterTrace.builder(xs, ys)
                .mode(ScatterTrace.Mode.LINE)
                .line(Line.builder()
                        .color(Palette.translucent(color, 0.6))
                        .width(3)
                        .build())
                .name(name)
                .showLegend(false)
                .build();
    }

    private static boolean partial(EventStudyResult.Coefficient c) {
        return c.note().contains("partial coverage");
    }

    private static ScatterTrace points(
            List<EventStudyResult.Coefficient> group, String color, Symbol symbol, String name) {
        double[] x = group.stream().mapToDouble(EventStudyResult.Coefficient::k).toArray();
        double[] y =
                group.stream().mapToDouble(EventStudyResult.Coefficient::value).toArray();
        return ScatterTrace.builder(x, y)
                .mode(ScatterTrace.Mode.MARKERS)
                .marker(Marker.builder().color(color).symbol(symbol).size(8).build())
                .name(name)
                .build();
    }

    /** A shaded rectangle between numeric x0 and x1. */
    private static ScatterTrace band(double x0, double x1, double y0, double y1, String name) {
        return ScatterTrace.builder(new double[] {x0, x1, x1, x0, x0}, new double[] {y0, y0, y1, y1, y0})
                .mode(ScatterTrace.Mode.LINE)
                .fill(ScatterTrace.Fill.TO_SELF)
                .fillColor(Palette.translucent(Palette.GREY, 0.25))
                .line(Line.builder()
                        .color(Palette.translucent(Palette.GREY, 0.25))
                        .width(0)
                        .build())
                .name(name)
                .build();
    }

    private static ScatterTrace horizontal(double x0, double x1, double y, String name) {
        return ScatterTrace.builder(new double[] {x0, x1}, new double[] {y, y})
                .mode(ScatterTrace.Mode.LINE)
                .line(Line.builder().color(Palette.BLACK).width(1).build())
                .name(name)
                .build();
    }
}
