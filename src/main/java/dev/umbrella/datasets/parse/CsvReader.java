package dev.umbrella.datasets.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader over text already in memory: fields separated by commas, optionally
 * enclosed in double quotes (quotes doubled inside, line breaks allowed inside), records ended by
 * {@code \n} or {@code \r\n}. Hand-written rather than commons-csv because it runs on the hot paths
 * (the loader's 89,000 commit rows; every build in a fresh JVM), where it is several times faster
 * cold; {@code CsvReader_Rfc4180Test} pins its behaviour, including against commons-csv. Bad quoting throws
 * {@link Malformed} with the line.
 */
public final class CsvReader {
    private final String text;
    private int pos;
    private int line = 1;
    private int recordLine;
    /** Position of the next {@code "} / {@code ,} at or after the last search, -1 when there is none left. */
    private int nextQuote = -2;

    private int nextComma = -2;

    public CsvReader(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The line the last record returned by {@link #next} started on. */
    public int recordLine() {
        return recordLine;
    }

    /** The next record's fields, or null at the end of the text. A trailing line break ends the last record. */
    public String[] next(List<String> scratch) {
        if (pos >= text.length()) {
            return null;
        }
        recordLine = line;
        scratch.clear();
        if (plainLine(scratch)) {
            return scratch.toArray(new String[0]);
        }
        while (true) {
            String field = field();
            scratch.add(field);
            if (pos >= text.length()) {
                break;
            }
            char c = text.charAt(pos);
            if (c == ',') {
                pos++;
                if (pos >= text.length()) {
                    scratch.add("");
                    break;
                }
                continue;
            }
            if (c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                pos++;
            }
            if (text.charAt(pos) == '\n') {
                pos++;
                line++;
                break;
            }
            throw new Malformed(line, "malformed CSV: unexpected character after a quoted field");
        }
        return scratch.toArray(new String[0]);
    }

    /**
     * Fast path for a line without any double quote (all of commits.csv): cut at commas with
     * {@code indexOf}, which the JIT turns into vector code. Returns false, consuming nothing, when
     * the line has a quote and needs the full reader.
     */
    private boolean plainLine(List<String> out) {
        int end = text.indexOf('\n', pos);
        if (end < 0) {
            end = text.length();
        }
        if (nextQuote != -1 && nextQuote < pos) {
            nextQuote = text.indexOf('"', pos); // positions only grow, so each search is amortised over the text
        }
        if (nextQuote >= 0 && nextQuote < end) {
            return false;
        }
        int stop = end < text.length() && end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end;
        for (int from = pos; ; ) {
            if (nextComma != -1 && nextComma < from) {
                nextComma = text.indexOf(',', from);
            }
            if (nextComma < 0 || nextComma > stop) {
                out.add(text.substring(from, stop));
                break;
            }
            out.add(text.substring(from, nextComma));
            from = nextComma + 1;
        }
        pos = end + 1;
        if (end < text.length()) {
            line++;
        }
        return true;
    }

    public String[] next() {
        return next(new ArrayList<>());
    }

    private String field() {
        if (pos < text.length() && text.charAt(pos) == '"') {
            return quoted();
        }
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ',' || c == '\n' || (c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n')) {
                break;
            }
            if (c == '"') {
                throw new Malformed(line, "malformed CSV: a double quote inside an unquoted field");
            }
            pos++;
        }
        return text.substring(start, pos);
    }

    private String quoted() {
        int startLine = line;
        pos++;
        var out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    out.append('"');
                    pos++;
                    continue;
                }
                return out.toString();
            }
            if (c == '\n') {
                line++;
            }
            out.append(c);
        }
        throw new Malformed(startLine, "malformed CSV: quoted field is never closed");
    }
}
