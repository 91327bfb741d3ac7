package dev.umbrella.estimate;

import dev.umbrella.model.Inputs;
import dev.umbrella.model.Tabular;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * How well the rule that flags security commits agrees with the blind hand labels ({@code security_labels.csv}):
 * precision = P(security | flagged) and recall = P(flagged | security) over the authored commits, estimated from
 * the stratified sample of {@link LabelSample} with its design weights, and the before/after effects corrected for
 * the misclassification those rates imply ({@link #correctedEffects}).
 *
 * <p><b>Estimator.</b> Each labelled commit i carries its cell's weight w_i = N/n (Horvitz–Thompson). A rate is a
 * ratio of weighted totals, e.g. precision = Σ w·security·flagged / Σ w·labelled·flagged, so that a commit from a
 * cell sampled at 1 in 500 counts 500 times as much as one from a cell taken whole. Unweighted shares would be
 * wrong: flagged commits were sampled far more heavily than unflagged ones, so an unweighted recall ignores nearly
 * all the misses. {@code unclear} labels are left out of the estimate (they are neither in the numerator nor the
 * denominator) and bound it: the same ratio with every unclear commit counted as security, and as not.
 *
 * <p><b>Intervals.</b> The variance comes from a stratified bootstrap of the design ({@link DesignWeights}, Rao and
 * Wu 1988); the interval is Korn and Graubard's (1998) Clopper–Pearson interval at the effective sample size
 * ({@link LabelRates}). The replicates themselves carry the label uncertainty into {@link #correctedEffects}
 * ({@link MisclassificationCorrection}).
 *
 * <p><b>Rules.</b> The sample was stratified by the rule as it was when the sample was drawn (the {@code
 * security_v1} column of {@code commits.csv} when present, see {@link LabelSample}); its weights stay valid for any
 * later rule, whose precision and recall are estimated from the same labels ({@link Rule#CURRENT}, the {@code
 * security} column: what the {@code security_commits} metric counts).
 *
 * <p>A ratio with fewer than {@link #MIN_UNITS} labelled commits behind its denominator is "insufficient data",
 * unless all of them come from cells labelled in full.
 *
 * <p>This class is the entry and holds the labelled commits; the join of labels to sample is {@link SampleLabels},
 * the domains {@link LabelDomain}, the tables {@link ValidationTables}.
 */
public final class RuleValidation implements Tabular {
    /** Fewer labelled commits than this behind a ratio's denominator gives "insufficient data". */
    public static final int MIN_UNITS = 10;
    /**
     * The advisory databases. The rule's javadoc calls their work security work whatever the subject says, but the
     * {@code security_commits} metric counts only what the rule flags, so they are validated like any repository
     * and also reported on their own.
     */
    public static final Set<String> ADVISORY_DATABASES =
            Set.of("psf/advisory-database", "pypa/advisory-database", "rubysec/ruby-advisory-db");

    static final String SECURITY = "security";
    static final String NOT_SECURITY = "not_security";
    static final String UNCLEAR = "unclear";
    private static final int REPLICATIONS = 2000;

    /** Which flag is validated. */
    public enum Rule {
        /** The flag the sample was stratified by (the rule when the sample was drawn). */
        SAMPLED("rule as sampled"),
        /** The flag {@code commits.csv} carries now, which the {@code security_commits} metric counts. */
        CURRENT("current rule");

        private final String label;

        Rule(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One labelled commit of the sample with its design stratum, weight and the two flags. */
    record Unit(
            int item,
            String repo,
            String sha,
            String group,
            String period,
            String stratum,
            double weight,
            boolean certain,
            String label,
            String reason,
            boolean sampledFlag,
            boolean currentFlag) {
        boolean flag(Rule rule) {
            return rule == Rule.SAMPLED ? sampledFlag : currentFlag;
        }
    }

    /**
     * One estimated rate with its interval and unclear bounds, or "insufficient data" and why.
     *
     * @param units labelled commits behind the denominator (unclear ones left out)
     * @param unclearAsSecurity the estimate with every unclear commit counted as security
     * @param unclearAsNot the estimate with every unclear commit counted as not security
     */
    public record Ratio(
            String rule,
            String domain,
            String measure,
            double value,
            Interval interval,
            double unclearAsSecurity,
            double unclearAsNot,
            int units,
            String insufficient)
            implements Tabular {
        public boolean isSufficient() {
            return insufficient.isEmpty();
        }

        @Override
        public Table toTable() {
            return ValidationTables.ratios("rule validation", List.of(this));
        }

        @Override
        public String toString() {
            return isSufficient()
                    ? String.format(
                            Locale.ROOT,
                            "%s %s, %s: %.3f %s (unclear bounds %.3f..%.3f; %d labelled)",
                            measure,
                            domain,
                            rule,
                            value,
                            interval,
                            Math.min(unclearAsNot, unclearAsSecurity),
                            Math.max(unclearAsNot, unclearAsSecurity),
                            units)
                    : measure + " " + domain + ", " + rule + ": insufficient data (" + insufficient + ")";
        }
    }

    private final List<Unit> units;
    private final List<String> notes;
    private final long seed;
    private final int replications;
    private final DesignWeights weights;
    private final LabelRates rates;

    RuleValidation(List<Unit> units, List<String> notes, long seed, int replications) {
        if (replications < 100) {
            throw new IllegalArgumentException("bootstrap needs >= 100 replications, got " + replications);
        }
        this.units = List.copyOf(units);
        this.notes = List.copyOf(notes);
        this.seed = seed;
        this.replications = replications;
        this.weights = new DesignWeights(this.units, seed);
        this.rates = new LabelRates(this.units, weights, replications);
    }

    /**
     * The validation on these inputs: redraws the sample ({@link LabelSample#draw} with {@link LabelSample#SEED})
     * and joins the labels by repository and sha. Fails when the labelled commits are not exactly the drawn ones,
     * because then the weights would not describe the labels.
     */
    public static RuleValidation of(Inputs inputs) {
        SampleLabels joined = SampleLabels.join(inputs);
        return new RuleValidation(joined.units(), joined.notes(), LabelSample.SEED, REPLICATIONS);
    }

    /** The same validation with another bootstrap seed. */
    public RuleValidation seed(long value) {
        return new RuleValidation(units, notes, value, replications);
    }

    /** The same validation with another number of bootstrap replications (at least 100). */
    public RuleValidation replications(int value) {
        return new RuleValidation(units, notes, seed, value);
    }

    /** Notes on what the sample covers (cells of the population with no drawn commit). */
    public List<String> notes() {
        return notes;
    }

    /** The domains reported, in order: all, each group, each group's periods, advisory databases, the other repos. */
    public List<String> domains() {
        return LabelDomain.reported(units).stream().map(LabelDomain::name).toList();
    }

    /** P(security | flagged) in a domain (see {@link #domains()}). */
    public Ratio precision(Rule rule, String domain) {
        return rates.precision(rule, LabelDomain.named(units, domain));
    }

    /** P(flagged | security) in a domain (see {@link #domains()}). */
    public Ratio recall(Rule rule, String domain) {
        return rates.recall(rule, LabelDomain.named(units, domain));
    }

    /** P(security | not flagged), the false-omission rate: how many of the unflagged commits are security work. */
    public Ratio falseOmission(Rule rule, String domain) {
        return rates.falseOmission(rule, LabelDomain.named(units, domain));
    }

    /** Precision and recall of both rules in every domain, one row each. */
    @Override
    public Table toTable() {
        List<Ratio> ratios = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            for (LabelDomain d : LabelDomain.reported(units)) {
                ratios.add(rates.precision(rule, d));
                ratios.add(rates.recall(rule, d));
            }
        }
        return ValidationTables.ratios(
                "security rule against the blind labels (design-weighted; 95% stratified bootstrap)", ratios);
    }

    /**
     * The labelled commits where the current rule and the label disagree (misses, then false alarms), with their
     * weight: how many commits of the population each stands for. Unclear labels are listed too.
     */
    public Table disagreements() {
        return ValidationTables.disagreements(units);
    }

    /**
     * Each engineer's before/after change in {@code security_commits} corrected for the current rule's
     * misclassification. A period's corrected rate is precision × (flagged per month) + false-omission rate ×
     * (unflagged authored commits per month), with precision and false-omission rate estimated from the labels of
     * that engineer's period (the sample's strata: volunteer for the pre window, funded for the post window).
     * Assumption: both rates are constant within a period, over its months and repositories. The interval pairs
     * the before/after block-bootstrap replicates of the monthly counts (the same seeds as {@code effect}, so both
     * counts are resampled alike) with bootstrap replicates of the labels, so it carries both uncertainties.
     * Unclear labels are left out; the bounds count them all as security work, and as none.
     */
    public CorrectedEffects correctedEffects(Estimates... engineers) {
        MisclassificationCorrection correction = new MisclassificationCorrection(rates, weights);
        List<CorrectedEffects.Row> rows = new ArrayList<>();
        for (Estimates e : engineers) {
            rows.add(correction.corrected(e));
        }
        return new CorrectedEffects(
                rows,
                List.of(
                        "corrected rate = precision × flagged + false-omission rate × "
                                + "unflagged authored commits, per month; both rates from the blind labels of the engineer's "
                                + "volunteer and funded periods (design-weighted), assumed constant within each period",
                        "intervals: block-bootstrap replicates of the monthly counts paired with Rao–Wu bootstrap replicates "
                                + "of the labels (seed " + seed + "), 95% percentile"));
    }

    List<Unit> units() {
        return units;
    }

    @Override
    public String toString() {
        return "RuleValidation[" + units.size() + " labelled commits, seed " + seed + ", " + replications
                + " replications]";
    }
}
