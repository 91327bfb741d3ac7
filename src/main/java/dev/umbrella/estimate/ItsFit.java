package dev.umbrella.estimate;

import dev.umbrella.model.Metric;
import dev.umbrella.model.TableBuilder;
import dev.umbrella.model.Tabular;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * A segmented regression of one engineer's monthly metric: the level change and the slope change at the funded
 * start, each with a Newey–West and a moving-block bootstrap interval; the coefficients; and the monthly series
 * with the fitted lines and the counterfactual (the pre-period line continued), ready for a figure.
 *
 * @param effects level change (Newey–West), slope change (Newey–West), level change (bootstrap), slope change
 *     (bootstrap); all insufficient when the fit is
 */
public record ItsFit(
        String engineerId,
        Metric metric,
        List<Estimate> effects,
        List<String> terms,
        double[] coefficients,
        double[] standardErrors,
        List<YearMonth> months,
        double[] observed,
        double[] fitted,
        double[] counterfactual,
        List<Segment> segments,
        List<String> notes,
        String insufficient)
        implements Tabular {

    public ItsFit {
        effects = List.copyOf(effects);
        terms = List.copyOf(terms);
        months = List.copyOf(months);
        segments = List.copyOf(segments);
        notes = List.copyOf(notes);
    }

    static ItsFit insufficient(String engineerId, Metric metric, List<String> notes, String reason) {
        List<Estimate> none = List.of(
                Estimate.insufficient(metric + " level change at funded start", reason),
                Estimate.insufficient(metric + " slope change at funded start", reason));
        return new ItsFit(
                engineerId,
                metric,
                none,
                List.of(),
                new double[0],
                new double[0],
                List.of(),
                new double[0],
                new double[0],
                new double[0],
                List.of(),
                notes,
                reason);
    }

    public boolean isSufficient() {
        return insufficient.isEmpty();
    }

    /** The level change with its Newey–West interval. */
    public Estimate levelChange() {
        return effects.get(0);
    }

    /** The slope change (per month) with its Newey–West interval. */
    public Estimate slopeChange() {
        return effects.get(1);
    }

    public Estimate levelChangeBootstrap() {
        return isSufficient() ? effects.get(2) : effects.get(0);
    }

    /** Columns: month, observed, fitted, counterfactual, segment (NaN where a value does not apply). */
    public Table series() {
        TableBuilder table = TableBuilder.named(engineerId + " " + metric + " segmented regression")
                .date("month")
                .number("observed", "fitted", "counterfactual")
                .text("segment");
        for (int i = 0; i < months.size(); i++) {
            table.row(
                    months.get(i).atDay(1),
                    observed[i],
                    fitted[i],
                    counterfactual[i],
                    segments.get(i).label());
        }
        return table.build();
    }

    @Override
    public Table toTable() {
        return Estimate.table(engineerId + " " + metric + " interrupted time series", effects);
    }

    @Override
    public String toString() {
        return engineerId + " " + metric + " interrupted time series\n  "
                + effects.stream().map(Estimate::toString).collect(Collectors.joining("\n  ")) + "\n  notes: "
                + String.join("; ", notes);
    }
}
