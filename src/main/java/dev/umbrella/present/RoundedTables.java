package dev.umbrella.present;

import dev.umbrella.model.Tabular;
import dev.umbrella.roi.Simulation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Tables with their numbers written for people ({@link Tables#rounded(Table, int)}): by a row's unit or measure when
 * it says one, else by the column's name.
 */
final class RoundedTables {
    private RoundedTables() {}

    /**
     * A copy of the table with its numbers written for people; {@code draws > 0} writes "P(...)" rows as shares
     * of the draws ("&lt; 0.1%", "0 of 100,000 draws").
     */
    static Table rounded(Table table, int digits, int draws) {
        Table copy = table.copy();
        StringColumn unit =
                copy.columnNames().contains("unit") && copy.column("unit") instanceof StringColumn u ? u : null;
        StringColumn measure =
                copy.columnNames().contains("measure") && copy.column("measure") instanceof StringColumn m ? m : null;
        for (int c = 0; c < copy.columnCount(); c++) {
            if (!(copy.column(c) instanceof DoubleColumn column)) {
                continue;
            }
            if (unit != null || measure != null) {
                StringColumn text = StringColumn.create(column.name());
                for (int r = 0; r < column.size(); r++) {
                    text.append(byRow(
                            column.get(r),
                            unit == null ? "" : unit.get(r),
                            measure == null ? "" : measure.get(r),
                            digits,
                            draws));
                }
                copy.replaceColumn(c, text);
            } else {
                String name = column.name().toLowerCase(Locale.ROOT);
                if (name.endsWith("_usd") || name.equals("npv") || name.startsWith("pv_")) {
                    Digits.as(column, Readable::dollars);
                } else if (name.startsWith("roi")) {
                    Digits.as(column, Readable::roi);
                } else {
                    Digits.as(column, v -> Readable.number(roundTo(v, digits)));
                }
            }
        }
        return copy;
    }

    private static String byRow(Double value, String unit, String measure, int digits, int draws) {
        if (value == null || Double.isNaN(value)) {
            return "";
        }
        String m = measure.toLowerCase(Locale.ROOT);
        // "USD per advisory" (a break-even's unit) is money too
        if ("USD".equalsIgnoreCase(unit)
                || unit.startsWith("USD ")
                || m.equals("npv")
                || m.startsWith("pv_")
                || m.startsWith("pv ")) {
            return Readable.dollars(value);
        }
        if (m.startsWith("p(") && draws > 0) {
            return Readable.probability(value, draws);
        }
        if (m.equals("roi") || m.startsWith("roi ")) {
            return Readable.roi(value);
        }
        if ("share".equals(unit) || "probability".equals(unit)) {
            return Readable.breakEven(value, unit);
        }
        return Readable.number(Math.abs(value) < Math.pow(10, -digits) ? value : roundTo(value, digits));
    }

    /** At most {@code digits} decimals, before {@link Readable#number} keeps two significant digits. */
    private static double roundTo(double value, int digits) {
        return Double.isFinite(value)
                ? new BigDecimal(value).setScale(digits, RoundingMode.HALF_EVEN).doubleValue()
                : value;
    }

    static Table rounded(Tabular result, int digits) {
        return rounded(result.toTable(), digits, result instanceof Simulation s ? s.draws() : 0);
    }
}
