package dev.umbrella.present;

import dev.umbrella.model.Tabular;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table shown in a notebook or report: an escaped HTML table and a fixed-width text
 * version, both limited to {@code maxRows} rows (the first and last halves, like Tablesaw's own
 * {@code print()}), with an "n of N rows" note when rows are left out. Cell text comes from each
 * column's own print formatter, so a formatter a notebook sets is respected.
 */
public record TableView(Table table, int maxRows) {
    /** Rows shown by default: enough to see the shape, small enough for a slide. */
    public static final int DEFAULT_MAX_ROWS = 20;

    private static final int MAX_TEXT_CELL = 40;

    public TableView {
        if (table == null) {
            throw new IllegalArgumentException("table is null");
        }
        if (maxRows < 2) {
            throw new IllegalArgumentException("maxRows must be at least 2, was " + maxRows);
        }
    }

    public static TableView of(Table table) {
        return new TableView(table, DEFAULT_MAX_ROWS);
    }

    /** An analysis result shown through its table. */
    public static TableView of(Tabular result) {
        return of(result.toTable());
    }

    public TableView withMaxRows(int rows) {
        return new TableView(table, rows);
    }

    /** Rows actually shown, in order; {@code -1} marks the gap between head and tail. */
    List<Integer> shownRows() {
        int n = table.rowCount();
        var rows = new ArrayList<Integer>();
        if (n <= maxRows) {
            for (int r = 0; r < n; r++) {
                rows.add(r);
            }
            return rows;
        }
        int head = (maxRows + 1) / 2;
        int tail = maxRows - head;
        for (int r = 0; r < head; r++) {
            rows.add(r);
        }
        rows.add(-1);
        for (int r = n - tail; r < n; r++) {
            rows.add(r);
        }
        return rows;
    }

    /** "3 rows × 2 columns", or "20 of 1,234 rows × 5 columns" when rows are left out. */
    public String note() {
        int n = table.rowCount();
        String rows = n <= maxRows
                ? String.format(Locale.ROOT, "%,d %s", n, n == 1 ? "row" : "rows")
                : String.format(Locale.ROOT, "%,d of %,d rows", maxRows, n);
        int c = table.columnCount();
        return rows + String.format(Locale.ROOT, " × %,d %s", c, c == 1 ? "column" : "columns");
    }

    public String html() {
        var out = new StringBuilder();
        out.append("<div class=\"umbrella-table\">\n<table>\n");
        if (table.name() != null && !table.name().isBlank()) {
            out.append("<caption>").append(Html.escape(table.name())).append("</caption>\n");
        }
        out.append("<thead>\n<tr>");
        for (Column<?> column : table.columns()) {
            out.append("<th title=\"")
                    .append(Html.escape(column.type().name()))
                    .append('"')
                    .append(alignment(column))
                    .append('>')
                    .append(Html.escape(column.name()))
                    .append("</th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (int row : shownRows()) {
            if (row < 0) {
                out.append("<tr><td colspan=\"")
                        .append(table.columnCount())
                        .append("\" style=\"text-align:center\">…</td></tr>\n");
                continue;
            }
            out.append("<tr>");
            for (Column<?> column : table.columns()) {
                out.append("<td")
                        .append(alignment(column))
                        .append('>')
                        .append(Html.escape(column.getString(row)))
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n<p class=\"umbrella-note\"><small>")
                .append(Html.escape(note()))
                .append("</small></p>\n</div>");
        return out.toString();
    }

    /** Fixed-width text with numbers right-aligned; long values are cut with "…". */
    public String text() {
        var rows = shownRows();
        int columns = table.columnCount();
        var cells = new ArrayList<String[]>();
        var header = new String[columns];
        for (int c = 0; c < columns; c++) {
            header[c] = cut(table.column(c).name());
        }
        cells.add(header);
        for (int row : rows) {
            var line = new String[columns];
            for (int c = 0; c < columns; c++) {
                line[c] = row < 0 ? "…" : cut(table.column(c).getString(row));
            }
            cells.add(line);
        }
        int[] width = new int[columns];
        for (String[] line : cells) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], line[c].codePointCount(0, line[c].length()));
            }
        }
        var out = new StringBuilder();
        if (table.name() != null && !table.name().isBlank()) {
            out.append(table.name()).append('\n');
        }
        for (String[] line : cells) {
            var text = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                if (c > 0) {
                    text.append("  ");
                }
                text.append(pad(line[c], width[c], isNumeric(table.column(c))));
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
        return out.append(note()).toString();
    }

    private static String alignment(Column<?> column) {
        return isNumeric(column) ? " style=\"text-align:right\"" : "";
    }

    private static boolean isNumeric(Column<?> column) {
        ColumnType type = column.type();
        return type == ColumnType.DOUBLE
                || type == ColumnType.FLOAT
                || type == ColumnType.INTEGER
                || type == ColumnType.LONG
                || type == ColumnType.SHORT;
    }

    private static String cut(String value) {
        String oneLine = value == null ? "" : value.replace('\n', ' ').replace('\r', ' ');
        if (oneLine.codePointCount(0, oneLine.length()) <= MAX_TEXT_CELL) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, MAX_TEXT_CELL - 1)) + "…";
    }

    private static String pad(String value, int width, boolean right) {
        int missing = width - value.codePointCount(0, value.length());
        String spaces = " ".repeat(Math.max(0, missing));
        return right ? spaces + value : value + spaces;
    }
}
