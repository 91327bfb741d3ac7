package dev.umbrella.datasets.build;

import dev.umbrella.datasets.DatasetException;
import dev.umbrella.datasets.parse.CsvInput;
import dev.umbrella.datasets.parse.Malformed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One row of a curated file with the checks the build applies to its fields. Every failed check
 * names the file, the row's line and the column.
 */
final class CuratedRow {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final String file;
    private final CsvInput.Line line;
    private final List<String> header;

    CuratedRow(String file, CsvInput.Line line, List<String> header) {
        this.file = file;
        this.line = line;
        this.header = header;
    }

    /** The rows of a curated CSV {@code file} under {@code header}, or a {@link DatasetException} naming its line. */
    static CsvInput csv(String file, String text, List<String> header) {
        try {
            return CsvInput.parse(text, header);
        } catch (Malformed e) {
            throw DatasetException.at(file, e);
        }
    }

    int lineNumber() {
        return line.number();
    }

    String[] fields() {
        return line.fields();
    }

    String text(String column) {
        return line.get(header.indexOf(column));
    }

    String required(String column) {
        String v = text(column);
        if (v.isBlank()) {
            throw fail(column + " is empty");
        }
        return v;
    }

    String oneOf(String column, Collection<String> allowed) {
        String v = text(column);
        if (!allowed.contains(v)) {
            throw fail(column + " must be one of "
                    + String.join(", ", allowed.stream().sorted().toList()) + ", not '" + v + "'");
        }
        return v;
    }

    /** A {@code YYYY-MM-DD} date; null when empty and {@code optional}. */
    LocalDate date(String column, boolean optional) {
        String v = text(column);
        if (v.isEmpty() && optional) {
            return null;
        }
        try {
            if (v.length() != 10) {
                throw new DateTimeParseException("not YYYY-MM-DD", v, 0);
            }
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw fail(column + " is not a date YYYY-MM-DD: '" + v + "'");
        }
    }

    void ordered(String startColumn, LocalDate start, String endColumn, LocalDate end) {
        if (start != null && end != null && start.isAfter(end)) {
            throw fail(startColumn + " " + start + " is after " + endColumn + " " + end);
        }
    }

    /** {@code true} or {@code false}; null when empty and {@code optional}. */
    Boolean bool(String column, boolean optional) {
        String v = text(column);
        if (v.isEmpty() && optional) {
            return null;
        }
        if (!v.equals("true") && !v.equals("false")) {
            throw fail(column + " must be true or false, not '" + v + "'");
        }
        return Boolean.valueOf(v);
    }

    /** A plain decimal number ({@code 144000}, {@code 0.25}); null when empty and {@code optional}. */
    Double number(String column, boolean optional) {
        String v = text(column);
        if (v.isEmpty() && optional) {
            return null;
        }
        if (!NUMBER.matcher(v).matches()) {
            throw fail(column + " is not a plain number (digits, optional '-' and '.'): '" + v + "'");
        }
        return Double.valueOf(v);
    }

    double nonNegative(String column, Double value) {
        if (value != null && value < 0) {
            throw fail(column + " is negative: " + text(column));
        }
        return value == null ? 0 : value;
    }

    /** A {@code ;}-separated list of sources with no empty item. */
    void sources(String column) {
        String v = required(column);
        for (String item : v.split(";", -1)) {
            if (item.isBlank()) {
                throw fail(column + " has an empty item: '" + v + "'");
            }
        }
    }

    String person(String column, Set<String> people, boolean optional) {
        String v = text(column);
        if (v.isEmpty() && optional) {
            return v;
        }
        if (!people.contains(v)) {
            throw fail("unknown person id '" + v + "' in " + column + "; known: "
                    + String.join(", ", people.stream().sorted().toList()));
        }
        return v;
    }

    DatasetException fail(String message) {
        return new DatasetException(file, line.number(), message);
    }
}
