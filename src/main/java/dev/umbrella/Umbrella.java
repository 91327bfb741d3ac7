package dev.umbrella;

import dev.umbrella.datasets.Datasets;
import dev.umbrella.estimate.CorrectedEffects;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.estimate.RegistryOutcomes;
import dev.umbrella.estimate.RuleValidation;
import dev.umbrella.model.Engineer;
import dev.umbrella.model.FundedStart;
import dev.umbrella.model.Inputs;
import dev.umbrella.model.TableBuilder;
import dev.umbrella.roi.Assumptions;
import dev.umbrella.roi.Headline;
import dev.umbrella.roi.Roi;
import java.util.Map;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The notebook facade: one static call per question, on the project's datasets (loaded and verified once per
 * process). For example:
 *
 * <pre>{@code
 * long seed = 20230601L; int transitionMonths = 2;                     // the parameters cell
 * var mike = Umbrella.engineer("mike").seed(seed).transition(transitionMonths);
 * mike.periods()                                                        // periods.csv rows
 * mike.effect("security_commits")                                      // before/after with bootstrap intervals
 * mike.its("commits")  mike.did("security_commits")  mike.placebo("security_commits")
 * Roi.of("mike").with("loss_per_incident", 2e6).seed(seed).simulate(100_000)
 * Roi.of("mike").tornado("expected_loss")   Roi.of("mike").breakEven("market_price")
 * Umbrella.ruleValidation()                   // the security rule's precision and recall against blind labels
 * Umbrella.correctedEffects(seed, transitionMonths)   // security_commits change corrected for misclassification
 * }</pre>
 */
public final class Umbrella {
    private static volatile RuleValidation ruleValidation;

    private Umbrella() {}

    /**
     * The security rule against the blind hand labels of {@code security_labels.csv}: precision and recall with 95%
     * intervals, design-weighted, for the rule as sampled and the current rule, overall, per author group, per
     * group and period, and for the advisory databases apart. {@code .disagreements()} lists the misses and false
     * alarms; {@code .precision(RuleValidation.Rule.CURRENT, "seth funded")} one number.
     */
    public static RuleValidation ruleValidation() {
        RuleValidation v = ruleValidation;
        if (v == null) {
            v = RuleValidation.of(Inputs.shared());
            ruleValidation = v;
        }
        return v;
    }

    /**
     * Each engineer's {@code security_commits} change (funded − volunteer, per month) as the rule counts it and
     * corrected for its misclassification, with intervals and the bounds the unclear labels imply; see {@link
     * RuleValidation#correctedEffects}.
     */
    public static CorrectedEffects correctedEffects(long seed, int transitionMonths) {
        Estimates[] engineers = Inputs.shared().engineers().keySet().stream()
                .map(id -> engineer(id).seed(seed).transition(transitionMonths))
                .toArray(Estimates[]::new);
        return ruleValidation().correctedEffects(engineers);
    }

    /** The estimates for one engineer ({@code seth}, {@code mike}, {@code samuel}). */
    public static Estimates engineer(String id) {
        return Estimates.of(Inputs.shared(), id);
    }

    /** The ROI of one engineer's funding; the same as {@link Roi#of(String)}. */
    public static Roi roi(String id) {
        return Roi.of(id);
    }

    /** One row per engineer: id, name, funded start and whether a source states it. */
    public static Table engineers() {
        TableBuilder table = TableBuilder.named("engineers")
                .text("engineer", "name")
                .date("funded_start")
                .text("start");
        for (Engineer e : Inputs.shared().engineers().values()) {
            FundedStart s = FundedStart.of(e);
            table.row(e.id(), e.name(), s.date(), s.isStated() ? "stated" : "derived: exact start not stated");
        }
        return table.build();
    }

    /**
     * One metric across the three engineers: one row per engineer with every estimator (volunteer and funded
     * rates, before/after change, DiD, ITS level change, placebo p-values), under the same seed and transition.
     */
    public static Table compare(String metric, long seed, int transitionMonths) {
        Table result = null;
        for (String id : Inputs.shared().engineers().keySet()) {
            Table row = engineer(id)
                    .seed(seed)
                    .transition(transitionMonths)
                    .summary(metric)
                    .toTable();
            row.insertColumn(0, StringColumn.create("engineer", id));
            result = result == null ? row : result.append(row);
        }
        return result == null ? Table.create("compare " + metric) : result.setName("compare " + metric);
    }

    /**
     * The ROI headline: one row per engineer and valuation method with the ROI's median and interval, P(ROI > 0),
     * the break-even in plain units and the cost-efficiency, or "not estimated" and why. The closing table of a run
     * and {@code report/headline.csv}.
     */
    public static Table roiSummary(long seed, int draws) {
        return Headline.of(Inputs.shared(), seed, draws, Map.of());
    }

    /**
     * Registry-level outcomes (descriptive): PyPI's, the PSF's and RubyGems' own published figures and the advisories
     * each database published per year, each point with its period and source, read against each role's start.
     */
    public static RegistryOutcomes registryOutcomes() {
        return RegistryOutcomes.of(Inputs.shared(), Datasets.load().advisories());
    }

    /** The monthly activity panel of every contributor, per repository and in total. */
    public static Table panel() {
        return Inputs.shared().panel().table();
    }

    /** The rows of {@code assumptions.csv}. */
    public static Assumptions assumptions() {
        return Assumptions.fromTable(Inputs.shared().assumptionsTable());
    }
}
