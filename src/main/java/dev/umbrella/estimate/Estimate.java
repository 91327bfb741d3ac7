package dev.umbrella.estimate;

import dev.umbrella.model.Formats;
import dev.umbrella.model.Tabular;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One estimated quantity with its interval and how it was obtained, or an explicit "insufficient data" answer
 * with the reason. An insufficient estimate has no number: {@link #value()} throws rather than return one.
 *
 * @param months the number of monthly observations behind the value
 * @param method how the interval was computed, e.g. "moving-block bootstrap, block 3, 2000 reps, seed 7"
 * @param insufficient empty when the estimate exists, otherwise why the data cannot support it
 */
public record Estimate(String label, double value, Interval interval, int months, String method, String insufficient)
        implements Tabular {

    public static Estimate of(String label, double value, Interval interval, int months, String method) {
        return new Estimate(label, value, interval, months, method, "");
    }

    public static Estimate insufficient(String label, String reason) {
        return new Estimate(label, Double.NaN, null, 0, "", reason);
    }

    public boolean isSufficient() {
        return insufficient.isEmpty();
    }

    /** The point estimate; throws {@link IllegalStateException} with the reason when the data cannot support one. */
    @Override
    public double value() {
        if (!isSufficient()) {
            throw new IllegalStateException("insufficient data for " + label + ": " + insufficient);
        }
        return value;
    }

    /** The interval; throws like {@link #value()} when insufficient. */
    @Override
    public Interval interval() {
        value();
        return interval;
    }

    /** Appends this estimate as one row to columns created by {@link #emptyTable(String)}. */
    void appendTo(Table table) {
        table.stringColumn("estimate").append(label);
        table.doubleColumn("value").append(isSufficient() ? value : Double.NaN);
        table.doubleColumn("lower").append(isSufficient() ? interval.lower() : Double.NaN);
        table.doubleColumn("upper").append(isSufficient() ? interval.upper() : Double.NaN);
        table.intColumn("months").append(months);
        table.stringColumn("method").append(method);
        table.stringColumn("note").append(isSufficient() ? "" : "insufficient data: " + insufficient);
    }

    static Table emptyTable(String name) {
        return Table.create(name, StringColumn.create("estimate"), DoubleColumn.create("value"),
                DoubleColumn.create("lower"), DoubleColumn.create("upper"), IntColumn.create("months"),
                StringColumn.create("method"), StringColumn.create("note"));
    }

    @Override
    public Table toTable() {
        Table table = emptyTable(label);
        appendTo(table);
        return table;
    }

    @Override
    public String toString() {
        if (!isSufficient()) {
            return label + ": insufficient data (" + insufficient + ")";
        }
        return String.format(Locale.ROOT, "%s: %s %s %.0f%% CI (%s; %d months)", label, Formats.number(value),
                interval, interval.level() * 100, method, months);
    }
}
