package dev.umbrella.estimate;

import dev.umbrella.model.Metric;
import dev.umbrella.model.Tabular;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
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
        String insufficient) implements Tabular {

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
        return new ItsFit(engineerId, metric, none, List.of(), new double[0], new double[0], List.of(),
                new double[0], new double[0], new double[0], List.of(), notes, reason);
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

    public Estimate slopeChangeBootstrap() {
        return isSufficient() ? effects.get(3) : effects.get(1);
    }

    /** Columns: month, observed, fitted, counterfactual, segment (NaN where a value does not apply). */
    public Table series() {
        DateColumn month = DateColumn.create("month");
        DoubleColumn obs = DoubleColumn.create("observed");
        DoubleColumn fit = DoubleColumn.create("fitted");
        DoubleColumn cf = DoubleColumn.create("counterfactual");
        StringColumn segment = StringColumn.create("segment");
        for (int i = 0; i < months.size(); i++) {
            month.append(months.get(i).atDay(1));
            obs.append(observed[i]);
            fit.append(fitted[i]);
            cf.append(counterfactual[i]);
            segment.append(segments.get(i).label());
        }
        return Table.create(engineerId + " " + metric + " segmented regression", month, obs, fit, cf, segment);
    }

    /** Columns: term, estimate, newey_west_se. */
    public Table coefficientTable() {
        StringColumn term = StringColumn.create("term");
        DoubleColumn estimate = DoubleColumn.create("estimate");
        DoubleColumn se = DoubleColumn.create("newey_west_se");
        for (int i = 0; i < terms.size(); i++) {
            term.append(terms.get(i));
            estimate.append(coefficients[i]);
            se.append(standardErrors[i]);
        }
        return Table.create(engineerId + " " + metric + " coefficients", term, estimate, se);
    }

    @Override
    public Table toTable() {
        Table table = Estimate.emptyTable(engineerId + " " + metric + " interrupted time series");
        effects.forEach(e -> e.appendTo(table));
        return table;
    }

    @Override
    public String toString() {
        return engineerId + " " + metric + " interrupted time series\n  "
                + effects.stream().map(Estimate::toString).collect(Collectors.joining("\n  ")) + "\n  notes: "
                + String.join("; ", notes);
    }
}
