package dev.umbrella.present;

import dev.umbrella.datasets.PeriodKind;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.model.Engineer;
import dev.umbrella.model.Metric;
import dev.umbrella.model.Panel;
import dev.umbrella.model.Period;
import dev.umbrella.model.TableBuilder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * A repository's security work per month, split into the engineer's and everyone else's, over the engineer's
 * periods: what the registry got while the role was funded, and what happened when it was vacant. Descriptive
 * (no counterfactual); months after the repository's export are missing, not zero.
 */
final class TeamFigures {
    private TeamFigures() {}

    /** The monthly series: month, engineer, others, period. */
    static Table series(Estimates estimates, String repo, Metric metric) {
        Engineer engineer = estimates.engineer();
        Panel panel = estimates.inputs().panel();
        YearMonth end = panel.lastCompleteMonth(repo);
        YearMonth from = YearMonth.from(engineer.periods().stream()
                        .filter(p -> p.kind() == PeriodKind.FUNDED)
                        .findFirst()
                        .map(Period::start)
                        .orElse(end.atDay(1)))
                .minusMonths(24);
        int months = (int) from.until(end, ChronoUnit.MONTHS) + 1;
        double[] own = panel.series(engineer.id(), metric, List.of(repo), from, end);
        double[] others = new double[Math.max(months, 0)];
        for (String person : panel.authorsIn(List.of(repo))) {
            if (!person.equals(engineer.id())) {
                double[] s = panel.series(person, metric, List.of(repo), from, end);
                for (int i = 0; i < s.length; i++) {
                    others[i] += s[i];
                }
            }
        }
        TableBuilder table = TableBuilder.named(repo + " " + metric.column() + " per month")
                .text("month")
                .number(engineer.id(), "everyone else")
                .text("period");
        for (int i = 0; i < months; i++) {
            YearMonth m = from.plusMonths(i);
            table.row(
                    m.toString(),
                    own[i],
                    others[i],
                    engineer.kindOf(m).map(PeriodKind::label).orElse("none"));
        }
        return table.build();
    }

    /** Per period kind: months of data and the mean per month of the engineer and of everyone else. */
    static Table byPeriod(Estimates estimates, String repo, String metricName) {
        Table series = series(estimates, repo, Metric.of(metricName));
        String id = estimates.engineer().id();
        TableBuilder table = TableBuilder.named(repo + ": " + Chart.words(metricName) + " per month by " + id
                        + "'s period (descriptive; data to "
                        + series.stringColumn("month").get(series.rowCount() - 1) + ")")
                .text("period")
                .integer("months")
                .number(id + " per month", "everyone else per month");
        Set<String> kinds = new LinkedHashSet<>(series.stringColumn("period").asList());
        for (String kind : kinds) {
            Table rows = series.where(series.stringColumn("period").isEqualTo(kind));
            table.row(
                    kind,
                    rows.rowCount(),
                    rows.doubleColumn(id).mean(),
                    rows.doubleColumn("everyone else").mean());
        }
        Table byPeriod = table.build();
        Digits.fixed(byPeriod.doubleColumn(2), 2);
        Digits.fixed(byPeriod.doubleColumn(3), 2);
        return byPeriod;
    }

    static Figure figure(Estimates estimates, String repo, String metricName) {
        Metric metric = Metric.of(metricName);
        Table series = series(estimates, repo, metric);
        Engineer engineer = estimates.engineer();
        String who = Chart.person(engineer.name());
        List<String> months = new ArrayList<>();
        for (String m : series.stringColumn("month")) {
            months.add(m + "-01");
        }
        double[] own = series.doubleColumn(engineer.id()).asDoubleArray();
        double[] others = series.doubleColumn("everyone else").asDoubleArray();
        double top = 1;
        for (int i = 0; i < own.length; i++) {
            top = Math.max(top, own[i] + others[i]);
        }
        top *= 1.15;
        LocalDate first = LocalDate.parse(months.get(0));
        LocalDate afterLast = LocalDate.parse(months.get(months.size() - 1)).plusMonths(1);
        List<Trace> traces = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        for (Period p : engineer.periods()) {
            LocalDate start = p.start().isBefore(first) ? first : p.start();
            LocalDate end = p.end() == null || p.end().plusDays(1).isAfter(afterLast)
                    ? afterLast
                    : p.end().plusDays(1);
            if (!start.isBefore(end)) {
                continue;
            }
            String name = p.kind() == PeriodKind.FUNDED && !p.funder().isBlank()
                    ? "funded: " + p.funder()
                    : p.kind().label();
            traces.add(Chart.band(
                    start.toString(),
                    end.toString(),
                    0,
                    top,
                    Palette.of(estimates.inputs(), p),
                    0.18,
                    name,
                    named.add(name)));
        }
        traces.add(bars(months, others, Palette.GREY, "everyone else"));
        traces.add(bars(months, own, Palette.BLACK, who));
        String what = Chart.words(metric.column());
        Layout layout = Chart.monthly(repo + ": " + what + " per month, " + who + " and everyone else", what, top)
                .barMode(Layout.BarMode.STACK)
                .build();
        return new Figure(layout, traces.toArray(new Trace[0]));
    }

    private static BarTrace bars(List<String> x, double[] y, String color, String name) {
        return BarTrace.builder(x.toArray(new Object[0]), y)
                .marker(Marker.builder().color(color).build())
                .name(name)
                .build();
    }
}
