package dev.umbrella.roi;

import dev.umbrella.estimate.Estimates;
import dev.umbrella.model.Engineer;
import dev.umbrella.model.Inputs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The ROI of one engineer's funding: the entry of the {@code roi} stage, e.g.
 * {@code Roi.of("mike").with("loss_per_incident", 2e6).simulate(100_000)}. Immutable: {@code with}, {@code seed}
 * and {@code transition} return changed copies, so a notebook's parameters cell can pass plain values.
 *
 * <p>Every number comes from {@code assumptions.csv}, from a dataset (with its source) or from an override made
 * in the notebook (shown as such in {@link #assumptions()}). Unknown parameter names fail with the valid names.
 */
public final class Roi {
    private final Inputs inputs;
    private final Engineer engineer;
    private final long seed;
    private final int transitionMonths;
    private final double level;
    private final Map<String, double[]> overrides;
    private volatile RoiModel model;

    private Roi(Inputs inputs, Engineer engineer, long seed, int transitionMonths, double level,
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
        return new Roi(inputs, defaults.engineer(), defaults.design().seed(), defaults.design().transitionMonths(),
                defaults.design().level(), Map.of());
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
        for (Map.Entry<String, ? extends Number> e : new java.util.TreeMap<String, Number>(values).entrySet()) {
            if (!validNames().contains(e.getKey())) {
                throw new IllegalArgumentException("unknown assumption '" + e.getKey() + "'; valid names: "
                        + String.join(", ", validNames()));
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
            throw new IllegalArgumentException("unknown assumption '" + name + "'; valid names: "
                    + String.join(", ", validNames()));
        }
        Map<String, double[]> changed = new LinkedHashMap<>(overrides);
        changed.put(name, new double[] {low, base, high});
        return new Roi(inputs, engineer, seed, transitionMonths, level, changed);
    }

    public Roi seed(long value) {
        return new Roi(inputs, engineer, value, transitionMonths, level, overrides);
    }

    /** The transition window of the before/after estimate behind {@code security_commits_change}. */
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

    /** Every parameter in use, with its range, distribution and source. */
    public Assumptions assumptions() {
        return model().assumptions();
    }

    /** ROI, BCR and NPV at the base values. */
    public RoiResult evaluate() {
        return model().evaluateBase();
    }

    /** A seeded Monte Carlo run (identical for the same seed and assumptions). */
    public Simulation simulate(int draws) {
        return MonteCarlo.run(model(), draws, seed, level);
    }

    /** One-way sensitivity of ROI to each parameter, largest swing first. */
    public Tornado tornado() {
        return Tornado.of(model());
    }

    /** The break-even value of the parameter the ROI is most sensitive to (the tornado's top row). */
    public BreakEven breakEven() {
        Tornado tornado = tornado();
        if (tornado.rows().isEmpty()) {
            throw new IllegalStateException("no parameter of " + engineer.id() + "'s ROI has a range");
        }
        return breakEven(tornado.rows().get(0).parameter());
    }

    /**
     * NPV, ROI and BCR at the low, base and high discount rate of {@code assumptions.csv} (methods.md §c5: show
     * 2%, 3% and 7%), all other parameters at base.
     */
    public Table discountRates() {
        Assumption rate = model().assumptions().get(RoiModel.DISCOUNT_RATE);
        DoubleColumn r = DoubleColumn.create("discount_rate");
        DoubleColumn npv = DoubleColumn.create("npv");
        DoubleColumn roi = DoubleColumn.create("roi");
        DoubleColumn bcr = DoubleColumn.create("bcr");
        for (double value : new double[] {rate.low(), rate.base(), rate.high()}) {
            double[] v = model().baseValues();
            v[RoiModel.PARAMETERS.indexOf(RoiModel.DISCOUNT_RATE)] = value;
            RoiResult result = model().result(v);
            r.append(value);
            npv.append(result.npv());
            roi.append(result.roi());
            bcr.append(result.bcr());
        }
        return Table.create(engineer.id() + " by discount rate", r, npv, roi, bcr);
    }

    /** The break-even value of every parameter with a range, in tornado order (NaN where NPV never changes sign). */
    public Table breakEvens() {
        StringColumn parameter = StringColumn.create("parameter");
        DoubleColumn value = DoubleColumn.create("break_even");
        DoubleColumn low = DoubleColumn.create("low");
        DoubleColumn base = DoubleColumn.create("base");
        DoubleColumn high = DoubleColumn.create("high");
        StringColumn note = StringColumn.create("note");
        for (Tornado.Row row : tornado().rows()) {
            BreakEven b = breakEven(row.parameter());
            parameter.append(b.parameter());
            value.append(b.value());
            low.append(b.assumption().low());
            base.append(b.assumption().base());
            high.append(b.assumption().high());
            note.append(b.note());
        }
        return Table.create(engineer.id() + " break-even values", parameter, value, low, base, high, note);
    }

    /** The value of one parameter at which NPV = 0, all others at base. */
    public BreakEven breakEven(String name) {
        return BreakEven.solve(model(), name);
    }

    private List<String> validNames() {
        List<String> names = new java.util.ArrayList<>(RoiModel.PARAMETERS);
        names.add(DerivedParameters.TOLERANCE);
        return names;
    }

    private RoiModel build() {
        Assumptions csv = Assumptions.fromTable(inputs.assumptionsTable());
        csv = applyOverrides(csv, List.of(DerivedParameters.TOLERANCE));
        double tolerance = csv.get(DerivedParameters.TOLERANCE).base();
        Estimates estimates = Estimates.of(inputs, engineer.id()).seed(seed).transition(transitionMonths);
        DerivedParameters.Derived derived = DerivedParameters.of(inputs, engineer, estimates, tolerance);
        Assumptions all = csv;
        for (Assumption a : derived.parameters()) {
            all = all.with(a);
        }
        all = applyOverrides(all, RoiModel.PARAMETERS);
        double maxYears = all.get(RoiModel.YEARS).high();
        CostSchedule costs = CostSchedule.of(engineer, inputs.funding(), (int) Math.ceil(maxYears * 12));
        return new RoiModel(engineer.id(), all, derived.empirical(), costs, derived.unavailable());
    }

    private Assumptions applyOverrides(Assumptions assumptions, List<String> names) {
        Assumptions result = assumptions;
        for (Map.Entry<String, double[]> e : overrides.entrySet()) {
            if (!names.contains(e.getKey())) {
                continue;
            }
            double[] v = e.getValue();
            Assumption old = result.find(e.getKey()).orElse(null);
            Distribution distribution = v[0] == v[2] ? Distribution.FIXED
                    : old == null || old.distribution() == Distribution.EMPIRICAL
                            || old.distribution() == Distribution.FIXED ? Distribution.TRIANGULAR : old.distribution();
            String unit = old == null ? RoiModel.DERIVED_UNITS.getOrDefault(e.getKey(), "") : old.unit();
            result = result.with(new Assumption(e.getKey(), v[0], v[1], v[2], unit,
                    distribution, "override", old == null ? "set in the notebook (no value in the data)"
                            : "set in the notebook (was " + old.low() + " / " + old.base() + " / " + old.high() + " from "
                                    + old.source() + ")"));
        }
        return result;
    }

    @Override
    public String toString() {
        return "Roi[" + engineer.id() + ", seed " + seed + ", overrides " + overrides.keySet() + "]";
    }
}
