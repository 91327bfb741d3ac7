package dev.umbrella.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Builds a result's table a row at a time: declare the typed columns in order, then add one row per item with
 * its cells in the same order. Every {@link Tabular#toTable()} goes through it, so a result says which columns it
 * has and what goes in each row, not how Tablesaw columns are created and appended to.
 *
 * <pre>{@code
 * TableBuilder table = TableBuilder.named(title).text("entity").date("start", "end").number("value");
 * for (ReportedMetric r : rows) {
 *     table.row(r.entity(), r.periodStart(), r.periodEnd(), r.value());
 * }
 * return table.build();
 * }</pre>
 *
 * A {@code null} cell is a missing value. A cell of the wrong type, or a row with too few or too many cells, is a
 * programming error and fails at once with the column's name.
 */
public final class TableBuilder {
    private final String name;
    private final List<Column<?>> columns = new ArrayList<>();

    private TableBuilder(String name) {
        this.name = name;
    }

    /** A builder for a table with this name (the title the notebooks show above it). */
    public static TableBuilder named(String name) {
        return new TableBuilder(name);
    }

    /** Text columns, in this order. */
    public TableBuilder text(String... names) {
        return declare(names, StringColumn::create);
    }

    /** Number (double) columns, in this order; any {@link Number} cell is stored as its double value. */
    public TableBuilder number(String... names) {
        return declare(names, DoubleColumn::create);
    }

    /** Integer columns, in this order. */
    public TableBuilder integer(String... names) {
        return declare(names, IntColumn::create);
    }

    /** Date columns, in this order. */
    public TableBuilder date(String... names) {
        return declare(names, DateColumn::create);
    }

    /** Yes/no columns, in this order. */
    public TableBuilder bool(String... names) {
        return declare(names, BooleanColumn::create);
    }

    private TableBuilder declare(String[] names, Function<String, Column<?>> create) {
        for (String n : names) {
            columns.add(create.apply(n));
        }
        return this;
    }

    /** Appends one row: one cell per declared column, in the order the columns were declared. */
    public TableBuilder row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("table '" + name + "': a row has " + cells.length
                    + " cells but the table has " + columns.size() + " columns " + columnNames());
        }
        for (int i = 0; i < cells.length; i++) {
            append(columns.get(i), cells[i]);
        }
        return this;
    }

    /** The number of rows added so far. */
    public int rowCount() {
        return columns.isEmpty() ? 0 : columns.get(0).size();
    }

    /** The table with the rows added so far. */
    public Table build() {
        return Table.create(name, columns);
    }

    private void append(Column<?> column, Object cell) {
        if (cell == null) {
            column.appendMissing();
        } else if (column instanceof StringColumn text && cell instanceof String s) {
            text.append(s);
        } else if (column instanceof DoubleColumn number && cell instanceof Number n) {
            number.append(n.doubleValue());
        } else if (column instanceof IntColumn integer && cell instanceof Integer n) {
            integer.append(n.intValue());
        } else if (column instanceof DateColumn date && cell instanceof LocalDate d) {
            date.append(d);
        } else if (column instanceof BooleanColumn bool && cell instanceof Boolean b) {
            bool.append(b.booleanValue());
        } else {
            throw new IllegalArgumentException("table '" + name + "': column '" + column.name() + "' ("
                    + column.type().name().toLowerCase(Locale.ROOT) + ") cannot hold "
                    + cell.getClass().getSimpleName() + " " + cell);
        }
    }

    private List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }
}
