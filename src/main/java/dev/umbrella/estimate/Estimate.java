package dev.umbrella.estimate;

import dev.umbrella.model.Formats;
import dev.umbrella.model.TableBuilder;
import dev.umbrella.model.Tabular;
import java.util.List;
import java.util.Locale;
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

    /** The value as a table cell: NaN (missing) when insufficient, rather than the exception of {@link #value()}. */
    public double valueOrNaN() {
        return isSufficient() ? value : Double.NaN;
    }

    /** The interval's lower bound as a table cell: NaN (missing) when insufficient. */
    public double lowerOrNaN() {
        return isSufficient() ? interval.lower() : Double.NaN;
    }

    /** The interval's upper bound as a table cell: NaN (missing) when insufficient. */
    public double upperOrNaN() {
        return isSufficient() ? interval.upper() : Double.NaN;
    }

    /** Estimates as the rows of one table: estimate, value, lower, upper, months, method, note. */
    static Table table(String name, List<Estimate> estimates) {
        TableBuilder table = TableBuilder.named(name)
                .text("estimate")
                .number("value", "lower", "upper")
                .integer("months")
                .text("method", "note");
        for (Estimate e : estimates) {
            table.row(
                    e.label,
                    e.valueOrNaN(),
                    e.lowerOrNaN(),
                    e.upperOrNaN(),
                    e.months,
                    e.method,
                    e.isSufficient() ? "" : "insufficient data: " + e.insufficient);
        }
        return table.build();
    }

    @Override
    public Table toTable() {
        return table(label, List.of(this));
    }

    @Override
    public String toString() {
        if (!isSufficient()) {
            return label + ": insufficient data (" + insufficient + ")";
        }
        return String.format(
                Locale.ROOT,
                "%s: %s %s %.0f%% CI (%s; %d months)",
                label,
                Formats.number(value),
                interval,
                interval.level() * 100,
                method,
                months);
    }
}
