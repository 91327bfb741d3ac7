package dev.umbrella.datasets.parse;

/**
 * Text these parsers cannot read, with the 1-based line of the problem (0 when it concerns the whole text).
 * The parsers do not know which file they read; the caller adds the file name (the datasets' {@code
 * DatasetException.at}) so the user sees one {@code file:line: message}.
 */
public final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;

    Malformed(int line, String message) {
        super(message, null, false, false); // thrown for bad input, never a bug: no stack trace to fill
        this.line = line;
    }

    /** The 1-based line, or 0 when the problem concerns the whole text. */
    public int line() {
        return line;
    }
}
