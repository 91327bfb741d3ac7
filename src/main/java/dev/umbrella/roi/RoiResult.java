package dev.umbrella.roi;

import dev.umbrella.model.Formats;
import dev.umbrella.model.Tabular;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The ROI of one engineer's funding at one set of parameter values (methods.md §c1, Phillips): present values of
 * costs and of each monetised benefit, NPV = B − C, ROI = (B − C) / C, BCR = B / C. A benefit the data cannot
 * support is left out with its reason, never filled in; with no benefit at all, the result is insufficient.
 */
public record RoiResult(String engineerId, double months, double pvCost, double pvReplacement, double pvLossAvoided,
        List<String> missing, List<String> notes) implements Tabular {

    public RoiResult {
        missing = List.copyOf(missing);
        notes = List.copyOf(notes);
    }

    public boolean isSufficient() {
        return missing.size() < 2;
    }

    public double pvBenefit() {
        return pvReplacement + pvLossAvoided;
    }

    public double npv() {
        return pvBenefit() - pvCost;
    }

    public double roi() {
        return npv() / pvCost;
    }

    public double bcr() {
        return pvBenefit() / pvCost;
    }

    /** Columns: measure, value, unit. */
    @Override
    public Table toTable() {
        StringColumn measure = StringColumn.create("measure");
        DoubleColumn value = DoubleColumn.create("value");
        StringColumn unit = StringColumn.create("unit");
        if (!isSufficient()) {
            return Table.create(engineerId + " ROI", measure.append("insufficient data: " + String.join("; ", missing)),
                    value.appendMissing(), unit.append(""));
        }
        String bound = missing.isEmpty() ? "" : " (lower bound: a benefit is left out)";
        String[] names = {"months evaluated", "PV costs", "PV replacement cost of incremental security work",
            "PV expected loss avoided", "PV benefits" + bound, "NPV" + bound, "ROI" + bound,
            "benefit-cost ratio" + bound};
        double[] values = {months, pvCost, pvReplacement, pvLossAvoided, pvBenefit(), npv(), roi(), bcr()};
        String[] units = {"months", "USD", "USD", "USD", "USD", "USD", "ratio", "ratio"};
        for (int i = 0; i < names.length; i++) {
            measure.append(names[i]);
            value.append(values[i]);
            unit.append(units[i]);
        }
        return Table.create(engineerId + " ROI", measure, value, unit);
    }

    @Override
    public String toString() {
        if (!isSufficient()) {
            return engineerId + " ROI: insufficient data (" + String.join("; ", missing) + ")";
        }
        String text = String.format(Locale.ROOT, "%s ROI over %.0f months%s: %s (BCR %s, NPV %s USD; PV benefits %s ="
                + " replacement %s + loss avoided %s; PV costs %s)", engineerId, months,
                missing.isEmpty() ? "" : " (a lower bound: a benefit is left out)", Formats.percent(roi()),
                Formats.number(bcr()), Formats.number(npv()), Formats.number(pvBenefit()),
                Formats.number(pvReplacement), Formats.number(pvLossAvoided), Formats.number(pvCost));
        if (!missing.isEmpty()) {
            text += "\n  left out: " + String.join("; ", missing);
        }
        if (!notes.isEmpty()) {
            text += "\n  costs: " + String.join("; ", notes);
        }
        return text;
    }
}
