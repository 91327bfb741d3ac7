package dev.umbrella.datasets.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A small hand-curated CSV file read strictly: the header must be exactly the expected one, every
 * row must have as many fields as the header, and each row remembers the 1-based line it starts
 * on, so that every later check can name {@code file:line}. Blank lines are not allowed.
 */
public record CsvInput(List<Line> lines) {

    /** One data row and the line of the file it starts on. */
    public record Line(int number, String[] fields) {
        public String get(int i) {
            return fields[i];
        }
    }

    /** The rows of {@code text} under {@code expectedHeader}; throws {@link Malformed} naming the line otherwise. */
    public static CsvInput parse(String text, List<String> expectedHeader) {
        var reader = new CsvReader(text);
        var lines = new ArrayList<Line>();
        String[] header = reader.next();
        if (header == null) {
            throw new Malformed(1, "empty file; expected header " + String.join(",", expectedHeader));
        }
        if (!List.of(header).equals(expectedHeader)) {
            throw new Malformed(
                    1, "header is " + String.join(",", header) + "; expected " + String.join(",", expectedHeader));
        }
        var scratch = new ArrayList<String>();
        for (String[] fields; (fields = reader.next(scratch)) != null; ) {
            if (fields.length != expectedHeader.size()) {
                throw new Malformed(
                        reader.recordLine(),
                        "malformed row: " + fields.length + " fields, expected " + expectedHeader.size() + " ("
                                + String.join(",", expectedHeader) + ")");
            }
            lines.add(new Line(reader.recordLine(), fields));
        }
        return new CsvInput(List.copyOf(lines));
    }
}
