package dev.umbrella.estimate;

import dev.umbrella.model.Formats;
import dev.umbrella.model.TableBuilder;
import dev.umbrella.model.Tabular;
import java.util.List;
import java.util.stream.Collectors;
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
    public record Row(
            String engineer,
            double volunteerRate,
            double fundedRate,
            Estimate change,
            double correctedVolunteerRate,
            double correctedFundedRate,
            double correctedChange,
            Interval correctedInterval,
            double unclearAsSecurity,
            double unclearAsNot,
            double precisionVolunteer,
            double precisionFunded,
            double falseOmissionVolunteer,
            double falseOmissionFunded,
            String insufficient) {
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
        return rows.stream()
                .filter(r -> r.engineer().equals(engineer))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row for '" + engineer + "'; rows: "
                        + rows.stream().map(Row::engineer).collect(Collectors.joining(", "))));
    }

    @Override
    public Table toTable() {
        TableBuilder table = TableBuilder.named(
                        "security_commits per month: as flagged and corrected for misclassification")
                .text("engineer")
                .number(
                        "volunteer_rate",
                        "funded_rate",
                        "change",
                        "change_lower",
                        "change_upper",
                        "corrected_volunteer_rate",
                        "corrected_funded_rate",
                        "corrected_change",
                        "corrected_lower",
                        "corrected_upper",
                        "unclear_as_security",
                        "unclear_as_not",
                        "precision_volunteer",
                        "precision_funded",
                        "false_omission_volunteer",
                        "false_omission_funded")
                .text("note");
        for (Row r : rows) {
            Estimate change = r.change() != null ? r.change() : Estimate.insufficient("change", "not estimated");
            Interval corrected = r.isSufficient() ? r.correctedInterval() : null;
            table.row(
                    r.engineer(),
                    r.volunteerRate(),
                    r.fundedRate(),
                    change.valueOrNaN(),
                    change.lowerOrNaN(),
                    change.upperOrNaN(),
                    r.correctedVolunteerRate(),
                    r.correctedFundedRate(),
                    r.correctedChange(),
                    corrected != null ? corrected.lower() : Double.NaN,
                    corrected != null ? corrected.upper() : Double.NaN,
                    r.unclearAsSecurity(),
                    r.unclearAsNot(),
                    r.precisionVolunteer(),
                    r.precisionFunded(),
                    r.falseOmissionVolunteer(),
                    r.falseOmissionFunded(),
                    r.isSufficient() ? "" : "insufficient data: " + r.insufficient());
        }
        return table.build();
    }

    @Override
    public String toString() {
        return rows.stream()
                        .map(r -> r.isSufficient()
                                ? r.engineer() + ": change "
                                        + Formats.number(r.change().value()) + " "
                                        + r.change().interval()
                                        + " per month as flagged, " + Formats.number(r.correctedChange()) + " "
                                        + r.correctedInterval() + " corrected (unclear bounds "
                                        + Formats.number(r.unclearAsNot())
                                        + ", " + Formats.number(r.unclearAsSecurity()) + ")"
                                : r.engineer() + ": insufficient data (" + r.insufficient() + ")")
                        .collect(Collectors.joining("\n"))
                + "\nnotes: " + String.join("; ", notes);
    }
}
