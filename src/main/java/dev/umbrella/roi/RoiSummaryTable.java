package dev.umbrella.roi;

import dev.umbrella.estimate.Interval;
import dev.umbrella.model.Inputs;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The ROI of every engineer side by side, at base and by Monte Carlo, with what was left out and why. */
public final class RoiSummaryTable {
    private RoiSummaryTable() {}

    /**
     * Columns: engineer, months, pv_costs, pv_benefits, npv, roi, bcr, mc_median_roi, mc_roi_lower, mc_roi_upper,
     * p_roi_positive, left_out. Every engineer gets the same seed and number of draws.
     */
    public static Table of(Inputs inputs, long seed, int draws) {
        StringColumn engineer = StringColumn.create("engineer");
        IntColumn months = IntColumn.create("months");
        StringColumn leftOut = StringColumn.create("left_out");
        String[] names = {"pv_costs", "pv_benefits", "npv", "roi", "bcr", "mc_median_roi", "mc_roi_lower",
            "mc_roi_upper", "p_roi_positive"};
        Table table = Table.create("ROI by engineer (seed " + seed + ", " + draws + " draws)", engineer, months);
        for (String name : names) {
            table.addColumns(DoubleColumn.create(name));
        }
        table.addColumns(leftOut);
        for (String id : inputs.engineers().keySet()) {
            Roi roi = Roi.of(inputs, id).seed(seed);
            RoiResult base = roi.evaluate();
            engineer.append(id);
            months.append((int) base.months());
            leftOut.append(String.join("; ", base.missing()));
            double[] values = new double[names.length];
            java.util.Arrays.fill(values, Double.NaN);
            if (base.isSufficient()) {
                Simulation simulation = roi.simulate(draws);
                Interval interval = simulation.interval("roi");
                values = new double[] {base.pvCost(), base.pvBenefit(), base.npv(), base.roi(), base.bcr(),
                    simulation.median("roi"), interval.lower(), interval.upper(), simulation.probabilityPositive()};
            }
            for (int i = 0; i < names.length; i++) {
                table.doubleColumn(names[i]).append(values[i]);
            }
        }
        return table;
    }
}
