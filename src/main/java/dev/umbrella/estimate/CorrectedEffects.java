package dev.umbrella.estimate;

import dev.umbrella.model.Formats;
import dev.umbrella.model.Tabular;
import java.util.List;
import java.util.stream.Collectors;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Each engineer's security-commit change (funded − volunteer, per month) as the rule counts it and corrected for
 * the rule's misclassification ({@link RuleValidation#correctedEffects}). The corrected monthly rate of a period is
 * precision × flagged + false-omission rate × unflagged: the flagged commits that are security work plus the
 * security work among the commits the rule did not flag, with the period's rates from the labels.
 *
 * @param rows one per engineer, in the order asked for
 * @param notes the assumption and how the intervals were made
 */
public record CorrectedEffects(List<Row> rows, List<String> notes) implements Tabular {

    /**
     * One engineer. Rates are commits per month; NaN where insufficient (then {@code insufficient} says why).
     *
     * @param change the observed change with its moving-block bootstrap interval, as {@code effect("security_commits")}
     * @param correctedInterval the corrected change's interval: the same block-bootstrap replicates of the monthly
     *     counts, each paired with a bootstrap replicate of the labels' rates
     * @param unclearAsSecurity the corrected change with every unclear label counted as security work
     * @param unclearAsNot ... and as not security work
     */
    public record Row(String engineer, double volunteerRate, double fundedRate, Estimate change,
            double correctedVolunteerRate, double correctedFundedRate, double correctedChange,
            Interval correctedInterval, double unclearAsSecurity, double unclearAsNot, double precisionVolunteer,
            double precisionFunded, double falseOmissionVolunteer, double falseOmissionFunded, String insufficient) {
        public boolean isSufficient() {
            return insufficient.isEmpty();
        }
    }

    public CorrectedEffects {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** The row of one engineer; an unknown id fails with the ids present. */
    public Row row(String engineer) {
        return rows.stream().filter(r -> r.engineer().equals(engineer)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no row for '" + engineer + "'; rows: "
                        + rows.stream().map(Row::engineer).collect(Collectors.joining(", "))));
    }

    @Override
    public Table toTable() {
        Table t = Table.create("security_commits per month: as flagged and corrected for misclassification",
                StringColumn.create("engineer"), DoubleColumn.create("volunteer_rate"),
                DoubleColumn.create("funded_rate"), DoubleColumn.create("change"), DoubleColumn.create("change_lower"),
                DoubleColumn.create("change_upper"), DoubleColumn.create("corrected_volunteer_rate"),
                DoubleColumn.create("corrected_funded_rate"), DoubleColumn.create("corrected_change"),
                DoubleColumn.create("corrected_lower"), DoubleColumn.create("corrected_upper"),
                DoubleColumn.create("unclear_as_security"), DoubleColumn.create("unclear_as_not"),
                DoubleColumn.create("precision_volunteer"), DoubleColumn.create("precision_funded"),
                DoubleColumn.create("false_omission_volunteer"), DoubleColumn.create("false_omission_funded"),
                StringColumn.create("note"));
        for (Row r : rows) {
            boolean observed = r.change() != null && r.change().isSufficient();
            t.stringColumn("engineer").append(r.engineer());
            t.doubleColumn("volunteer_rate").append(r.volunteerRate());
            t.doubleColumn("funded_rate").append(r.fundedRate());
            t.doubleColumn("change").append(observed ? r.change().value() : Double.NaN);
            t.doubleColumn("change_lower").append(observed ? r.change().interval().lower() : Double.NaN);
            t.doubleColumn("change_upper").append(observed ? r.change().interval().upper() : Double.NaN);
            t.doubleColumn("corrected_volunteer_rate").append(r.correctedVolunteerRate());
            t.doubleColumn("corrected_funded_rate").append(r.correctedFundedRate());
            t.doubleColumn("corrected_change").append(r.correctedChange());
            t.doubleColumn("corrected_lower").append(r.isSufficient() ? r.correctedInterval().lower() : Double.NaN);
            t.doubleColumn("corrected_upper").append(r.isSufficient() ? r.correctedInterval().upper() : Double.NaN);
            t.doubleColumn("unclear_as_security").append(r.unclearAsSecurity());
            t.doubleColumn("unclear_as_not").append(r.unclearAsNot());
            t.doubleColumn("precision_volunteer").append(r.precisionVolunteer());
            t.doubleColumn("precision_funded").append(r.precisionFunded());
            t.doubleColumn("false_omission_volunteer").append(r.falseOmissionVolunteer());
            t.doubleColumn("false_omission_funded").append(r.falseOmissionFunded());
            t.stringColumn("note").append(r.isSufficient() ? "" : "insufficient data: " + r.insufficient());
        }
        return t;
    }

    @Override
    public String toString() {
        return rows.stream().map(r -> r.isSufficient()
                ? r.engineer() + ": change " + Formats.number(r.change().value()) + " " + r.change().interval()
                        + " per month as flagged, " + Formats.number(r.correctedChange()) + " "
                        + r.correctedInterval() + " corrected (unclear bounds " + Formats.number(r.unclearAsNot())
                        + ", " + Formats.number(r.unclearAsSecurity()) + ")"
                : r.engineer() + ": insufficient data (" + r.insufficient() + ")")
                .collect(Collectors.joining("\n")) + "\nnotes: " + String.join("; ", notes);
    }
}
