package dev.umbrella.present;

import dev.umbrella.estimate.CorrectedEffects;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.estimate.Sensitivity;
import dev.umbrella.model.Inputs;
import dev.umbrella.model.Tabular;
import dev.umbrella.roi.Roi;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Tables the notebooks show that no single analysis result is: dataset rows of one engineer with the columns a
 * reader needs, each row carrying its source URL, so every fact on screen can be traced.
 *
 * <p>The entry notebooks call; the tables are built by one class per group: {@link FundingTables} (periods and
 * funding), {@link OutputTables} (reported outcomes and the outputs ledger), {@link RobustnessTable},
 * {@link Threats}, {@link Sources} (datasets and repositories) and {@link RoundedTables} (numbers for people).
 */
public final class Tables {
    private Tables() {}

    /** The engineer's periods: kind, dates, funder, role, whether partly paid, how the dates are known, sources. */
    public static Table periods(Estimates engineer) {
        return FundingTables.periods(engineer);
    }

    /** The curators' note on each period: how its dates were derived and what is uncertain about it. */
    public static Table periodNotes(Estimates engineer) {
        return FundingTables.periodNotes(engineer);
    }

    /** The rows of {@code funding.csv} that name the engineer: who paid, for what, how much where public. */
    public static Table funding(Estimates engineer) {
        return FundingTables.funding(engineer);
    }

    /**
     * Who paid for each role (the disclosure of the method notebook): every {@code funding.csv} row for the funded
     * periods of the given engineers, in funded-start order, with its source. Payments before a role (grants and
     * sponsorships of volunteer years) are in {@link #funding(Estimates)}.
     */
    public static Table roleFunding(Estimates... engineers) {
        return FundingTables.roleFunding(engineers);
    }

    /**
     * Other money going to the engineer's funded employer while the role was funded (a threat to attribution:
     * concurrent grants, audits and staff), from {@code funding.csv}. A row without dates is kept: whether it
     * overlaps is unknown, and hiding it would be the optimistic choice.
     */
    public static Table concurrentFunding(Estimates engineer) {
        return FundingTables.concurrentFunding(engineer);
    }

    /**
     * Published numbers on the engineer's role from {@code reported_metrics.csv}, several metrics in one table, each
     * row with the exact quote and its source URL. A metric with no row for the role shows "insufficient data" and
     * why, instead of disappearing.
     */
    public static Table reported(Estimates engineer, String... metrics) {
        return OutputTables.reported(engineer, metrics);
    }

    /**
     * What the role delivered: the engineer's outputs ledger summed by kind and period, with how many rows (each with
     * its evidence in {@code outputs.csv}) and which streams they come from. Counts as the sources state them; the
     * ROI reads the same rows ({@code Roi.ledger()} lists them).
     */
    public static Table outputs(Roi roi) {
        return OutputTables.outputs(
                roi.ledger(), roi.engineerId() + ": outputs ledger by kind and period (outputs.csv)");
    }

    /**
     * The whole outputs ledger ({@code Datasets.load().outputs()}) summed by engineer, kind and period - the
     * method notebook's overview of what every role delivered, from the same rows the ROI reads.
     */
    public static Table ledger(Table outputs) {
        return OutputTables.outputs(outputs, "Outputs ledger by engineer, kind and period (outputs.csv)");
    }

    /**
     * The threats to validity: per threat, what it does to the estimates, the evidence for each engineer computed
     * from the datasets, and where the notebooks check it (the method notebook's table).
     */
    public static Table threats(Estimates... engineers) {
        return Threats.of(List.of(engineers));
    }

    /**
     * What survives, per engineer (the comparison notebook's validity table, not pooled): the default before/after
     * change and DiD with their intervals, in how many specifications of the sensitivity table each keeps its side
     * of zero, the event study's pre-trend test and slope, the DiD against contributors the engineer cannot affect,
     * and the colleagues' change beyond that group's (substitution shows as a negative gap).
     */
    public static Table robustness(String metric, Estimates... engineers) {
        return robustness(metric, null, engineers);
    }

    /**
     * {@link #robustness(String, Estimates...)} with the security-commit change corrected for the rule's
     * misclassification ({@code Umbrella.ruleValidation().correctedEffects(...)}) as one more column.
     */
    public static Table robustness(String metric, CorrectedEffects corrected, Estimates... engineers) {
        return RobustnessTable.robustness(metric, corrected, engineers);
    }

    /** The sensitivity table of {@code engineer.sensitivity(metric)}, intervals rounded for reading. */
    public static Table sensitivity(Sensitivity sensitivity) {
        return rounded(sensitivity, 3);
    }

    /**
     * A repository's monthly metric by the engineer's period: months of data, the engineer's mean per month and
     * everyone else's (descriptive; the companion of {@link Figures#team}).
     */
    public static Table team(Estimates engineer, String repo, String metric) {
        return TeamFigures.byPeriod(engineer, repo, metric);
    }

    /** The dataset files with their row counts, checksums and the kinds of input each was built from. */
    public static Table datasets() {
        return Sources.datasets();
    }

    /** The repositories behind {@code commits.csv}: authored commits, authors, first and last complete month. */
    public static Table repositories() {
        return Sources.repositories(Inputs.shared());
    }

    /**
     * A copy of any table with its numbers written for people ({@link Readable}; the source values stay exact in
     * the result objects and datasets). Where a row says what its number is, by a {@code unit} column ("USD",
     * "ratio", "share") or a {@code measure} named {@code roi}, {@code npv}, {@code pv_costs} ..., each row is
     * written in its own unit: dollars as $335k, ROI as a percentage. Otherwise columns named for money
     * ({@code *_usd}, {@code npv}, {@code pv_*}) are dollars, {@code roi*} percentages, and other numbers read as
     * {@link Readable#number} does (two significant digits below 10), with at most {@code digits} decimals.
     */
    public static Table rounded(Table table, int digits) {
        return RoundedTables.rounded(table, digits, 0);
    }

    /** An analysis result's table with its decimals rounded for display (see {@link #rounded(Table, int)}). */
    public static Table rounded(Tabular result, int digits) {
        return RoundedTables.rounded(result, digits);
    }

    /** The headline table of the comparison (same as {@link Comparison#toTable()}). */
    public static Table headline(Comparison comparison) {
        return comparison.toTable();
    }
}
