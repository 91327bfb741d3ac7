package dev.umbrella.roi;

import dev.umbrella.model.Formats;
import dev.umbrella.model.TableBuilder;
import dev.umbrella.model.Tabular;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * One-way sensitivity of one method's ROI: ROI with each parameter at its low and at its high
 * value, all others at base; rows sorted by swing, largest first, so the top row is the parameter the result depends
 * on most. Empty when the method is not estimated.
 */
public record Tornado(String engineerId, Method method, double baseRoi, List<Row> rows) implements Tabular {

    /** One parameter's bar. */
    public record Row(
            String parameter,
            double low,
            double high,
            double roiAtLow,
            double roiAtHigh,
            double npvAtLow,
            double npvAtHigh) {
        public double swing() {
            return Math.abs(roiAtHigh - roiAtLow);
        }
    }

    public Tornado {
        rows = List.copyOf(rows);
    }

    static Tornado of(RoiModel model, Method method) {
        double[] base = model.baseValues();
        RoiResult atBase = model.result(base);
        if (!atBase.isEstimated(method)) {
            return new Tornado(model.engineerId(), method, Double.NaN, List.of());
        }
        List<Row> rows = new ArrayList<>();
        for (String name : model.parameters(method)) {
            Assumption a = model.assumptions().get(name);
            if (a.high() <= a.low()) {
                continue;
            }
            int i = model.indexOf(name);
            double[] v = base.clone();
            v[i] = a.low();
            RoiResult low = model.result(v);
            v[i] = a.high();
            RoiResult high = model.result(v);
            rows.add(new Row(
                    name, a.low(), a.high(), low.roi(method), high.roi(method), low.npv(method), high.npv(method)));
        }
        rows.sort(Comparator.comparingDouble(Row::swing).reversed().thenComparing(Row::parameter));
        return new Tornado(model.engineerId(), method, atBase.roi(method), rows);
    }

    public boolean isEstimated() {
        return !Double.isNaN(baseRoi);
    }

    /** Columns: parameter, low, high, roi_at_low, roi_at_high, npv_at_low, npv_at_high, swing. */
    @Override
    public Table toTable() {
        String title = engineerId + " tornado, " + method.label()
                + (isEstimated() ? " (base ROI " + Formats.percent(baseRoi) + ")" : ": not estimated");
        TableBuilder table = TableBuilder.named(title)
                .text("parameter")
                .number("low", "high", "roi_at_low", "roi_at_high", "npv_at_low", "npv_at_high", "swing");
        for (Row r : rows) {
            table.row(
                    r.parameter(),
                    r.low(),
                    r.high(),
                    r.roiAtLow(),
                    r.roiAtHigh(),
                    r.npvAtLow(),
                    r.npvAtHigh(),
                    r.swing());
        }
        return table.build();
    }

    @Override
    public String toString() {
        if (!isEstimated()) {
            return engineerId + " tornado, " + method.label() + ": not estimated";
        }
        StringBuilder text = new StringBuilder(
                engineerId + " tornado, " + method.label() + ", base ROI " + Formats.percent(baseRoi));
        for (Row r : rows) {
            text.append("\n  ")
                    .append(r.parameter())
                    .append(": ")
                    .append(Formats.percent(r.roiAtLow()))
                    .append(" .. ")
                    .append(Formats.percent(r.roiAtHigh()));
        }
        return text.toString();
    }
}
