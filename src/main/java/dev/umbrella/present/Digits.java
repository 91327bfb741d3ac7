package dev.umbrella.present;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.function.DoubleFunction;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * How many digits a table shows: a print format on a column, so the number stays exact in the table and only its
 * display is rounded. Root-locale symbols, so the output is the same on every machine.
 */
final class Digits {
    private Digits() {}

    /** Shows at most {@code digits} decimals (trailing zeros dropped), with thousands separators. */
    static DoubleColumn upTo(DoubleColumn column, int digits) {
        column.setPrintFormatter(
                new DecimalFormat("#,##0." + "#".repeat(digits), DecimalFormatSymbols.getInstance(Locale.ROOT)), "");
        return column;
    }

    /** Shows every value as {@link Readable} writes it (the values stay exact; only their display changes). */
    static DoubleColumn as(DoubleColumn column, DoubleFunction<String> format) {
        column.setPrintFormatter(new NumberColumnFormatter() {
            @Override
            public String format(double value) {
                return Double.isNaN(value) ? "" : format.apply(value);
            }
        });
        return column;
    }

    /** Shows exactly {@code digits} decimals, with thousands separators. */
    static DoubleColumn fixed(DoubleColumn column, int digits) {
        String pattern = digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits);
        column.setPrintFormatter(new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)), "");
        return column;
    }
}
