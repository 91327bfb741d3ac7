package dev.umbrella.datasets;

import java.util.ArrayList;
import java.util.List;

/**
 * A small hand-curated CSV file read strictly: the header must be exactly the expected one, every
 * row must have as many fields as the header, and each row remembers the 1-based line it starts
 * on, so that every later check can name {@code file:line}. Blank lines are not allowed.
 */
record CsvInput(String file, List<Line> lines) {

    /** One data row and the line of the file it starts on. */
    record Line(int number, String[] fields) {
        String get(int i) {
            return fields[i];
        }
    }

    static CsvInput parse(String file, String text, List<String> expectedHeader) {
        var reader = new CsvReader(text);
        var lines = new ArrayList<Line>();
        try {
            String[] header = reader.next();
            if (header == null) {
                throw new DatasetException(file, 1, "empty file; expected header " + String.join(",", expectedHeader));
            }
            if (!List.of(header).equals(expectedHeader)) {
                throw new DatasetException(file, 1, "header is " + String.join(",", header) + "; expected " + String.join(",", expectedHeader));
            }
            var scratch = new ArrayList<String>();
            for (String[] fields; (fields = reader.next(scratch)) != null; ) {
                if (fields.length != expectedHeader.size()) {
                    throw new DatasetException(file, reader.recordLine(), "malformed row: " + fields.length + " fields, expected "
                            + expectedHeader.size() + " (" + String.join(",", expectedHeader) + ")");
                }
                lines.add(new Line(reader.recordLine(), fields));
            }
        } catch (CsvReader.Malformed e) {
            throw new DatasetException(file, e.line, "malformed CSV: " + e.getMessage());
        }
        return new CsvInput(file, List.copyOf(lines));
    }
}
