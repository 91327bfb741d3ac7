package dev.umbrella.datasets;

import dev.umbrella.datasets.parse.Malformed;

/**
 * Bad input for a dataset: a malformed row, an unparsable date, an unknown person id, a negative
 * amount, a changed checksum, a missing raw file. Names the file and, where there is one, the
 * 1-based line, so that {@code umbrella} can print one clear {@code file:line: message}.
 */
public final class DatasetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /** @param line 1-based line number, or 0 when the problem concerns the whole file */
    public DatasetException(String file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public DatasetException(String file, int line, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
    }

    /** What a parser found malformed, now naming the {@code file} it read. */
    public static DatasetException at(String file, Malformed e) {
        return new DatasetException(file, e.line(), e.getMessage(), e);
    }

    public String file() {
        return file;
    }

    /** The 1-based line, or 0 when the message concerns the whole file. */
    public int line() {
        return line;
    }

    /** {@code file:line: message}, or {@code file: message} without a line. */
    public String describe() {
        return file + (line > 0 ? ":" + line : "") + ": " + getMessage();
    }

    @Override
    public String toString() {
        return describe();
    }
}
