package dev.umbrella.present;

import dev.umbrella.estimate.DidResult;
import dev.umbrella.estimate.Estimate;
import dev.umbrella.estimate.ItsFit;
import dev.umbrella.estimate.PeriodEffect;
import dev.umbrella.estimate.PlaceboResult;
import dev.umbrella.estimate.Segment;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
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
 * The effect estimates as figures: before/after rates, the segmented regression, DiD and the placebo ranks.
 *
 * <p>A little over 300 lines: the four figures share their month axis, transition band and y-axis helpers.
 */
final class EffectFigures {
    private EffectFigures() {}

    /** Each period's mean monthly value with its 95% interval, one colour per period; insufficient ones say so. */
    static Figure beforeAfter(PeriodEffect effect) {
        String who = Chart.person(effect.engineerId());
        String what = Chart.words(effect.metric().column());
        if (effect.rates().isEmpty()) {
            return InsufficientFigure.of(who + ": " + what + " per month by period", effect.insufficient());
        }
        List<Trace> traces = new ArrayList<>();
        List<String> missingX = new ArrayList<>();
        List<String> missingText = new ArrayList<>();
        double top = 0;
        for (Estimate rate : effect.rates()) {
            String period =
                    rate.label().substring(effect.metric().column().length()).strip();
            String color = Palette.of(segmentOf(period));
            if (!rate.isSufficient()) {
                missingX.add(period);
                missingText.add("insufficient data");
                continue;
            }
            top = Math.max(top, rate.interval().upper());
            traces.add(Chart.whiskers(
                    List.of(period),
                    new double[] {rate.interval().lower()},
                    new double[] {rate.interval().upper()},
                    color,
                    period + ": 95% interval "
                            + Readable.interval(
                                    rate.interval().lower(), rate.interval().upper())));
            traces.add(Chart.points(
                    List.of(period),
                    new double[] {rate.value()},
                    color,
                    Symbol.CIRCLE,
                    16,
                    period + ": " + Readable.number(rate.value()) + " per month (" + rate.months() + " months)"));
        }
        if (!missingX.isEmpty()) {
            double[] y = new double[missingX.size()];
            traces.add(Chart.labels(missingX, y, missingText));
        }
        Estimate change = effect.change();
        String title = who + ": " + what + " per month by period"
                + (change.isSufficient() ? ", change " + Case.withInterval(change) : "");
        return new Figure(
                Chart.layout(
                        title,
                        Chart.axis("period"),
                        Chart.axisBuilder(what + " per month (mean, 95% interval)")
                                .range(0, Math.max(top, 1) * 1.1)
                                .build()),
                traces.toArray(new Trace[0]));
    }

    /** Observed months, the fitted pre and post lines, and the pre line continued (the counterfactual). */
    static Figure its(ItsFit fit) {
        String who = Chart.person(fit.engineerId());
        String what = Chart.words(fit.metric().column());
        if (!fit.isSufficient()) {
            return InsufficientFigure.of(who + ": interrupted time series of " + what, fit.insufficient());
        }
        List<String> months = days(fit.months());
        double top = top(fit.observed());
        List<Trace> traces = transitionBand(fit.months(), fit.segments(), top);
        traces.add(ScatterTrace.builder(
                        StringColumn.create("month", months), DoubleColumn.create("observed", fit.observed()))
                .mode(ScatterTrace.Mode.MARKERS)
                .marker(Marker.builder().color(Palette.BLACK).size(8).build())
                .name("observed")
                .build());
        traces.add(line(
                months,
                only(fit.fitted(), fit.segments(), Segment.PRE),
                Palette.ORANGE,
                Line.Dash.SOLID,
                "fitted, volunteer"));
        traces.add(line(
                months,
                except(fit.fitted(), fit.segments(), Segment.PRE, Segment.TRANSITION),
                Palette.BLUE,
                Line.Dash.SOLID,
                "fitted, funded"));
        traces.add(line(
                months,
                except(fit.counterfactual(), fit.segments(), Segment.PRE, Segment.TRANSITION),
                Palette.ORANGE,
                Line.Dash.DASH,
                "volunteer trend continued (counterfactual)"));
        Estimate level = fit.levelChange();
        String title = who + ": " + what + ", level change at funded start " + Case.withInterval(level);
        return new Figure(Chart.monthly(title, what, top).build(), traces.toArray(new Trace[0]));
    }

    /** The engineer's monthly series against the comparison group's mean, with the DiD estimate in the title. */
    static Figure did(DidResult result) {
        String who = Chart.person(result.engineerId());
        String what = Chart.words(result.metric().column());
        int group = result.cohort().members().size();
        if (!result.isSufficient()) {
            return InsufficientFigure.of(
                    who + " vs comparison group, " + what, result.did().insufficient());
        }
        List<String> months = days(result.months());
        double top = top(result.engineer());
        List<Trace> traces = transitionBand(result.months(), result.segments(), top);
        traces.add(line(months, result.engineer(), Palette.BLUE, Line.Dash.SOLID, who));
        traces.add(line(
                months,
                result.comparisonMean(),
                Palette.GREY,
                Line.Dash.SOLID,
                "comparison group mean (" + group + " contributors)"));
        Estimate did = result.did();
        String title = who + " vs " + group + " comparison contributors: DiD " + Case.withInterval(did) + " per month";
        return new Figure(Chart.monthly(title, what, top).build(), traces.toArray(new Trace[0]));
    }

    /**
     * The placebo statistics (fake start dates in time, comparison contributors treated as funded in space) as
     * ticks, with the engineer's own statistic marked: where it ranks is the permutation test.
     */
    static Figure placebo(PlaceboResult result) {
        String who = Chart.person(result.engineerId());
        if (!result.isSufficient()) {
            return InsufficientFigure.of(
                    who + ": placebo tests",
                    result.inTime().insufficient() + "; " + result.inSpace().insufficient());
        }
        List<Trace> traces = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        double max = Math.abs(result.actual());
        for (PlaceboResult.Test test : List.of(result.inSpace(), result.inTime())) {
            String row = test.name().replace("placebo ", "")
                    + (test.isSufficient() ? " (" + test.units().size() + ")" : "");
            rows.add(row);
            if (!test.isSufficient()) {
                traces.add(Chart.labels(
                        List.of(row), new double[] {0}, List.of("insufficient data: " + test.insufficient())));
                continue;
            }
            List<String> y = new ArrayList<>();
            List<Double> x = new ArrayList<>();
            for (double s : test.statistics()) {
                if (Double.isFinite(s)) {
                    x.add(Math.abs(s));
                    y.add(row);
                    max = Math.max(max, Math.abs(s));
                }
            }
            traces.add(ScatterTrace.builder(
                            DoubleColumn.create(
                                    "statistic", x.stream().mapToDouble(d -> d).toArray()),
                            StringColumn.create("test", y))
                    .mode(ScatterTrace.Mode.MARKERS)
                    .marker(Marker.builder()
                            .color(Palette.GREY)
                            .symbol(Symbol.LINE_NS)
                            .size(22)
                            .line(Line.builder().color(Palette.GREY).width(2).build())
                            .build())
                    .name(test.name().replace("placebo ", "") + ": placebos")
                    .build());
        }
        traces.add(ScatterTrace.builder(
                        DoubleColumn.create("x", Math.abs(result.actual()), Math.abs(result.actual())),
                        StringColumn.create("y", rows))
                .mode(ScatterTrace.Mode.MARKERS)
                .marker(Marker.builder()
                        .color(Palette.VERMILION)
                        .symbol(Symbol.DIAMOND)
                        .size(18)
                        .build())
                .name(who + ": " + Readable.number(Math.abs(result.actual())))
                .build());
        String title = who + ": " + rank(result.inSpace()) + " in space, " + rank(result.inTime()) + " in time";
        return new Figure(
                Chart.layoutBuilder(
                                title,
                                Chart.axisBuilder(result.statistic() + " (placebo statistic)")
                                        .range(0, max * 1.1)
                                        .build(),
                                Chart.axis(""))
                        .margin(Margin.builder()
                                .top(60)
                                .bottom(70)
                                .left(130)
                                .right(20)
                                .build())
                        .build(),
                traces.toArray(new Trace[0]));
    }

    private static String rank(PlaceboResult.Test test) {
        return test.isSufficient()
                ? "rank " + test.rank() + " of " + (test.units().size() + 1)
                : "insufficient data";
    }

    private static ScatterTrace line(List<String> months, double[] y, String color, Line.Dash dash, String name) {
        return ScatterTrace.builder(StringColumn.create("month", months), DoubleColumn.create("y", y))
                .mode(ScatterTrace.Mode.LINE)
                .line(Line.builder().color(color).width(3).dash(dash).build())
                .name(name)
                .build();
    }

    private static double[] only(double[] values, List<Segment> segments, Segment keep) {
        double[] result = values.clone();
        for (int i = 0; i < result.length; i++) {
            if (segments.get(i) != keep) {
                result[i] = Double.NaN;
            }
        }
        return result;
    }

    private static double[] except(double[] values, List<Segment> segments, Segment... drop) {
        double[] result = values.clone();
        for (int i = 0; i < result.length; i++) {
            if (List.of(drop).contains(segments.get(i))) {
                result[i] = Double.NaN;
            }
        }
        return result;
    }

    /** The months as the x values of a monthly figure: their first days. */
    private static List<String> days(List<YearMonth> months) {
        List<String> days = new ArrayList<>();
        for (YearMonth m : months) {
            days.add(m.atDay(1).toString());
        }
        return days;
    }

    /** The y axis top of a monthly figure: 10% above the largest value, and at least 1.1. */
    private static double top(double[] values) {
        double top = 1;
        for (double v : values) {
            top = Double.isNaN(v) ? top : Math.max(top, v);
        }
        return top * 1.1;
    }

    /** A monthly figure's first trace, the transition months shaded grey (none when there are none). */
    private static List<Trace> transitionBand(List<YearMonth> months, List<Segment> segments, double top) {
        List<Trace> traces = new ArrayList<>();
        int[] transition = indices(segments, Segment.TRANSITION);
        if (transition.length > 0) {
            traces.add(Chart.band(
                    months.get(transition[0]).atDay(1).toString(),
                    months.get(transition[transition.length - 1])
                            .plusMonths(1)
                            .atDay(1)
                            .toString(),
                    0,
                    top,
                    Palette.GREY,
                    0.25,
                    "transition, left out",
                    true));
        }
        return traces;
    }

    private static int[] indices(List<Segment> segments, Segment wanted) {
        return IntStream.range(0, segments.size())
                .filter(i -> segments.get(i) == wanted)
                .toArray();
    }

    /** The role a before/after period label plays, for its colour. */
    private static Segment segmentOf(String period) {
        switch (period) {
            case "volunteer":
                return Segment.PRE;
            case "funded":
                return Segment.POST;
            case "vacancy":
                return Segment.VACANCY;
            case "after":
                return Segment.AFTER;
            default:
                return Segment.OTHER;
        }
    }

    static String signed(double value) {
        return Readable.signed(value);
    }
}
