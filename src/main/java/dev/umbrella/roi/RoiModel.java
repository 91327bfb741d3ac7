package dev.umbrella.roi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The ROI arithmetic for one engineer (Phillips ROI, BCR and NPV), a primitive function of a parameter vector so the
 * Monte Carlo evaluates many draws without allocating. Costs and benefits are taken over the same months: the
 * evaluation horizon, the funded months that the data cover ({@link CostSchedule#horizonMonths}).
 *
 * <ul>
 *   <li>cost per month: each grant's money in the month × the share that paid the role, plus the share of the month
 *       no grant covers × the loaded salary (wage × benefits load × (1 + overhead)) / 12;</li>
 *   <li>benefit: each estimated {@link Channel}'s value, spread evenly over the horizon;</li>
 *   <li>replacement value (for {@link RoiResult#costEfficiency()}, never a benefit): the change in security commits per
 *       month × hours per security commit × the same loaded hourly rate, over the horizon;</li>
 *   <li>flows are discounted at the end of each year counted from the funded start: d_y = (1 + r)^-(y+1).</li>
 * </ul>
 * ROI = (PV B − PV C) / PV C, BCR = PV B / PV C, NPV = PV B − PV C, per method (the methods are never added).
 *
 * <p>About 320 lines as one class on purpose: the parameter layout and {@link #evaluate} must agree index for
 * index, and the Monte Carlo calls {@code evaluate} millions of times over primitive arrays.
 */
public final class RoiModel {
    public static final String WAGE = "security_engineer_wage_annual";
    public static final String BENEFITS_LOAD = "benefits_load";
    public static final String OVERHEAD = "overhead_share";
    public static final String PAID_HOURS = "paid_hours_per_year";
    public static final String DISCOUNT_RATE = "discount_rate";
    public static final String SECURITY_CHANGE = "security_commits_change";
    public static final String HOURS_PER_COMMIT = "hours_per_security_commit";
    static final List<String> COST = List.of(WAGE, BENEFITS_LOAD, OVERHEAD, DISCOUNT_RATE);
    static final List<String> REPLACEMENT = List.of(SECURITY_CHANGE, HOURS_PER_COMMIT, PAID_HOURS);
    /** Units of the parameters that come from data, for overrides where the data have none. */
    static final Map<String, String> DERIVED_UNITS = Map.of(
            SECURITY_CHANGE, "commits/month", "exposure_hours_removed", "hours", "malware_packages_funded", "packages");

    /** Output slot of the PV cost; channel c is at {@code 1 + c}; the replacement value follows the channels. */
    static final int PV_COST = 0;

    private final String engineerId;
    private final Assumptions assumptions;
    private final double[] empirical;
    private final List<Channel> channels;
    private final List<Channel> notEstimated;
    private final CostSchedule costs;
    private final boolean replacement;
    private final String replacementMissing;
    private final List<String> parameters;
    private final Map<String, Integer> index;
    private final int months;
    private final double[][] grantYears;
    private final int[] grantShare;
    private final double[] uncoveredYears;
    private final double[] monthsInYear;
    private final int[][] partCount;
    private final int[][] partAttribution;
    private final int[] channelCounterfactual;
    private final int[][] channelFactors;
    private final int iWage;
    private final int iLoad;
    private final int iOverhead;
    private final int iRate;
    private final int iChange;
    private final int iHours;
    private final int iPaid;

    /**
     * @param assumptions every parameter available (from the CSV, derived from data, or overridden)
     * @param empirical bootstrap replicates for an EMPIRICAL {@link #SECURITY_CHANGE}, else empty
     * @param channels every channel of the engineer; those with a missing parameter are kept as not estimated
     * @param replacementMissing why the replacement value cannot be had (empty when it can)
     */
    public RoiModel(
            String engineerId,
            Assumptions assumptions,
            double[] empirical,
            List<Channel> channels,
            CostSchedule costs,
            String replacementMissing) {
        this.engineerId = engineerId;
        this.assumptions = assumptions;
        this.empirical = empirical.clone();
        this.costs = costs;
        this.months = costs.months();
        List<Channel> estimated = new ArrayList<>();
        List<Channel> left = new ArrayList<>();
        for (Channel c : channels) {
            List<String> absent =
                    c.parameters().stream().filter(n -> !assumptions.has(n)).toList();
            if (!c.isEstimated()) {
                left.add(c);
            } else if (!absent.isEmpty()) {
                left.add(c.notEstimated("no value for " + String.join(", ", absent)));
            } else {
                estimated.add(c);
            }
        }
        this.channels = List.copyOf(estimated);
        this.notEstimated = List.copyOf(left);
        this.replacement = replacementMissing.isEmpty() && REPLACEMENT.stream().allMatch(assumptions::has);
        this.replacementMissing = replacementMissing.isEmpty() && !replacement
                ? "no value for "
                        + String.join(
                                ", ",
                                REPLACEMENT.stream()
                                        .filter(n -> !assumptions.has(n))
                                        .toList())
                : replacementMissing;
        TreeSet<String> used = new TreeSet<>(COST);
        for (CostSchedule.Grant g : costs.grants()) {
            if (!g.roleShare().isEmpty()) {
                used.add(g.roleShare());
            }
        }
        if (replacement) {
            used.addAll(REPLACEMENT);
        }
        for (Channel c : this.channels) {
            used.addAll(c.parameters());
        }
        for (String name : used) {
            assumptions.get(name); // fails naming the valid ones if a cost parameter is missing
        }
        this.parameters = List.copyOf(used);
        this.index = new LinkedHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            index.put(parameters.get(i), i);
        }
        int years = Math.max(1, (months + 11) / 12);
        grantYears = new double[costs.grants().size()][years];
        grantShare = new int[costs.grants().size()];
        for (int g = 0; g < grantYears.length; g++) {
            CostSchedule.Grant grant = costs.grants().get(g);
            double[] byMonth = grant.byMonth();
            for (int m = 0; m < months; m++) {
                grantYears[g][m / 12] += byMonth[m];
            }
            grantShare[g] = grant.roleShare().isEmpty() ? -1 : index.get(grant.roleShare());
        }
        uncoveredYears = new double[years];
        monthsInYear = new double[years];
        double[] uncovered = costs.uncovered();
        for (int m = 0; m < months; m++) {
            uncoveredYears[m / 12] += uncovered[m];
            monthsInYear[m / 12] += 1;
        }
        int c0 = this.channels.size();
        partCount = new int[c0][];
        partAttribution = new int[c0][];
        channelCounterfactual = new int[c0];
        channelFactors = new int[c0][];
        for (int c = 0; c < c0; c++) {
            Channel ch = this.channels.get(c);
            partCount[c] = new int[ch.parts().size()];
            partAttribution[c] = new int[ch.parts().size()];
            for (int p = 0; p < ch.parts().size(); p++) {
                Channel.Part part = ch.parts().get(p);
                partCount[c][p] = index.get(part.count());
                partAttribution[c][p] = part.attribution().isEmpty() ? -1 : index.get(part.attribution());
            }
            channelCounterfactual[c] = ch.counterfactual().isEmpty() ? -1 : index.get(ch.counterfactual());
            channelFactors[c] = ch.factors().stream().mapToInt(index::get).toArray();
        }
        iWage = index.get(WAGE);
        iLoad = index.get(BENEFITS_LOAD);
        iOverhead = index.get(OVERHEAD);
        iRate = index.get(DISCOUNT_RATE);
        iChange = replacement ? index.get(SECURITY_CHANGE) : -1;
        iHours = replacement ? index.get(HOURS_PER_COMMIT) : -1;
        iPaid = replacement ? index.get(PAID_HOURS) : -1;
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

    /** The parameter vector's layout: index i holds {@code parameters().get(i)}. */
    public List<String> parameters() {
        return parameters;
    }

    int indexOf(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException("the model of " + engineerId + " does not use '" + name + "'; it uses: "
                    + String.join(", ", parameters));
        }
        return i;
    }

    /** The estimated channels, in the order of the output slots. */
    public List<Channel> channels() {
        return channels;
    }

    /** Channels that cannot be estimated, each with its reason. */
    public List<Channel> notEstimated() {
        return notEstimated;
    }

    public CostSchedule costs() {
        return costs;
    }

    /** Months evaluated: the funded months the data cover. */
    public int months() {
        return months;
    }

    /** Why there is no replacement value (empty when there is one). */
    public String replacementMissing() {
        return replacementMissing;
    }

    /** The parameters a method's result depends on: cost, finance and the method's channels. */
    public List<String> parameters(Method method) {
        TreeSet<String> used = new TreeSet<>(COST);
        for (CostSchedule.Grant g : costs.grants()) {
            if (!g.roleShare().isEmpty()) {
                used.add(g.roleShare());
            }
        }
        for (Channel c : channels) {
            if (c.method() == method) {
                used.addAll(c.parameters());
            }
        }
        return List.copyOf(used);
    }

    /** Slots of {@link #evaluate}'s output. */
    int outputs() {
        return 2 + channels.size();
    }

    int replacementSlot() {
        return 1 + channels.size();
    }

    /** The parameter vector at the base values. */
    public double[] baseValues() {
        double[] v = new double[parameters.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = assumptions.get(parameters.get(i)).base();
        }
        return v;
    }

    /** Evaluates at the base values. */
    public RoiResult evaluateBase() {
        return result(baseValues());
    }

    /** Evaluates at a full parameter vector. */
    public RoiResult result(double[] values) {
        double[] out = new double[outputs()];
        evaluate(values, out);
        double[] pv = new double[channels.size()];
        System.arraycopy(out, 1, pv, 0, pv.length);
        return new RoiResult(
                engineerId,
                months,
                out[PV_COST],
                channels,
                pv,
                notEstimated,
                replacement ? out[replacementSlot()] : Double.NaN,
                replacementMissing,
                costs.notes());
    }

    /**
     * The present value of an even flow of 1 USD in total over the horizon: what a channel's value is worth today.
     */
    double flowFactor(double rate) {
        double factor = 0;
        double d = 1;
        for (double inYear : monthsInYear) {
            d /= 1 + rate;
            factor += d * inYear / Math.max(months, 1);
        }
        return factor;
    }

    /** The arithmetic; writes PV cost, each channel's PV and the replacement value. No allocation. */
    void evaluate(double[] v, double[] out) {
        double loaded = v[iWage] * v[iLoad] * (1 + v[iOverhead]);
        double growth = 1 / (1 + v[iRate]);
        double d = 1;
        double pvCost = 0;
        double flow = 0;
        for (int y = 0; y < monthsInYear.length; y++) {
            d *= growth;
            double year = loaded * uncoveredYears[y] / 12;
            for (int g = 0; g < grantYears.length; g++) {
                year += grantYears[g][y] * (grantShare[g] < 0 ? 1 : v[grantShare[g]]);
            }
            pvCost += year * d;
            flow += d * monthsInYear[y] / Math.max(months, 1);
        }
        out[PV_COST] = pvCost;
        for (int c = 0; c < partCount.length; c++) {
            double value = 0;
            for (int p = 0; p < partCount[c].length; p++) {
                int a = partAttribution[c][p];
                value += v[partCount[c][p]] * (a < 0 ? 1 : v[a]);
            }
            if (channelCounterfactual[c] >= 0) {
                value *= 1 - v[channelCounterfactual[c]];
            }
            for (int f : channelFactors[c]) {
                value *= v[f];
            }
            out[1 + c] = value * flow;
        }
        if (replacement) {
            double hours = v[iChange] * months * v[iHours];
            out[replacementSlot()] = hours * loaded / v[iPaid] * flow;
        } else {
            out[replacementSlot()] = Double.NaN;
        }
    }

    @Override
    public String toString() {
        return "RoiModel[" + engineerId + ", " + months + " months, " + parameters.size() + " parameters, "
                + channels.size() + " channels"
                + (notEstimated.isEmpty()
                        ? ""
                        : ", not estimated: "
                                + notEstimated.stream().map(Channel::id).toList()) + "]";
    }
}
