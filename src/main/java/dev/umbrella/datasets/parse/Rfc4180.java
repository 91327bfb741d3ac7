package dev.umbrella.datasets.parse;

import java.util.List;

/**
 * Writes CSV as the data contract asks: fields quoted only where RFC 4180 needs it (a comma, a
 * double quote or a line break inside), quotes doubled, rows ended by {@code \n}.
 */
public final class Rfc4180 {
    private Rfc4180() {}

    public static void appendRow(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendField(out, fields.get(i));
        }
        out.append('\n');
    }

    public static void appendRow(StringBuilder out, String[] fields) {
        appendRow(out, List.of(fields));
    }

    static void appendField(StringBuilder out, String field) {
        if (!needsQuotes(field)) {
            out.append(field);
            return;
        }
        out.append('"');
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    private static boolean needsQuotes(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
