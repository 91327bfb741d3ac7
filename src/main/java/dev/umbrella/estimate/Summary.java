package dev.umbrella.estimate;

import dev.umbrella.model.Metric;
import dev.umbrella.model.TableBuilder;
import dev.umbrella.model.Tabular;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Every estimator on every metric for one engineer, one row per metric: the headline table of a notebook.
 * Because many metrics are tested at once, the in-space placebo p-values are also given Holm-adjusted across all
 * {@link Metric}s (the family tested for the engineer), also when only some rows are shown (Holm 1979: with
 * many metrics tested for one engineer, unadjusted p-values would find effects by chance).
 */
public record Summary(String engineerId, List<Row> rows, List<String> notes) implements Tabular {

    /** One metric's estimates; NaN where an estimate is insufficient (its reason is in the DiD or ITS result). */
    public record Row(
            Metric metric,
            Estimate volunteer,
            Estimate funded,
            Estimate change,
            Estimate did,
            Estimate levelChange,
            double placeboTimeP,
            double placeboSpaceP,
            double holmSpaceP) {}

    public Summary {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /**
     * The rows of the given metrics. The Holm adjustment is always over the whole family of {@link Metric}s, the
     * ones tested for this engineer, so a one-metric summary shows the same adjusted p-value as the full table.
     */
    static Summary of(Estimates estimates, List<Metric> metrics) {
        List<Row> rows = new ArrayList<>();
        List<String> notes = List.of();
        for (Metric metric : Metric.values()) {
            PlaceboResult placebo = estimates.placebo(metric.column());
            if (!metrics.contains(metric)) {
                rows.add(new Row(
                        metric,
                        null,
                        null,
                        null,
                        null,
                        null,
                        placebo.inTime().pValue(),
                        placebo.inSpace().pValue(),
                        Double.NaN));
                continue;
            }
            PeriodEffect effect = estimates.effect(metric.column());
            notes = effect.notes();
            rows.add(new Row(
                    metric,
                    rate(effect, 0, metric + " volunteer", effect.insufficient()),
                    rate(effect, 1, metric + " funded", effect.insufficient()),
                    effect.change(),
                    estimates.did(metric.column()).did(),
                    estimates.its(metric.column()).levelChange(),
                    placebo.inTime().pValue(),
                    placebo.inSpace().pValue(),
                    Double.NaN));
        }
        List<Row> adjusted =
                holm(rows).stream().filter(r -> metrics.contains(r.metric())).toList();
        return new Summary(estimates.engineer().id(), adjusted, notes);
    }

    private static Estimate rate(PeriodEffect effect, int index, String label, String reason) {
        return effect.rates().size() > index
                ? effect.rates().get(index)
                : Estimate.insufficient(label, reason.isEmpty() ? "no months" : reason);
    }

    /** Holm's step-down adjustment of the in-space p-values (defined ones only), monotone and capped at 1. */
    static List<Row> holm(List<Row> rows) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!Double.isNaN(rows.get(i).placeboSpaceP())) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble(i -> rows.get(i).placeboSpaceP()));
        double[] adjusted = new double[rows.size()];
        Arrays.fill(adjusted, Double.NaN);
        double running = 0;
        int m = order.size();
        for (int k = 0; k < m; k++) {
            int i = order.get(k);
            running = Math.max(running, Math.min(1, (m - k) * rows.get(i).placeboSpaceP()));
            adjusted[i] = running;
        }
        List<Row> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            result.add(new Row(
                    r.metric(),
                    r.volunteer(),
                    r.funded(),
                    r.change(),
                    r.did(),
                    r.levelChange(),
                    r.placeboTimeP(),
                    r.placeboSpaceP(),
                    adjusted[i]));
        }
        return result;
    }

    /**
     * Columns: metric, volunteer, funded, change (+ lower, upper), did (+ lower, upper), its_level (+ lower,
     * upper), placebo_time_p, placebo_space_p, placebo_space_p_holm, months.
     */
    @Override
    public Table toTable() {
        TableBuilder table = TableBuilder.named(engineerId + " summary")
                .text("metric")
                .number(
                        "volunteer",
                        "funded",
                        "change",
                        "change_lower",
                        "change_upper",
                        "did",
                        "did_lower",
                        "did_upper",
                        "its_level",
                        "its_level_lower",
                        "its_level_upper",
                        "placebo_time_p",
                        "placebo_space_p",
                        "placebo_space_p_holm")
                .integer("post_months");
        for (Row r : rows) {
            Estimate change = r.change();
            Estimate did = r.did();
            Estimate level = r.levelChange();
            table.row(
                    r.metric().column(),
                    r.volunteer().valueOrNaN(),
                    r.funded().valueOrNaN(),
                    change.valueOrNaN(),
                    change.lowerOrNaN(),
                    change.upperOrNaN(),
                    did.valueOrNaN(),
                    did.lowerOrNaN(),
                    did.upperOrNaN(),
                    level.valueOrNaN(),
                    level.lowerOrNaN(),
                    level.upperOrNaN(),
                    r.placeboTimeP(),
                    r.placeboSpaceP(),
                    r.holmSpaceP(),
                    r.funded().isSufficient() ? r.funded().months() : 0);
        }
        return table.build();
    }

    @Override
    public String toString() {
        return toTable().print() + "\nnotes: " + String.join("; ", notes);
    }
}
