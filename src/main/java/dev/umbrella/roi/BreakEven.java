package dev.umbrella.roi;

import dev.umbrella.model.Formats;
import dev.umbrella.model.Tabular;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The value of one parameter at which NPV = 0 (so ROI = 0 and BCR = 1), all others at base: "funding pays for
 * itself as long as X stays above this". By default for the tornado's top parameter, the one the result depends
 * on most. Found by scanning for a sign change and refining with Brent's method.
 *
 * @param value NaN when NPV does not change sign over the searched range (see {@code note})
 */
public record BreakEven(String engineerId, String parameter, double value, Assumption assumption, String note)
        implements Tabular {

    static BreakEven solve(RoiModel model, String name) {
        Assumption a = model.assumptions().get(name);
        if (!model.usedParameters().contains(name)) {
            return new BreakEven(model.engineerId(), name, Double.NaN, a, "the model does not use " + name
                    + " (left out: " + String.join("; ", model.missing()) + ")");
        }
        int index = RoiModel.PARAMETERS.indexOf(name);
        double[] v = model.baseValues();
        java.util.function.DoubleUnaryOperator npv = x -> {
            v[index] = x;
            RoiResult r = model.result(v);
            // Where costs vanish too (a zero wage or a zero-length evaluation) NPV = 0 says nothing: skip it.
            return r.pvCost() > 0 ? r.npv() : Double.NaN;
        };
        List<Double> grid = grid(a);
        for (int k = 1; k < grid.size(); k++) {
            double x0 = grid.get(k - 1);
            double x1 = grid.get(k);
            double f0 = npv.applyAsDouble(x0);
            double f1 = npv.applyAsDouble(x1);
            if (Double.isNaN(f0) || Double.isNaN(f1)) {
                continue;
            }
            if (f0 == 0) {
                return new BreakEven(model.engineerId(), name, x0, a, "");
            }
            if (Math.signum(f0) != Math.signum(f1)) {
                double root = new BrentSolver(1e-12 * Math.max(1, Math.abs(x1)))
                        .solve(200, npv::applyAsDouble, x0, x1);
                return new BreakEven(model.engineerId(), name, root, a, "");
            }
        }
        double sign = npv.applyAsDouble(a.base());
        return new BreakEven(model.engineerId(), name, Double.NaN, a, "NPV stays " + (sign > 0 ? "positive" : "negative")
                + " for " + name + " from " + Formats.number(grid.get(0)) + " to "
                + Formats.number(grid.get(grid.size() - 1)));
    }

    /** Increasing search points: the natural domain of the parameter, densely around its range. */
    private static List<Double> grid(Assumption a) {
        boolean bounded = a.unit().equals("share") || a.unit().equals("probability");
        double span = Math.max(Math.max(Math.abs(a.low()), Math.abs(a.high())), 1e-12);
        double min = a.low() < 0 ? a.low() - 1000 * span : 0;
        double max = bounded ? 1 : Math.max(a.high(), span) * 1e9;
        List<Double> grid = new ArrayList<>();
        int linear = 400;
        double top = bounded ? 1 : Math.max(a.high(), span);
        for (int k = 0; k <= linear; k++) {
            grid.add(min + (top - min) * k / linear);
        }
        for (double x = top * 1.25; x <= max; x *= 1.25) {
            grid.add(x);
        }
        return grid;
    }

    public boolean exists() {
        return !Double.isNaN(value);
    }

    @Override
    public Table toTable() {
        DoubleColumn breakEven = DoubleColumn.create("break_even");
        if (exists()) {
            breakEven.append(value);
        } else {
            breakEven.appendMissing();
        }
        return Table.create(engineerId + " break-even", StringColumn.create("parameter", parameter), breakEven,
                DoubleColumn.create("low", a().low()), DoubleColumn.create("base", a().base()),
                DoubleColumn.create("high", a().high()), StringColumn.create("unit", a().unit()),
                StringColumn.create("note", note));
    }

    private Assumption a() {
        return assumption;
    }

    @Override
    public String toString() {
        if (!exists()) {
            return engineerId + " break-even of " + parameter + ": none (" + note + ")";
        }
        return engineerId + " break-even: NPV = 0 at " + parameter + " = " + Formats.number(value) + " "
                + assumption.unit() + " (assumed " + Formats.number(assumption.low()) + " .. "
                + Formats.number(assumption.base()) + " .. " + Formats.number(assumption.high()) + ")";
    }
}
