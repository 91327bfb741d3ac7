package dev.umbrella.present;

import dev.umbrella.datasets.PeriodKind;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.estimate.MonthlySeries;
import dev.umbrella.estimate.Segment;
import dev.umbrella.estimate.Timeline;
import dev.umbrella.model.Engineer;
import dev.umbrella.model.Metric;
import dev.umbrella.model.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/** Who and when: an engineer's periods with their funders, and the monthly activity behind every estimate. */
final class TimelineFigures {
    private static final double BAND_ALPHA = 0.18;

    private TimelineFigures() {}

    /**
     * Every period of {@code periods.csv} as a shaded band named by its kind and funder, over the engineer's monthly
     * authored and security commits (all repositories of the estimate), with the end of the commit data marked.
     */
    static Figure timeline(Estimates estimates) {
        Engineer engineer = estimates.engineer();
        Timeline timeline = estimates.timeline();
        YearMonth first = YearMonth.from(engineer.firstDay()
                .orElseThrow(() -> new IllegalArgumentException(engineer.id() + " has no periods in periods.csv")));
        YearMonth dataEnd = timeline.dataEnd() == null ? first : timeline.dataEnd();
        List<String> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(dataEnd); m = m.plusMonths(1)) {
            months.add(m.atDay(1).toString());
        }
        double[] commits = series(estimates, timeline, Metric.COMMITS, first, dataEnd);
        double[] security = series(estimates, timeline, Metric.SECURITY_COMMITS, first, dataEnd);
        double top = Math.max(1, max(commits)) * 1.15;
        LocalDate axisEnd = axisEnd(engineer, dataEnd);

        // Bands are named in the legend, each funder in its own colour; no text inside the plot, where a short
        // period's name would be clipped.
        List<Trace> traces = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        for (Period p : engineer.periods()) {
            LocalDate end = p.end() == null ? axisEnd : p.end().plusDays(1);
            String name = bandName(p);
            traces.add(Chart.band(
                    p.start().toString(),
                    end.toString(),
                    0,
                    top,
                    Palette.of(estimates.inputs(), p),
                    BAND_ALPHA,
                    name,
                    named.add(name)));
        }
        traces.add(bars(months, commits, Palette.GREY, "authored commits"));
        traces.add(bars(months, security, Palette.BLACK, "security commits"));
        traces.add(Chart.vertical(
                dataEnd.plusMonths(1).atDay(1).toString(),
                0,
                top,
                Palette.GREY,
                "end of commit data (" + dataEnd + ")"));

        Layout layout = Chart.layoutBuilder(
                        title(engineer),
                        Chart.axis("month"),
                        Chart.axisBuilder("commits per month").range(0, top).build())
                .barMode(Layout.BarMode.OVERLAY)
                .build();
        return new Figure(layout, traces.toArray(new Trace[0]));
    }

    /**
     * The coverage strip under a timeline: one bar per counted repository from the first month shown to the last
     * complete month of its export. A repository's months after its bar ends are missing for it alone; the funded
     * window runs to the end of the longest bar among the repositories with the engineer's funded work.
     */
    static Figure coverage(Estimates estimates) {
        Engineer engineer = estimates.engineer();
        Timeline timeline = estimates.timeline();
        String who = Chart.person(engineer.name());
        if (timeline.repos().isEmpty()) {
            return InsufficientFigure.of(who + ": repository coverage", timeline.insufficient());
        }
        YearMonth first = YearMonth.from(engineer.firstDay().orElseThrow());
        List<String> repos = new ArrayList<>(timeline.repos());
        repos.sort(Comparator.comparing(
                        (String r) -> timeline.coverage().get(timeline.repos().indexOf(r)))
                .reversed()
                .thenComparing(Comparator.reverseOrder()));
        Collections.reverse(repos); // plotly draws the first category at the bottom
        List<Trace> traces = new ArrayList<>();
        StringColumn xs = StringColumn.create("x");
        StringColumn ys = StringColumn.create("y");
        for (String repo : repos) {
            YearMonth end = timeline.coverage().get(timeline.repos().indexOf(repo));
            xs.append(first.atDay(1).toString())
                    .append(end.plusMonths(1).atDay(1).toString())
                    .appendMissing();
            ys.append(repo).append(repo).append(repo);
        }
        traces.add(ScatterTrace.builder(xs, ys)
                .mode(ScatterTrace.Mode.LINE)
                .line(Line.builder().color(Palette.BLUE).width(14).build())
                .name("months the export covers")
                .build());
        String dataEnd = timeline.dataEnd().plusMonths(1).atDay(1).toString();
        traces.add(
                verticalOnRepos(timeline.start().toString(), repos, Palette.BLACK, "funded start " + timeline.start()));
        traces.add(verticalOnRepos(
                dataEnd, repos, Palette.GREY, "end of the funded window's data (" + timeline.dataEnd() + ")"));
        Layout layout = Chart.layoutBuilder(
                        who + ": months each repository's export covers", Chart.axis("month"), Chart.axis(""))
                .height(Math.min(120 + 34 * repos.size(), 480))
                .margin(Margin.builder().top(60).bottom(60).left(300).right(20).build())
                .build();
        return new Figure(layout, traces.toArray(new Trace[0]));
    }

    private static Trace verticalOnRepos(String x, List<String> repos, String color, String name) {
        StringColumn xs = StringColumn.create("x");
        StringColumn ys = StringColumn.create("y");
        for (String repo : repos) {
            xs.append(x);
            ys.append(repo);
        }
        return ScatterTrace.builder(xs, ys)
                .mode(ScatterTrace.Mode.LINE)
                .line(Line.builder().color(color).width(2).dash(Line.Dash.DASH).build())
                .name(name)
                .build();
    }

    /**
     * One metric per month over the months an estimate uses, coloured by their role: the volunteer window, the
     * transition left out, the funded window, and later periods. The dashed line is the funded start.
     */
    static Figure activity(Estimates estimates, String metric) {
        MonthlySeries series = estimates.series(metric);
        Timeline timeline = estimates.timeline();
        String who = Chart.person(estimates.engineer().name());
        String what = Chart.words(series.metric().column());
        if (series.months().isEmpty()) {
            return InsufficientFigure.of(who + ": " + what + " per month", timeline.insufficient());
        }
        double[] values = series.values();
        List<Trace> traces = new ArrayList<>();
        for (Segment segment : Segment.values()) {
            List<String> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                if (series.segments().get(i) == segment) {
                    x.add(series.months().get(i).atDay(1).toString());
                    y.add(values[i]);
                }
            }
            if (!x.isEmpty()) {
                traces.add(bars(
                        x,
                        y.stream().mapToDouble(Double::doubleValue).toArray(),
                        Palette.of(segment),
                        segmentName(segment, timeline)));
            }
        }
        double top = Math.max(max(values), 1) * 1.1;
        traces.add(
                Chart.vertical(timeline.start().toString(), 0, top, Palette.BLACK, "funded start " + timeline.start()));
        String title = who + ": " + what + " per month, " + series.months().get(0) + " to "
                + series.months().get(series.months().size() - 1);
        Layout layout =
                Chart.monthly(title, what, top).barMode(Layout.BarMode.OVERLAY).build();
        return new Figure(layout, traces.toArray(new Trace[0]));
    }

    private static double[] series(
            Estimates estimates, Timeline timeline, Metric metric, YearMonth from, YearMonth to) {
        if (timeline.repos().isEmpty()) {
            return new double[(int) from.until(to, ChronoUnit.MONTHS) + 1];
        }
        return estimates.inputs().panel().series(estimates.engineer().id(), metric, timeline.repos(), from, to);
    }

    /** The axis ends after the last period boundary or the data, whichever is later, with a month to spare. */
    private static LocalDate axisEnd(Engineer engineer, YearMonth dataEnd) {
        LocalDate end = dataEnd.plusMonths(2).atDay(1);
        for (Period p : engineer.periods()) {
            LocalDate boundary =
                    p.end() == null ? p.start().plusMonths(3) : p.end().plusMonths(1);
            if (boundary.isAfter(end)) {
                end = boundary;
            }
        }
        return end;
    }

    private static String bandName(Period p) {
        if (p.kind() == PeriodKind.VOLUNTEER) {
            return p.partlyPaid() ? "volunteer (partly paid)" : "volunteer";
        }
        return p.funder().isBlank() ? p.kind().label() : p.kind().label() + ": " + p.funder();
    }

    private static String title(Engineer engineer) {
        String who = Chart.person(engineer.name());
        StringBuilder text = new StringBuilder(who + ":");
        String sep = " ";
        for (PeriodKind kind : List.of(PeriodKind.VOLUNTEER, PeriodKind.FUNDED, PeriodKind.VACANCY)) {
            var firstOfKind =
                    engineer.periods().stream().filter(p -> p.kind() == kind).findFirst();
            if (firstOfKind.isPresent()) {
                text.append(sep)
                        .append(kind.label())
                        .append(" from ")
                        .append(YearMonth.from(firstOfKind.get().start()));
                sep = ", ";
            }
        }
        return text.toString();
    }

    private static String segmentName(Segment segment, Timeline timeline) {
        String span = " (" + timeline.span(segment) + ")";
        switch (segment) {
            case PRE:
                return "volunteer window" + span;
            case TRANSITION:
                return "transition, left out" + span;
            case POST:
                return "funded window" + span;
            case FUNDED_LATER:
                return "funded, after the window";
            case VACANCY:
                return "vacancy";
            case AFTER:
                return "after";
            default:
                return "other";
        }
    }

    private static BarTrace bars(List<String> x, double[] y, String color, String name) {
        return BarTrace.builder(x.toArray(new Object[0]), y)
                .marker(Marker.builder().color(color).build())
                .name(name)
                .build();
    }

    private static double max(double[] values) {
        double max = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                max = Math.max(max, v);
            }
        }
        return max;
    }
}
