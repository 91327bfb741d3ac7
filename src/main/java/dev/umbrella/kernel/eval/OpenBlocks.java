package dev.umbrella.kernel.eval;

/**
 * How deeply the end of some Java source is nested: braces, parentheses and brackets opened and not
 * yet closed, outside string and character literals, text blocks and comments. The kernel's
 * {@code is_complete} reply suggests four spaces per open block for the next line, as ipykernel
 * suggests an indent for an open Python block.
 */
public final class OpenBlocks {
    static final int INDENT = 4;

    private OpenBlocks() {}

    /** The number of open blocks at the end of {@code code} (never negative). */
    static int depth(String code) {
        int depth = 0;
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (code.startsWith("//", i)) {
                int end = code.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (code.startsWith("\"\"\"", i)) {
                int end = i + 3;
                while (true) {
                    end = code.indexOf("\"\"\"", end);
                    if (end < 0 || code.charAt(end - 1) != '\\') {
                        break;
                    }
                    end++;
                }
                i = end < 0 ? n : end + 3;
            } else if (c == '"' || c == '\'') {
                i = endOfLiteral(code, i + 1, c);
            } else {
                if (c == '{' || c == '(' || c == '[') {
                    depth++;
                } else if ((c == '}' || c == ')' || c == ']') && depth > 0) {
                    depth--;
                }
                i++;
            }
        }
        return depth;
    }

    /** The indent for the line after incomplete {@code code}: four spaces per open block, four for a continued statement. */
    public static String indent(String code) {
        return " ".repeat(INDENT * Math.max(1, depth(code)));
    }

    private static int endOfLiteral(String code, int from, char quote) {
        int i = from;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote || c == '\n') {
                return i + 1;
            } else {
                i++;
            }
        }
        return i;
    }
}
