package dev.umbrella.roi;

import dev.umbrella.model.Formats;
import dev.umbrella.model.Tabular;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One-way sensitivity (methods.md §c6): ROI with each parameter at its low and at its high value, all others at
 * base; rows sorted by swing, largest first, so the top row is the most influential ("most uncertain")
 * parameter.
 */
public record Tornado(String engineerId, double baseRoi, List<Row> rows) implements Tabular {

    /** One parameter's bar. */
    public record Row(String parameter, double low, double high, double roiAtLow, double roiAtHigh, double npvAtLow,
            double npvAtHigh) {
        public double swing() {
            return Math.abs(roiAtHigh - roiAtLow);
        }
    }

    public Tornado {
        rows = List.copyOf(rows);
    }

    static Tornado of(RoiModel model) {
        double[] base = model.baseValues();
        double baseRoi = model.result(base).roi();
        List<Row> rows = new ArrayList<>();
        for (String name : model.usedParameters()) {
            Assumption a = model.assumptions().get(name);
            if (a.high() <= a.low()) {
                continue;
            }
            int i = RoiModel.PARAMETERS.indexOf(name);
            double[] v = base.clone();
            v[i] = a.low();
            RoiResult atLow = model.result(v);
            v[i] = a.high();
            RoiResult atHigh = model.result(v);
            rows.add(new Row(name, a.low(), a.high(), atLow.roi(), atHigh.roi(), atLow.npv(), atHigh.npv()));
        }
        rows.sort(Comparator.comparingDouble(Row::swing).reversed().thenComparing(Row::parameter));
        return new Tornado(model.engineerId(), baseRoi, rows);
    }

    /** Columns: parameter, low, high, roi_at_low, roi_at_high, npv_at_low, npv_at_high, swing. */
    @Override
    public Table toTable() {
        StringColumn parameter = StringColumn.create("parameter");
        DoubleColumn low = DoubleColumn.create("low");
        DoubleColumn high = DoubleColumn.create("high");
        DoubleColumn roiLow = DoubleColumn.create("roi_at_low");
        DoubleColumn roiHigh = DoubleColumn.create("roi_at_high");
        DoubleColumn npvLow = DoubleColumn.create("npv_at_low");
        DoubleColumn npvHigh = DoubleColumn.create("npv_at_high");
        DoubleColumn swing = DoubleColumn.create("swing");
        for (Row r : rows) {
            parameter.append(r.parameter());
            low.append(r.low());
            high.append(r.high());
            roiLow.append(r.roiAtLow());
            roiHigh.append(r.roiAtHigh());
            npvLow.append(r.npvAtLow());
            npvHigh.append(r.npvAtHigh());
            swing.append(r.swing());
        }
        return Table.create(engineerId + " tornado (base ROI " + Formats.percent(baseRoi) + ")", parameter, low, high,
                roiLow, roiHigh, npvLow, npvHigh, swing);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(engineerId + " tornado, base ROI " + Formats.percent(baseRoi));
        for (Row r : rows) {
            text.append("\n  ").append(r.parameter()).append(": ").append(Formats.percent(r.roiAtLow()))
                    .append(" .. ").append(Formats.percent(r.roiAtHigh()));
        }
        return text.toString();
    }
}
