package dev.umbrella.estimate;

import dev.umbrella.datasets.PeriodKind;
import dev.umbrella.model.Inputs;
import dev.umbrella.model.TableBuilder;
import dev.umbrella.model.Tabular;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.commons.math3.distribution.BetaDistribution;
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
 * <p><b>Intervals.</b> The variance comes from a stratified bootstrap of the design (Rao and Wu 1988, rescaling
 * bootstrap): within each design stratum (flag × author group × period) n−1 of its n sampled commits are drawn
 * with replacement and their weights rescaled by n/(n−1), which keeps the variance of a stratified mean unbiased
 * where a plain n-of-n resample would shrink it by (n−1)/n. Repository cells are merged into their stratum because
 * many hold a single commit, which has no variance of its own; merging strata overstates the variance (Wolter
 * 2007, §2.5), so the intervals lean wide. Cells labelled in full (n = N) are held fixed: they have no sampling
 * error. The finite population correction is left out, which also widens. The interval is then Korn and Graubard's
 * (1998) Clopper–Pearson interval at the effective sample size: it stays inside [0, 1] (a linearised Wald interval
 * does not near 0 or 1 with a few dozen labels) and does not collapse to a point when every sampled commit agrees
 * (a percentile bootstrap does: 25 of 25 flagged commits being security work gives [1, 1]). A ratio whose labelled
 * commits all come from cells labelled in full is exact. The replicates themselves carry the label uncertainty
 * into {@link #correctedEffects}. In planted populations where misses are rare (RuleValidation_PlantedRatesTest)
 * the precision intervals covered the truth 98% of the time and the recall intervals 88%: a stratum whose sampled
 * commits hold no miss by chance shows no variance, so recall intervals are, if anything, too narrow.
 *
 * <p><b>Rules.</b> The sample was stratified by the rule as it was when the sample was drawn (the {@code
 * security_v1} column of {@code commits.csv} when present, see {@link LabelSample}); its weights stay valid for any
 * later rule, whose precision and recall are estimated from the same labels ({@link Rule#CURRENT}, the {@code
 * security} column: what the {@code security_commits} metric counts).
 *
 * <p>A ratio with fewer than {@link #MIN_UNITS} labelled commits behind its denominator is "insufficient data",
 * unless all of them come from cells labelled in full.
 */
public final class RuleValidation implements Tabular {
    /** Fewer labelled commits than this behind a ratio's denominator gives "insufficient data". */
    public static final int MIN_UNITS = 10;
    /**
     * The advisory databases. The rule's javadoc calls their work security work whatever the subject says, but the
     * {@code security_commits} metric counts only what the rule flags, so they are validated like any repository
     * and also reported on their own.
     */
    public static final Set<String> ADVISORY_DATABASES = Set.of("psf/advisory-database", "pypa/advisory-database",
            "rubysec/ruby-advisory-db");
    static final String SECURITY = "security";
    static final String NOT_SECURITY = "not_security";
    static final String UNCLEAR = "unclear";
    private static final double LEVEL = 0.95;
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
    record Unit(int item, String repo, String sha, String group, String period, String stratum, double weight,
            boolean certain, String label, String reason, boolean sampledFlag, boolean currentFlag) {
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
    public record Ratio(String rule, String domain, String measure, double value, Interval interval,
            double unclearAsSecurity, double unclearAsNot, int units, String insufficient) implements Tabular {
        public boolean isSufficient() {
            return insufficient.isEmpty();
        }

        @Override
        public Table toTable() {
            return ratioTable("rule validation", List.of(this));
        }

        /** Rates as the rows of one table; an insufficient rate keeps its row, with the reason in the note. */
        static Table ratioTable(String name, List<Ratio> ratios) {
            TableBuilder table = TableBuilder.named(name).text("rule", "domain", "measure")
                    .number("estimate", "lower", "upper", "unclear_as_security", "unclear_as_not").integer("labelled")
                    .text("note");
            for (Ratio r : ratios) {
                boolean sufficient = r.isSufficient();
                table.row(r.rule, r.domain, r.measure, sufficient ? r.value : null,
                        sufficient ? r.interval.lower() : null, sufficient ? r.interval.upper() : null,
                        sufficient ? r.unclearAsSecurity : null, sufficient ? r.unclearAsNot : null, r.units,
                        sufficient ? "" : "insufficient data: " + r.insufficient);
            }
            return table.build();
        }

        @Override
        public String toString() {
            return isSufficient()
                    ? String.format(Locale.ROOT, "%s %s, %s: %.3f %s (unclear bounds %.3f..%.3f; %d labelled)", measure,
                            domain, rule, value, interval, Math.min(unclearAsNot, unclearAsSecurity),
                            Math.max(unclearAsNot, unclearAsSecurity), units)
                    : measure + " " + domain + ", " + rule + ": insufficient data (" + insufficient + ")";
        }
    }

    /** A set of commits the rates are reported for: everyone, an author group, a group's period, a repository kind. */
    record Domain(String name, Predicate<Unit> contains) {}

    private final List<Unit> units;
    private final List<String> notes;
    private final long seed;
    private final int replications;
    private final Map<Integer, double[][]> replicateWeights = new HashMap<>();

    RuleValidation(List<Unit> units, List<String> notes, long seed, int replications) {
        if (replications < 100) {
            throw new IllegalArgumentException("bootstrap needs >= 100 replications, got " + replications);
        }
        this.units = List.copyOf(units);
        this.notes = List.copyOf(notes);
        this.seed = seed;
        this.replications = replications;
    }

    /**
     * The validation on these inputs: redraws the sample ({@link LabelSample#draw} with {@link LabelSample#SEED})
     * and joins the labels by repository and sha. Fails when the labelled commits are not exactly the drawn ones,
     * because then the weights would not describe the labels.
     */
    public static RuleValidation of(Inputs inputs) {
        LabelSample sample = LabelSample.draw(inputs, LabelSample.SEED);
        Table labels = inputs.securityLabelsTable();
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < labels.rowCount(); i++) {
            row.put(labels.stringColumn("repo").get(i) + "@" + labels.stringColumn("sha").get(i), i);
        }
        Map<String, Boolean> current = currentFlags(inputs, row.keySet());
        Map<String, Integer> drawnPerCell = new HashMap<>();
        sample.units().forEach(u -> drawnPerCell.merge(u.cell(), 1, Integer::sum));
        List<Unit> units = new ArrayList<>();
        TreeSet<String> unlabelled = new TreeSet<>();
        for (LabelSample.Unit u : sample.units()) {
            String key = u.repo() + "@" + u.sha();
            Integer i = row.remove(key);
            if (i == null) {
                unlabelled.add(key);
                continue;
            }
            boolean certain = drawnPerCell.get(u.cell()).equals(sample.population().get(u.cell()));
            units.add(new Unit(labels.intColumn("item").getInt(i), u.repo(), u.sha(), u.group(), u.period(),
                    u.flagged() + "|" + u.group() + "|" + u.period(), u.weight(), certain,
                    labels.stringColumn("label").get(i), labels.stringColumn("reason").get(i), u.flagged(),
                    current.get(key)));
        }
        if (!unlabelled.isEmpty() || !row.isEmpty()) {
            throw new IllegalStateException("security_labels.csv and the redrawn sample (LabelSample seed "
                    + LabelSample.SEED + ") differ: " + unlabelled.size() + " drawn commits have no label (e.g. "
                    + unlabelled.stream().limit(3).toList() + "), " + row.size() + " labels name commits not drawn (e.g. "
                    + new TreeSet<>(row.keySet()).stream().limit(3).toList() + "); the weights would not describe the "
                    + "labels. Was the sample's flag column (security_v1) or the population changed?");
        }
        return new RuleValidation(units, coverageNotes(sample, drawnPerCell), LabelSample.SEED, REPLICATIONS);
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
        return domainList().stream().map(Domain::name).toList();
    }

    /** P(security | flagged) in a domain (see {@link #domains()}). */
    public Ratio precision(Rule rule, String domain) {
        return precision(rule, domain(domain));
    }

    /** P(flagged | security) in a domain (see {@link #domains()}). */
    public Ratio recall(Rule rule, String domain) {
        return recall(rule, domain(domain));
    }

    /** P(security | not flagged), the false-omission rate: how many of the unflagged commits are security work. */
    public Ratio falseOmission(Rule rule, String domain) {
        return falseOmission(rule, domain(domain));
    }

    /** Precision and recall of both rules in every domain, one row each. */
    @Override
    public Table toTable() {
        List<Ratio> ratios = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            for (Domain d : domainList()) {
                ratios.add(precision(rule, d));
                ratios.add(recall(rule, d));
            }
        }
        return Ratio.ratioTable("security rule against the blind labels (design-weighted; 95% stratified bootstrap)",
                ratios);
    }

    /**
     * The labelled commits where the current rule and the label disagree (misses, then false alarms), with their
     * weight: how many commits of the population each stands for. Unclear labels are listed too.
     */
    public Table disagreements() {
        TableBuilder table = TableBuilder.named("rule and label disagree").integer("item")
                .text("repo", "sha", "group", "period").number("weight").text("flag", "label", "reason");
        List<Unit> rows = new ArrayList<>();
        for (String kind : List.of("missed", "false alarm", UNCLEAR)) {
            for (Unit u : units) {
                boolean missed = u.label().equals(SECURITY) && !u.currentFlag();
                boolean falseAlarm = u.label().equals(NOT_SECURITY) && u.currentFlag();
                if (kind.equals("missed") && missed || kind.equals("false alarm") && falseAlarm
                        || kind.equals(UNCLEAR) && u.label().equals(UNCLEAR)) {
                    rows.add(u);
                }
            }
        }
        for (Unit u : rows) {
            table.row(u.item(), u.repo(), u.sha(), u.group(), u.period(), u.weight(),
                    u.currentFlag() ? "flagged" : "not flagged", u.label(), u.reason());
        }
        return table.build();
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
        List<CorrectedEffects.Row> rows = new ArrayList<>();
        for (Estimates e : engineers) {
            rows.add(corrected(e));
        }
        return new CorrectedEffects(rows, List.of("corrected rate = precision × flagged + false-omission rate × "
                + "unflagged authored commits, per month; both rates from the blind labels of the engineer's "
                + "volunteer and funded periods (design-weighted), assumed constant within each period",
                "intervals: block-bootstrap replicates of the monthly counts paired with Rao–Wu bootstrap replicates "
                        + "of the labels (seed " + seed + "), 95% percentile"));
    }

    private CorrectedEffects.Row corrected(Estimates e) {
        String id = e.engineer().id();
        PeriodEffect observed = e.effect("security_commits");
        Estimate change = observed.change();
        double volunteer = observed.rates().isEmpty() || !observed.rates().get(0).isSufficient() ? Double.NaN
                : observed.rates().get(0).value();
        double funded = observed.rates().size() < 2 || !observed.rates().get(1).isSufficient() ? Double.NaN
                : observed.rates().get(1).value();
        if (!change.isSufficient()) {
            return insufficientRow(id, volunteer, funded, change, "observed change: " + change.insufficient());
        }
        Design design = e.design();
        Timeline timeline = e.timeline();
        double[][] all = e.series("commits").rows();
        double[][] flagged = e.series("security_commits").rows();
        double[] w = weights();
        double[][] labelReps = replicateWeights(design.replications());
        List<Segment> order = List.of(Segment.PRE, Segment.POST);
        double[][] rates = new double[2][3];
        double[][] reps = new double[2][];
        double[][] rateParts = new double[2][2];
        for (int k = 0; k < 2; k++) {
            String period = (k == 0 ? PeriodKind.VOLUNTEER : PeriodKind.FUNDED).label();
            Domain d = new Domain(id + " " + period, u -> u.group().equals(id) && u.period().equals(period));
            Parts precision = parts(d, false, Unit::currentFlag);
            Parts omission = parts(d, false, u -> !u.currentFlag());
            int[] idx = timeline.indices(order.get(k));
            // The seeds BeforeAfter uses (seed + the period's position), so these are effect()'s very replicates.
            long seedK = design.seed() + k;
            double f = Coverage.rate(flagged, idx);
            double u = Coverage.rate(all, idx) - f;
            String why = f > 0 ? shortOf(precision, "precision", d) : "";
            why = why.isEmpty() && u > 0 ? shortOf(omission, "false-omission rate", d) : why;
            if (!why.isEmpty()) {
                return insufficientRow(id, volunteer, funded, change, why);
            }
            for (int v = 0; v < 3; v++) {
                rates[k][v] = term(precision, v, w, f) + term(omission, v, w, u);
            }
            rateParts[k][0] = f > 0 ? precision.value(0, w) : Double.NaN;
            rateParts[k][1] = u > 0 ? omission.value(0, w) : Double.NaN;
            double[] repsAll = Coverage.replicates(all, idx, design, seedK);
            double[] repsFlagged = Coverage.replicates(flagged, idx, design, seedK);
            reps[k] = new double[labelReps.length];
            for (int r = 0; r < labelReps.length; r++) {
                reps[k][r] = term(precision, 0, labelReps[r], repsFlagged[r])
                        + term(omission, 0, labelReps[r], repsAll[r] - repsFlagged[r]);
            }
        }
        double[] diff = new double[reps[0].length];
        for (int r = 0; r < diff.length; r++) {
            diff[r] = reps[1][r] - reps[0][r];
        }
        return new CorrectedEffects.Row(id, volunteer, funded, change, rates[0][0], rates[1][0],
                rates[1][0] - rates[0][0], Interval.ofReplicates(diff, design.level()), rates[1][1] - rates[0][1],
                rates[1][2] - rates[0][2], rateParts[0][0], rateParts[1][0], rateParts[0][1], rateParts[1][1], "");
    }

    /** count × the ratio, 0 when there is nothing to count (the ratio may then be undefined). */
    private static double term(Parts parts, int variant, double[] weights, double count) {
        return count == 0 ? 0 : count * parts.value(variant, weights);
    }

    /** Why a ratio cannot be used, or "" when it can. */
    private static String shortOf(Parts parts, String what, Domain d) {
        if (parts.behind() >= MIN_UNITS || parts.exact() && parts.behind() > 0) {
            return "";
        }
        return what + " of " + d.name() + ": " + parts.behind() + " labelled commits (need " + MIN_UNITS
                + ", or a stratum labelled in full)";
    }

    private static CorrectedEffects.Row insufficientRow(String id, double volunteer, double funded, Estimate change,
            String why) {
        return new CorrectedEffects.Row(id, volunteer, funded, change, Double.NaN, Double.NaN, Double.NaN, null,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, why);
    }

    List<Unit> units() {
        return units;
    }

    Ratio precision(Rule rule, Domain d) {
        return ratio(rule, d, "precision", u -> u.flag(rule));
    }

    Ratio recall(Rule rule, Domain d) {
        return ratio(rule, d, "recall", u -> u.flag(rule));
    }

    Ratio falseOmission(Rule rule, Domain d) {
        return ratio(rule, d, "false omission", u -> !u.flag(rule));
    }

    /**
     * The weighted sums behind a ratio, per unclear variant (0: unclear left out; 1: counted as security; 2: counted
     * as not security): ratio = Σ w·numerator / Σ w·denominator.
     *
     * @param behind labelled commits in the denominator (variant 0)
     * @param exact whether every commit that could enter the denominator was labelled (cells labelled in full)
     */
    record Parts(double[][] numerators, double[][] denominators, int behind, boolean exact) {
        double value(int variant, double[] weights) {
            return weighted(numerators[variant], denominators[variant], weights);
        }
    }

    /**
     * Σ w·[security and selected] / Σ w·[denominator] over the domain's commits: for recall the denominator is the
     * security commits, otherwise the labelled commits that {@code select} picks (flagged for precision, not flagged
     * for the false-omission rate).
     */
    Parts parts(Domain d, boolean recall, Predicate<Unit> select) {
        int n = units.size();
        double[][] numerators = new double[3][n];
        double[][] denominators = new double[3][n];
        int behind = 0;
        boolean exact = true;
        for (int i = 0; i < n; i++) {
            Unit u = units.get(i);
            if (!d.contains().test(u)) {
                continue;
            }
            boolean security = u.label().equals(SECURITY);
            boolean unclear = u.label().equals(UNCLEAR);
            boolean selected = select.test(u);
            for (int v = 0; v < 3; v++) {
                boolean countsAsSecurity = security || unclear && v == 1;
                boolean known = !unclear || v > 0;
                numerators[v][i] = countsAsSecurity && selected ? 1 : 0;
                denominators[v][i] = (recall ? countsAsSecurity : known && selected) ? 1 : 0;
            }
            if (denominators[0][i] > 0) {
                behind++;
            }
            // Exact only if every commit that could enter the denominator was labelled: for recall any commit of
            // the domain (an unsampled one might be security work), otherwise the selected ones.
            if (recall || selected) {
                exact &= u.certain();
            }
        }
        return new Parts(numerators, denominators, behind, exact);
    }

    private Ratio ratio(Rule rule, Domain d, String measure, Predicate<Unit> select) {
        Parts parts = parts(d, measure.equals("recall"), select);
        int behind = parts.behind();
        double[][] numerators = parts.numerators();
        double[][] denominators = parts.denominators();
        boolean allCertain = parts.exact();
        String ruleName = rule.label();
        if (behind == 0) {
            return insufficient(ruleName, d.name(), measure, 0, "no labelled commit in the denominator");
        }
        if (behind < MIN_UNITS && !allCertain) {
            return insufficient(ruleName, d.name(), measure, behind, behind + " labelled commits behind the "
                    + "denominator (need " + MIN_UNITS + ", or a stratum labelled in full)");
        }
        double value = weighted(numerators[0], denominators[0], weights());
        double asSecurity = weighted(numerators[1], denominators[1], weights());
        double asNot = weighted(numerators[2], denominators[2], weights());
        Interval interval = allCertain ? new Interval(value, value, LEVEL)
                : kornGraubard(value, variance(replicates(numerators[0], denominators[0], replications)), behind);
        return new Ratio(ruleName, d.name(), measure, value, interval, asSecurity, asNot, behind, "");
    }

    /** The ratio in each bootstrap replicate (NaN where a replicate's denominator is empty). */
    double[] replicates(double[] numerator, double[] denominator, int count) {
        double[][] reps = replicateWeights(count);
        double[] values = new double[reps.length];
        for (int r = 0; r < reps.length; r++) {
            values[r] = weighted(numerator, denominator, reps[r]);
        }
        return values;
    }

    static double variance(double[] values) {
        double[] finite = Arrays.stream(values).filter(x -> !Double.isNaN(x)).toArray();
        if (finite.length < 2) {
            return 0;
        }
        double mean = Arrays.stream(finite).average().orElseThrow();
        return Arrays.stream(finite).map(x -> (x - mean) * (x - mean)).sum() / (finite.length - 1);
    }

    /**
     * Korn and Graubard's (1998) interval for a proportion estimated from a complex sample: a Clopper–Pearson
     * interval at the effective sample size n* = p(1−p)/variance, at most the n labelled commits (n itself where the
     * variance is 0, e.g. when every sampled commit agrees, which a percentile bootstrap would report as the
     * zero-width interval [1, 1]). No degrees-of-freedom adjustment.
     */
    static Interval kornGraubard(double p, double variance, int n) {
        double effective = variance > 0 && p > 0 && p < 1 ? Math.min(n, p * (1 - p) / variance) : n;
        double x = p * effective;
        double alpha = 1 - LEVEL;
        double lower = x <= 0 ? 0
                : new BetaDistribution(null, x, effective - x + 1).inverseCumulativeProbability(alpha / 2);
        double upper = effective - x <= 0 ? 1
                : new BetaDistribution(null, x + 1, effective - x).inverseCumulativeProbability(1 - alpha / 2);
        return new Interval(Math.min(lower, p), Math.max(upper, p), LEVEL);
    }

    private static Ratio insufficient(String rule, String domain, String measure, int units, String reason) {
        return new Ratio(rule, domain, measure, Double.NaN, null, Double.NaN, Double.NaN, units, reason);
    }

    static double weighted(double[] numerator, double[] denominator, double[] w) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < w.length; i++) {
            num += w[i] * numerator[i];
            den += w[i] * denominator[i];
        }
        return den == 0 ? Double.NaN : num / den;
    }

    double[] weights() {
        return units.stream().mapToDouble(Unit::weight).toArray();
    }

    /**
     * Rao–Wu rescaled bootstrap weights, one row per replicate: in each stratum with n ≥ 2 sampled (not certain)
     * commits, n−1 draws with replacement, each draw adding w·n/(n−1) to the drawn commit; certain commits (cells
     * labelled in full) and a stratum's only uncertain commit keep their weight. Cached per replication count.
     */
    synchronized double[][] replicateWeights(int count) {
        return replicateWeights.computeIfAbsent(count, this::drawReplicateWeights);
    }

    private double[][] drawReplicateWeights(int count) {
        Map<String, List<Integer>> strata = new TreeMap<>();
        for (int i = 0; i < units.size(); i++) {
            if (!units.get(i).certain()) {
                strata.computeIfAbsent(units.get(i).stratum(), k -> new ArrayList<>()).add(i);
            }
        }
        double[] base = weights();
        SplittableRandom random = new SplittableRandom(seed);
        double[][] reps = new double[count][];
        for (int r = 0; r < count; r++) {
            double[] w = base.clone();
            for (List<Integer> members : strata.values()) {
                int n = members.size();
                if (n < 2) {
                    continue;
                }
                for (int i : members) {
                    w[i] = 0;
                }
                double scale = n / (double) (n - 1);
                for (int k = 0; k < n - 1; k++) {
                    int i = members.get(random.nextInt(n));
                    w[i] += base[i] * scale;
                }
            }
            reps[r] = w;
        }
        return reps;
    }

    private Domain domain(String name) {
        for (Domain d : domainList()) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown domain '" + name + "'; valid: " + String.join(", ", domains()));
    }

    private List<Domain> domainList() {
        List<Domain> list = new ArrayList<>();
        list.add(new Domain("all", u -> true));
        Map<String, TreeSet<String>> periods = new LinkedHashMap<>();
        units.stream().map(Unit::group).distinct().sorted(RuleValidation::groupOrder)
                .forEach(g -> periods.put(g, new TreeSet<>(RuleValidation::periodOrder)));
        units.forEach(u -> periods.get(u.group()).add(u.period()));
        periods.keySet().forEach(g -> list.add(new Domain(g, u -> u.group().equals(g))));
        periods.forEach((g, ps) -> ps.forEach(p -> list.add(new Domain(g + " " + p,
                u -> u.group().equals(g) && u.period().equals(p)))));
        list.add(new Domain("advisory databases", u -> ADVISORY_DATABASES.contains(u.repo())));
        list.add(new Domain("other repositories", u -> !ADVISORY_DATABASES.contains(u.repo())));
        return list;
    }

    /** Engineers first (alphabetically), everyone else last. */
    private static int groupOrder(String a, String b) {
        boolean ao = a.equals("others");
        boolean bo = b.equals("others");
        return ao != bo ? Boolean.compare(ao, bo) : a.compareTo(b);
    }

    /** Period kinds in time order (volunteer, funded, vacancy, after), then other names alphabetically. */
    private static int periodOrder(String a, String b) {
        return Integer.compare(rank(a), rank(b)) != 0 ? Integer.compare(rank(a), rank(b)) : a.compareTo(b);
    }

    private static int rank(String period) {
        for (PeriodKind k : PeriodKind.values()) {
            if (k.label().equals(period)) {
                return k.ordinal();
            }
        }
        return PeriodKind.values().length;
    }

    private static Map<String, Boolean> currentFlags(Inputs inputs, Set<String> keys) {
        Table commits = inputs.commitsTable();
        Map<String, Boolean> flags = new HashMap<>();
        for (int i = 0; i < commits.rowCount(); i++) {
            String key = commits.stringColumn("repo").get(i) + "@" + commits.stringColumn("sha").get(i);
            if (keys.contains(key)) {
                flags.put(key, commits.booleanColumn("security").get(i));
            }
        }
        return flags;
    }

    private static List<String> coverageNotes(LabelSample sample, Map<String, Integer> drawnPerCell) {
        int cells = 0;
        int commits = 0;
        int total = 0;
        for (Map.Entry<String, Integer> e : sample.population().entrySet()) {
            total += e.getValue();
            if (!drawnPerCell.containsKey(e.getKey())) {
                cells++;
                commits += e.getValue();
            }
        }
        List<String> notes = new ArrayList<>();
        if (cells > 0) {
            notes.add(String.format(Locale.ROOT, "%d of %d authored commits (%.1f%%) are in %d repository cells where "
                    + "the allocation drew no commit; no label speaks for them, so the rates describe the other "
                    + "cells", commits, total, 100.0 * commits / total, cells));
        }
        return notes;
    }

    @Override
    public String toString() {
        return "RuleValidation[" + units.size() + " labelled commits, seed " + seed + ", " + replications
                + " replications]";
    }
}
