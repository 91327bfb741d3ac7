package dev.umbrella.estimate;

import dev.umbrella.model.Metric;
import dev.umbrella.model.Tabular;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * Before/after: an engineer's mean monthly value of a metric in each period (volunteer = the pre window, funded =
 * the post window, then vacancy and after where they exist) and each period's change against the volunteer
 * rate, all with moving-block bootstrap intervals.
 *
 * @param changeReplicates bootstrap replicates of the funded − volunteer change, for the ROI Monte Carlo
 */
public record PeriodEffect(
        String engineerId,
        Metric metric,
        List<Estimate> rates,
        List<Estimate> changes,
        double[] changeReplicates,
        List<String> notes,
        String insufficient)
        implements Tabular {

    public PeriodEffect {
        rates = List.copyOf(rates);
        changes = List.copyOf(changes);
        changeReplicates = changeReplicates.clone();
        notes = List.copyOf(notes);
    }

    /** Bootstrap replicates of the funded − volunteer change (empty when insufficient): its sampling distribution. */
    @Override
    public double[] changeReplicates() {
        return changeReplicates.clone();
    }

    public boolean isSufficient() {
        return insufficient.isEmpty();
    }

    /** The funded − volunteer change, the headline of the before/after comparison. */
    public Estimate change() {
        return changes.stream()
                .filter(e -> e.label().equals(metric + " funded − volunteer"))
                .findFirst()
                .orElse(Estimate.insufficient(
                        metric + " funded − volunteer", insufficient.isEmpty() ? "no funded months" : insufficient));
    }

    @Override
    public Table toTable() {
        List<Estimate> rows = new ArrayList<>();
        if (!isSufficient()) {
            rows.add(Estimate.insufficient(metric.column(), insufficient));
        }
        rows.addAll(rates);
        rows.addAll(changes);
        return Estimate.table(engineerId + " " + metric + " per month, by period", rows);
    }

    @Override
    public String toString() {
        if (!isSufficient()) {
            return engineerId + " " + metric + ": insufficient data (" + insufficient + ")";
        }
        return engineerId + " " + metric + " per month\n  "
                + rates.stream().map(Estimate::toString).collect(Collectors.joining("\n  ")) + "\n  "
                + changes.stream().map(Estimate::toString).collect(Collectors.joining("\n  ")) + "\n  notes: "
                + String.join("; ", notes);
    }
}
