package dev.umbrella.present;

import dev.umbrella.datasets.PeriodKind;
import dev.umbrella.model.Engineer;
import dev.umbrella.model.Inputs;
import dev.umbrella.model.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/** Figures only the talk shows. */
final class TalkFigures {
    private TalkFigures() {}

    /**
     * One row per engineer (first funded on top), each period a thick bar from its start to its end (open periods to
     * the latest period start plus a year), coloured by kind and, for funded time, by funder.
     */
    static Figure periods(Inputs inputs, List<Engineer> engineers) {
        LocalDate open = engineers.stream()
                .flatMap(e -> e.periods().stream())
                .map(Period::start)
                .max(LocalDate::compareTo)
                .orElse(LocalDate.of(2000, 1, 1))
                .plusYears(1);
        List<Trace> traces = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        List<Engineer> bottomUp = new ArrayList<>(engineers);
        Collections.reverse(bottomUp); // plotly draws the first category at the bottom
        for (Engineer e : bottomUp) {
            String row = Readable.name(e);
            for (Period p : e.periods()) {
                String name = p.kind() == PeriodKind.FUNDED && !p.funder().isBlank()
                        ? "funded: " + p.funder()
                        : p.kind().label();
                LocalDate end = p.end() == null ? open : p.end();
                traces.add(ScatterTrace.builder(
                                StringColumn.create("x", p.start().toString(), end.toString()),
                                StringColumn.create("y", row, row))
                        .mode(ScatterTrace.Mode.LINE)
                        .line(Line.builder()
                                .color(Palette.of(inputs, p))
                                .width(36)
                                .build())
                        .name(name)
                        .showLegend(named.add(name))
                        .build());
            }
        }
        var layout = Chart.layoutBuilder(
                        "Volunteer and funded periods (periods.csv)", Chart.axis("year"), Chart.axis(""))
                .margin(Margin.builder().top(40).bottom(70).left(200).right(20).build())
                .build();
        return new Figure(layout, traces.toArray(new Trace[0]));
    }
}
