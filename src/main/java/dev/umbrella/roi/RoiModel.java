package dev.umbrella.roi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ROI arithmetic for one engineer (methods.md §c1), written as a primitive function of a parameter vector so
 * the Monte Carlo can evaluate millions of draws without allocating.
 *
 * <p>Per year t of the evaluation (months counted from the funded start, at most the funded months):
 * <ul>
 *   <li>cost C_t = public amounts in the year + wage × benefits load × (1 + overhead) × (uncovered share of the
 *       year);</li>
 *   <li>benefit (a), replacement cost of the incremental security work (ILO 2011 replacement-cost method,
 *       methods.md §c3): hours = Δ security commits per month × 12 × hours per security commit, capped at ±
 *       (funded − volunteer hours per week) × weeks per year; valued at wage / paid hours × benefits load;
 *       × the code attribution share;</li>
 *   <li>benefit (b), expected loss avoided by faster malware handling (methods.md §c1): reports per year × true
 *       positive share × (volunteer − funded response hours) × installs per exposure hour × probability of harm
 *       per install × loss per incident × the registry attribution share;</li>
 *   <li>both benefits scale with the share of the year evaluated; flows are discounted at the end of each year:
 *       d_t = (1 + r)^-t.</li>
 * </ul>
 * ROI = (PV B − PV C) / PV C; BCR = PV B / PV C; NPV = PV B − PV C. A benefit whose parameters are missing is
 * left out (its contribution is 0) and named in {@link RoiResult#missing()}.
 */
public final class RoiModel {
    public static final String WAGE = "security_engineer_wage_annual";
    public static final String BENEFITS_LOAD = "benefits_load";
    public static final String OVERHEAD = "overhead_share";
    public static final String PAID_HOURS = "paid_hours_per_year";
    public static final String SECURITY_CHANGE = "security_commits_change";
    public static final String HOURS_PER_COMMIT = "hours_per_security_commit";
    public static final String FUNDED_HOURS = "funded_hours_per_week";
    public static final String VOLUNTEER_HOURS = "volunteer_hours_per_week";
    public static final String WEEKS = "weeks_per_year";
    public static final String ATTRIBUTION_CODE = "attribution_share_code";
    public static final String REPORTS = "malware_reports_per_year";
    public static final String RESPONSE_VOLUNTEER = "response_hours_volunteer";
    public static final String RESPONSE_FUNDED = "response_hours_funded";
    public static final String TRUE_POSITIVE = "true_positive_share";
    public static final String INSTALLS = "installs_per_exposure_hour";
    public static final String HARM = "harm_probability_per_install";
    public static final String LOSS = "loss_per_incident";
    public static final String ATTRIBUTION_REGISTRY = "attribution_share_registry";
    public static final String DISCOUNT_RATE = "discount_rate";
    public static final String YEARS = "evaluation_years";

    /** The parameter vector's layout: index i holds {@code PARAMETERS.get(i)}. */
    public static final List<String> PARAMETERS = List.of(WAGE, BENEFITS_LOAD, OVERHEAD, PAID_HOURS, SECURITY_CHANGE,
            HOURS_PER_COMMIT, FUNDED_HOURS, VOLUNTEER_HOURS, WEEKS, ATTRIBUTION_CODE, REPORTS, RESPONSE_VOLUNTEER,
            RESPONSE_FUNDED, TRUE_POSITIVE, INSTALLS, HARM, LOSS, ATTRIBUTION_REGISTRY, DISCOUNT_RATE, YEARS);
    /** Units of the parameters that come from data, for overrides where the data have none. */
    static final Map<String, String> DERIVED_UNITS = Map.of(SECURITY_CHANGE, "commits/month", RESPONSE_VOLUNTEER,
            "hours", RESPONSE_FUNDED, "hours", REPORTS, "reports/year");
    static final List<String> COST = PARAMETERS.subList(0, 4);
    static final List<String> REPLACEMENT = PARAMETERS.subList(4, 10);
    static final List<String> LOSS_AVOIDED = PARAMETERS.subList(10, 18);
    static final List<String> FINANCE = PARAMETERS.subList(18, 20);

    private static final int I_WAGE = PARAMETERS.indexOf(WAGE);
    private static final int I_LOAD = PARAMETERS.indexOf(BENEFITS_LOAD);
    private static final int I_OVERHEAD = PARAMETERS.indexOf(OVERHEAD);
    private static final int I_PAID_HOURS = PARAMETERS.indexOf(PAID_HOURS);
    private static final int I_CHANGE = PARAMETERS.indexOf(SECURITY_CHANGE);
    private static final int I_HOURS_PER_COMMIT = PARAMETERS.indexOf(HOURS_PER_COMMIT);
    private static final int I_FUNDED_HOURS = PARAMETERS.indexOf(FUNDED_HOURS);
    private static final int I_VOLUNTEER_HOURS = PARAMETERS.indexOf(VOLUNTEER_HOURS);
    private static final int I_WEEKS = PARAMETERS.indexOf(WEEKS);
    private static final int I_ATTRIBUTION_CODE = PARAMETERS.indexOf(ATTRIBUTION_CODE);
    private static final int I_REPORTS = PARAMETERS.indexOf(REPORTS);
    private static final int I_RESPONSE_VOLUNTEER = PARAMETERS.indexOf(RESPONSE_VOLUNTEER);
    private static final int I_RESPONSE_FUNDED = PARAMETERS.indexOf(RESPONSE_FUNDED);
    private static final int I_TRUE_POSITIVE = PARAMETERS.indexOf(TRUE_POSITIVE);
    private static final int I_INSTALLS = PARAMETERS.indexOf(INSTALLS);
    private static final int I_HARM = PARAMETERS.indexOf(HARM);
    private static final int I_LOSS = PARAMETERS.indexOf(LOSS);
    private static final int I_ATTRIBUTION_REGISTRY = PARAMETERS.indexOf(ATTRIBUTION_REGISTRY);
    private static final int I_RATE = PARAMETERS.indexOf(DISCOUNT_RATE);
    private static final int I_YEARS = PARAMETERS.indexOf(YEARS);

    /** Output slots of {@link #evaluate(double[], double[])}. */
    static final int PV_COST = 0;
    static final int PV_REPLACEMENT = 1;
    static final int PV_LOSS_AVOIDED = 2;
    static final int MONTHS = 3;
    static final int OUTPUTS = 4;

    private final String engineerId;
    private final Assumptions assumptions;
    private final double[] empirical;
    private final boolean replacement;
    private final boolean lossAvoided;
    private final List<String> missing;
    private final List<String> notes;
    private final double[] cumulativePublic;
    private final double[] cumulativeUncovered;
    private final int fundedMonths;

    /**
     * @param assumptions every parameter available (from the CSV, derived from data, or overridden)
     * @param empirical bootstrap replicates for an EMPIRICAL {@link #SECURITY_CHANGE}, else empty
     * @param unavailable why a data-derived parameter is absent, by name
     */
    public RoiModel(String engineerId, Assumptions assumptions, double[] empirical, CostSchedule costs,
            Map<String, String> unavailable) {
        this.engineerId = engineerId;
        this.assumptions = assumptions;
        this.empirical = empirical.clone();
        for (String name : concat(COST, FINANCE)) {
            assumptions.get(name);
        }
        List<String> missingText = new ArrayList<>();
        this.replacement = complete("replacement cost of incremental security work", REPLACEMENT, unavailable,
                missingText);
        this.lossAvoided = complete("expected loss avoided", LOSS_AVOIDED, unavailable, missingText);
        this.missing = List.copyOf(missingText);
        this.notes = costs.notes();
        double[] publicByMonth = costs.publicByMonth();
        double[] covered = costs.coveredByMonth();
        cumulativePublic = new double[publicByMonth.length + 1];
        cumulativeUncovered = new double[publicByMonth.length + 1];
        for (int m = 0; m < publicByMonth.length; m++) {
            cumulativePublic[m + 1] = cumulativePublic[m] + publicByMonth[m];
            cumulativeUncovered[m + 1] = cumulativeUncovered[m] + (1 - covered[m]);
        }
        this.fundedMonths = costs.fundedMonths();
    }

    private boolean complete(String benefit, List<String> names, Map<String, String> unavailable, List<String> out) {
        List<String> absent = names.stream().filter(n -> !assumptions.has(n)).toList();
        if (absent.isEmpty()) {
            return true;
        }
        List<String> reasons = absent.stream().map(n -> unavailable.getOrDefault(n, n + " is not in assumptions.csv"))
                .distinct().toList();
        out.add(benefit + ": " + String.join("; ", reasons));
        return false;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    public String engineerId() {
        return engineerId;
    }

    public Assumptions assumptions() {
        return assumptions;
    }

    double[] empirical() {
        return empirical;
    }

    /** Months the cost schedule covers: enough for the largest evaluation length the parameters allow. */
    int scheduleMonths() {
        return cumulativePublic.length - 1;
    }

    /** Names of the parameters this model actually uses (the parts with missing data are left out). */
    public List<String> usedParameters() {
        List<String> used = new ArrayList<>(COST);
        if (replacement) {
            used.addAll(REPLACEMENT);
        }
        if (lossAvoided) {
            used.addAll(LOSS_AVOIDED);
        }
        used.addAll(FINANCE);
        return used;
    }

    /** The parameter vector at the base values (0 where a parameter is absent). */
    public double[] baseValues() {
        double[] v = new double[PARAMETERS.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = assumptions.find(PARAMETERS.get(i)).map(Assumption::base).orElse(0.0);
        }
        return v;
    }

    /** Evaluates at the base values. */
    public RoiResult evaluateBase() {
        return result(baseValues());
    }

    /** Evaluates at a full parameter vector. */
    public RoiResult result(double[] values) {
        double[] out = new double[OUTPUTS];
        evaluate(values, out);
        return new RoiResult(engineerId, out[MONTHS], out[PV_COST], out[PV_REPLACEMENT], out[PV_LOSS_AVOIDED],
                missing, notes);
    }

    /** The arithmetic; writes {@code out[PV_COST, PV_REPLACEMENT, PV_LOSS_AVOIDED, MONTHS]}. No allocation. */
    void evaluate(double[] v, double[] out) {
        int months = (int) Math.min(Math.min(Math.round(v[I_YEARS] * 12), fundedMonths), scheduleMonths());
        double wage = v[I_WAGE];
        double load = v[I_LOAD];
        double loadedCost = wage * load * (1 + v[I_OVERHEAD]);
        double replacementPerYear = 0;
        if (replacement) {
            double cap = Math.max(0, v[I_FUNDED_HOURS] - v[I_VOLUNTEER_HOURS]) * v[I_WEEKS];
            double hours = Math.max(-cap, Math.min(cap, v[I_CHANGE] * 12 * v[I_HOURS_PER_COMMIT]));
            replacementPerYear = hours * (wage / v[I_PAID_HOURS]) * load * v[I_ATTRIBUTION_CODE];
        }
        double lossAvoidedPerYear = 0;
        if (lossAvoided) {
            double exposureRemoved = v[I_RESPONSE_VOLUNTEER] - v[I_RESPONSE_FUNDED];
            lossAvoidedPerYear = v[I_REPORTS] * v[I_TRUE_POSITIVE] * exposureRemoved * v[I_INSTALLS] * v[I_HARM]
                    * v[I_LOSS] * v[I_ATTRIBUTION_REGISTRY];
        }
        double growth = 1 / (1 + v[I_RATE]);
        double discount = 1;
        double pvCost = 0;
        double pvReplacement = 0;
        double pvLoss = 0;
        for (int from = 0; from < months; from += 12) {
            int to = Math.min(from + 12, months);
            discount *= growth;
            double share = (to - from) / 12.0;
            double uncoveredYears = (cumulativeUncovered[to] - cumulativeUncovered[from]) / 12.0;
            pvCost += (cumulativePublic[to] - cumulativePublic[from] + loadedCost * uncoveredYears) * discount;
            pvReplacement += replacementPerYear * share * discount;
            pvLoss += lossAvoidedPerYear * share * discount;
        }
        out[PV_COST] = pvCost;
        out[PV_REPLACEMENT] = pvReplacement;
        out[PV_LOSS_AVOIDED] = pvLoss;
        out[MONTHS] = months;
    }

    public List<String> missing() {
        return missing;
    }

    @Override
    public String toString() {
        return "RoiModel[" + engineerId + ", " + usedParameters().size() + " parameters"
                + (missing.isEmpty() ? "" : ", left out: " + String.join("; ", missing)) + "]";
    }
}
