package dev.umbrella.roi;

import dev.umbrella.datasets.Distribution;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.model.Engineer;
import dev.umbrella.model.Formats;
import dev.umbrella.model.Inputs;
import dev.umbrella.model.TableBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.Table;

/**
 * The ROI of one engineer's funding: the entry of the {@code roi} stage, e.g.
 * {@code Roi.of("mike").with("loss_per_incident", 2e6).simulate(100_000)}. Costs and benefits run over the same
 * months, the funded months the data cover; benefits are valued by two {@link Method}s, never added. Immutable: {@code with}, {@code seed}
 * and {@code transition} return changed copies, so a notebook's parameters cell can pass plain values.
 *
 * <p>Every number comes from {@code assumptions.csv}, from a dataset (with its source) or from an override made
 * in the notebook (shown as such in {@link #assumptions()}). Unknown parameter names fail with the valid names.
 *
 * <p>About 330 lines: it is the notebook-facing entry of the ROI stage, one short method per question a
 * notebook asks (costs, channels, simulate, tornado, break-even, discount rates); the arithmetic lives in
 * {@link RoiModel}, sampling in {@code MonteCarlo}.
 */
public final class Roi {
    private final Inputs inputs;
    private final Engineer engineer;
    private final long seed;
    private final int transitionMonths;
    private final double level;
    private final Map<String, double[]> overrides;
    private volatile RoiModel model;

    private Roi(
            Inputs inputs,
            Engineer engineer,
            long seed,
            int transitionMonths,
            double level,
            Map<String, double[]> overrides) {
        this.inputs = inputs;
        this.engineer = engineer;
        this.seed = seed;
        this.transitionMonths = transitionMonths;
        this.level = level;
        this.overrides = overrides;
    }

    /** The ROI of an engineer on the project's datasets. */
    public static Roi of(String engineerId) {
        return of(Inputs.shared(), engineerId);
    }

    public static Roi of(Inputs inputs, String engineerId) {
        Estimates defaults = Estimates.of(inputs, engineerId);
        return new Roi(
                inputs,
                defaults.engineer(),
                defaults.design().seed(),
                defaults.design().transitionMonths(),
                defaults.design().level(),
                Map.of());
    }

    /** Fixes one parameter at a value (low = base = high, no draws). */
    public Roi with(String name, double value) {
        return withRange(name, value, value, value);
    }

    /** Fixes several parameters, e.g. from a notebook's parameters cell. */
    public Roi with(Map<String, ? extends Number> values) {
        Roi result = this;
        for (Map.Entry<String, ? extends Number> e : values.entrySet()) {
            result = result.with(e.getKey(), e.getValue().doubleValue());
        }
        return result;
    }

    /**
     * Fixes the parameters that have a number, in name order; NaN keeps a parameter as {@code assumptions.csv} has
     * it. A notebook's parameters cell declares every override it offers as NaN, so a reader (or
     * {@code umbrella run --param}) sets only the ones they want. Unknown names fail, NaN or not.
     */
    public Roi withOverrides(Map<String, ? extends Number> values) {
        Roi result = this;
        for (Map.Entry<String, ? extends Number> e : new TreeMap<String, Number>(values).entrySet()) {
            if (!validNames().contains(e.getKey())) {
                throw new IllegalArgumentException(
                        "unknown assumption '" + e.getKey() + "'; valid names: " + String.join(", ", validNames()));
            }
            double value = e.getValue().doubleValue();
            if (!Double.isNaN(value)) {
                result = result.with(e.getKey(), value);
            }
        }
        return result;
    }

    /** Replaces one parameter's range, keeping its distribution (triangular for a parameter that had none). */
    public Roi withRange(String name, double low, double base, double high) {
        if (!validNames().contains(name)) {
            throw new IllegalArgumentException(
                    "unknown assumption '" + name + "'; valid names: " + String.join(", ", validNames()));
        }
        Map<String, double[]> changed = new LinkedHashMap<>(overrides);
        changed.put(name, new double[] {low, base, high});
        return new Roi(inputs, engineer, seed, transitionMonths, level, changed);
    }

    public Roi seed(long value) {
        return new Roi(inputs, engineer, value, transitionMonths, level, overrides);
    }

    /** The transition window of the estimates (the cost-efficiency's {@code security_commits_change}, the horizon). */
    public Roi transition(int months) {
        return new Roi(inputs, engineer, seed, months, level, overrides);
    }

    /** The level of the percentile intervals (default 0.95). */
    public Roi level(double value) {
        return new Roi(inputs, engineer, seed, transitionMonths, value, overrides);
    }

    /** The model with its parameters; built once per instance. */
    public RoiModel model() {
        RoiModel built = model;
        if (built == null) {
            synchronized (this) {
                built = model;
                if (built == null) {
                    built = build();
                    model = built;
                }
            }
        }
        return built;
    }

    public String engineerId() {
        return engineer.id();
    }

    /** Every parameter in use, with its range, distribution and source. */
    public Assumptions assumptions() {
        Assumptions all = model().assumptions();
        List<Assumption> used = model().parameters().stream().map(all::get).toList();
        return Assumptions.of(used);
    }

    /** Costs, each channel's PV and, per method, ROI, BCR and NPV at the base values. */
    public RoiResult evaluate() {
        return model().evaluateBase();
    }

    /** A seeded Monte Carlo run (identical for the same seed and assumptions). */
    public Simulation simulate(int draws) {
        return MonteCarlo.run(model(), draws, seed, level);
    }

    /** One-way sensitivity of a method's ROI to each parameter, largest swing first. */
    public Tornado tornado(Method method) {
        return Tornado.of(model(), method);
    }

    /** The same for a method id ({@code market_price} or {@code expected_loss}). */
    public Tornado tornado(String method) {
        return tornado(Method.of(method));
    }

    /** The break-evens of a method in plain units: per channel, and in incidents of published size per year. */
    public BreakEven breakEven(Method method) {
        return BreakEven.of(model(), method);
    }

    public BreakEven breakEven(String method) {
        return breakEven(Method.of(method));
    }

    /** Every channel of the engineer: estimated or not, with its method, parameters and reason. */
    public Table channels() {
        TableBuilder table =
                TableBuilder.named(engineer.id() + " benefit channels").text("channel", "method", "value", "status");
        List<Channel> all = new ArrayList<>(model().channels());
        all.addAll(model().notEstimated());
        for (Channel c : all) {
            table.row(
                    c.id(),
                    c.method().label(),
                    c.formula(),
                    model().channels().contains(c) ? "counted" : c.notEstimated());
        }
        return table.build();
    }

    /**
     * Cost-effectiveness, what a funder compares grants by: per kind of output, the volunteer-era and funded rates
     * per year; the role's outputs over the horizon (the person's own plus the registry's times the attribution share,
     * at base) and the part of them the ROI credits (above the volunteer-era rate, or after the counterfactual share
     * where no volunteer-era count exists); the role's PV cost per output and per credited output; and the market
     * price of one output. Each cost per output divides the whole role's cost by one kind, so it is an upper bound:
     * the role also produced the other kinds. Volunteer outputs cost a funder nothing; the table shows how many there
     * were.
     */
    public Table costEffectiveness() {
        RoiResult base = evaluate();
        Assumptions a = model().assumptions();
        TableBuilder table = TableBuilder.named(engineer.id() + " cost-effectiveness over " + model().months()
                        + " months (PV cost " + Formats.number(base.pvCost()) + " USD)")
                .text("output")
                .number(
                        "volunteer_per_year",
                        "funded_per_year",
                        "role_outputs",
                        "credited_outputs",
                        "cost_per_output_usd",
                        "cost_per_credited_output_usd",
                        "market_price_usd");
        double share =
                a.find(DerivedParameters.ATTRIBUTION).map(Assumption::base).orElse(Double.NaN);
        double counterfactual =
                a.find(DerivedParameters.COUNTERFACTUAL).map(Assumption::base).orElse(Double.NaN);
        double years = model().months() / 12.0;
        for (DerivedParameters.Counted c : derived.counted()) {
            double role = c.fundedEngineer() + c.fundedRegistry() * share;
            double added = Double.isNaN(c.addedEngineer())
                    ? role * (1 - counterfactual)
                    : c.addedEngineer() + c.addedRegistry() * share;
            Valuation.Way way = Valuation.of(c.kind(), c.detail(), Method.MARKET_PRICE, false);
            double price = Double.NaN;
            if (way != null
                    && !way.factors().isEmpty()
                    && way.factors().stream().allMatch(a::has)) {
                price = 1;
                for (String f : way.factors()) {
                    price *= a.get(f).base();
                }
            }
            table.row(
                    c.unit(),
                    Double.isNaN(c.volunteer()) ? Double.NaN : c.volunteer() / (c.volunteerDays() / 365.25),
                    (c.fundedEngineer() + c.fundedRegistry()) / years,
                    role,
                    added,
                    role > 0 ? base.pvCost() / role : Double.NaN,
                    added > 0 ? base.pvCost() / added : Double.NaN,
                    price);
        }
        return table.build();
    }

    /** The outputs ledger rows of this engineer ({@code outputs.csv}), with their evidence. */
    public Table ledger() {
        Table all = inputs.outputsTable();
        return all.rowCount() == 0
                ? all
                : all.where(all.stringColumn("engineer").isEqualTo(engineer.id()));
    }

    /** The malware-exposure contrast, volunteer against funded, with every row on the question and its use. */
    public ExposureContrast exposure() {
        model();
        return derived.exposure();
    }

    /** The cost schedule: per grant its money in the horizon and the share that paid the role; the rest salaried. */
    public Table costs() {
        CostSchedule schedule = model().costs();
        TableBuilder table = TableBuilder.named(
                        engineer.id() + " costs over " + schedule.months() + " months from " + schedule.start())
                .text("source")
                .number("usd_in_horizon")
                .text("role_share", "covers");
        for (CostSchedule.Grant g : schedule.grants()) {
            table.row(
                    g.funder() + " (" + g.sourceUrl() + ")",
                    g.inHorizon(),
                    g.roleShare().isEmpty()
                            ? "1 (all of it paid the role)"
                            : g.roleShare() + " = "
                                    + model().assumptions().get(g.roleShare()).base(),
                    g.start() + ".." + g.end());
        }
        double months = 0;
        for (double u : schedule.uncovered()) {
            months += u;
        }
        table.row(
                "loaded salary: " + RoiModel.WAGE + " x " + RoiModel.BENEFITS_LOAD + " x (1 + " + RoiModel.OVERHEAD
                        + ")",
                null,
                "",
                String.format(Locale.ROOT, "%.1f of %d months no grant covers", months, schedule.months()));
        return table.build();
    }

    /**
     * NPV, ROI and BCR of each estimated method at the low, base and high discount rate of {@code assumptions.csv}
     * (the 2%, 3% and 7% real rates of OMB Circular A-94,
     * https://www.whitehouse.gov/wp-content/uploads/2023/11/CircularA-94.pdf), all other parameters at base.
     */
    public Table discountRates() {
        Assumption rate = model().assumptions().get(RoiModel.DISCOUNT_RATE);
        TableBuilder table = TableBuilder.named(engineer.id() + " by discount rate")
                .text("method")
                .number("discount_rate", "npv", "roi", "bcr");
        for (Method m : Method.values()) {
            for (double value : new double[] {rate.low(), rate.base(), rate.high()}) {
                double[] v = model().baseValues();
                v[model().indexOf(RoiModel.DISCOUNT_RATE)] = value;
                RoiResult result = model().result(v);
                if (!result.isEstimated(m)) {
                    continue;
                }
                table.row(m.label(), value, result.npv(m), result.roi(m), result.bcr(m));
            }
        }
        return table.build();
    }

    private List<String> validNames() {
        return Overrides.names(inputs);
    }

    /** What {@link #build()} derived from the datasets (set with the model). */
    private volatile DerivedParameters.Derived derived;

    private RoiModel build() {
        Assumptions csv = Assumptions.fromTable(inputs.assumptionsTable());
        csv = applyOverrides(csv, List.of(DerivedParameters.TOLERANCE));
        double tolerance = csv.get(DerivedParameters.TOLERANCE).base();
        Estimates estimates = Estimates.of(inputs, engineer.id()).seed(seed).transition(transitionMonths);
        LocalDate start = engineer.firstFunded()
                .orElseThrow(
                        () -> new IllegalArgumentException("periods.csv has no funded period for " + engineer.id()))
                .start();
        var timeline = estimates.timeline();
        LocalDate dataEnd = timeline.dataEnd() == null
                ? start
                : timeline.dataEnd().plusMonths(1).atDay(1);
        int months = CostSchedule.horizonMonths(engineer, dataEnd);
        DerivedParameters.Derived d = DerivedParameters.of(inputs, engineer, estimates, start, months, tolerance);
        derived = d;
        Assumptions all = csv;
        for (Assumption a : d.parameters()) {
            all = all.with(a);
        }
        all = applyOverrides(all, validNames());
        CostSchedule costs = CostSchedule.of(engineer, inputs.funding(), months);
        return new RoiModel(engineer.id(), all, d.empirical(), d.channels(), costs, d.replacementMissing());
    }

    private Assumptions applyOverrides(Assumptions assumptions, List<String> names) {
        Assumptions result = assumptions;
        for (Map.Entry<String, double[]> e : overrides.entrySet()) {
            if (!names.contains(e.getKey())) {
                continue;
            }
            double[] v = e.getValue();
            Assumption old = result.find(e.getKey()).orElse(null);
            Distribution distribution = v[0] == v[2]
                    ? Distribution.FIXED
                    : old == null
                                    || old.distribution() == Distribution.EMPIRICAL
                                    || old.distribution() == Distribution.FIXED
                            ? Distribution.TRIANGULAR
                            : old.distribution();
            String unit = old == null ? RoiModel.DERIVED_UNITS.getOrDefault(e.getKey(), "") : old.unit();
            result = result.with(new Assumption(
                    e.getKey(),
                    v[0],
                    v[1],
                    v[2],
                    unit,
                    distribution,
                    "override",
                    old == null
                            ? "set in the notebook (no value in the data)"
                            : "set in the notebook (was " + old.low() + " / " + old.base() + " / " + old.high()
                                    + " from " + old.source() + ")"));
        }
        return result;
    }

    @Override
    public String toString() {
        return "Roi[" + engineer.id() + ", seed " + seed + ", overrides " + overrides.keySet() + "]";
    }
}
