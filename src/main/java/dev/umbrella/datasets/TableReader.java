package dev.umbrella.datasets;

import dev.umbrella.datasets.parse.CsvReader;
import dev.umbrella.datasets.parse.Malformed;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Reads one dataset file into a Tablesaw {@link Table} with the contract's column types: dates as
 * {@code DateColumn}, UTC instants as {@code DateTimeColumn} (UTC local date-times), integers,
 * doubles and booleans typed, empty cells missing. Values are parsed by hand (fixed formats written
 * by the build), which keeps loading the 89,000-row commits table fast enough for a notebook cell.
 */
final class TableReader {
    private TableReader() {}

    static Table read(Dataset dataset, String label, byte[] bytes) {
        var reader = new CsvReader(new String(bytes, StandardCharsets.UTF_8));
        String[] header = reader.next();
        if (header == null || !List.of(header).equals(dataset.header())) {
            throw new DatasetException(label, 1, "header is not " + String.join(",", dataset.header()));
        }
        List<Column> types = dataset.columns();
        var columns =
                new ArrayList<tech.tablesaw.columns.Column<?>>(); // named in full: the contract has its own Column
        for (Column c : types) {
            columns.add(create(c));
        }
        var scratch = new ArrayList<String>();
        try {
            for (String[] row; (row = reader.next(scratch)) != null; ) {
                if (row.length != types.size()) {
                    throw new DatasetException(
                            label,
                            reader.recordLine(),
                            "malformed row: " + row.length + " fields, expected " + types.size());
                }
                for (int i = 0; i < row.length; i++) {
                    append(columns.get(i), types.get(i), row[i], label, reader.recordLine());
                }
            }
        } catch (Malformed e) {
            throw DatasetException.at(label, e);
        }
        return Table.create(dataset.fileName().replace(".csv", ""), columns);
    }

    private static tech.tablesaw.columns.Column<?> create(Column c) {
        switch (c.type()) {
            case DATE:
                return DateColumn.create(c.name());
            case INSTANT:
                return DateTimeColumn.create(c.name());
            case INTEGER:
                return IntColumn.create(c.name());
            case DOUBLE:
                return DoubleColumn.create(c.name());
            case BOOLEAN:
                return BooleanColumn.create(c.name());
            default:
                return StringColumn.create(c.name());
        }
    }

    private static void append(
            tech.tablesaw.columns.Column<?> column, Column type, String value, String label, int line) {
        if (value.isEmpty() && type.type() != ColumnType.STRING) {
            column.appendMissing();
            return;
        }
        try {
            switch (type.type()) {
                case DATE:
                    ((DateColumn) column).append(date(value));
                    break;
                case INSTANT:
                    ((DateTimeColumn) column).append(instant(value));
                    break;
                case INTEGER:
                    ((IntColumn) column).append(Integer.parseInt(value));
                    break;
                case DOUBLE:
                    ((DoubleColumn) column).append(Double.parseDouble(value));
                    break;
                case BOOLEAN:
                    ((BooleanColumn) column).append(bool(value));
                    break;
                default:
                    ((StringColumn) column).append(value);
            }
        } catch (IllegalArgumentException | DateTimeException | IndexOutOfBoundsException e) {
            throw new DatasetException(
                    label,
                    line,
                    type.name() + ": cannot read '" + value + "' as "
                            + type.type().name().toLowerCase(Locale.ROOT));
        }
    }

    /** {@code YYYY-MM-DD}. */
    static LocalDate date(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            throw new IllegalArgumentException(s);
        }
        return LocalDate.of(number(s, 0, 4), number(s, 5, 2), number(s, 8, 2));
    }

    /** {@code YYYY-MM-DDTHH:MM:SSZ} as a UTC local date-time. */
    static LocalDateTime instant(String s) {
        if (s.length() != 20
                || s.charAt(10) != 'T'
                || s.charAt(19) != 'Z'
                || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            throw new IllegalArgumentException(s);
        }
        return LocalDateTime.of(
                date(s.substring(0, 10)), LocalTime.of(number(s, 11, 2), number(s, 14, 2), number(s, 17, 2)));
    }

    private static boolean bool(String s) {
        if (s.equals("true")) {
            return true;
        }
        if (s.equals("false")) {
            return false;
        }
        throw new IllegalArgumentException(s);
    }

    private static int number(String s, int from, int length) {
        int v = 0;
        for (int i = from; i < from + length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException(s);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
