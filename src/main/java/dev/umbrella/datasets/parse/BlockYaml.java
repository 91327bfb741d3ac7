package dev.umbrella.datasets.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fast reader for the plain block-style YAML the advisory databases write (PyYAML output and
 * rubysec's hand-written files), reading only the top-level keys a dataset needs and passing over
 * nested keys it never uses (such as OSV's long {@code versions} lists) without reading them. It
 * exists for speed: a full SnakeYAML parse of the 4,000 advisory files cost several times the rest
 * of the build. Lines are located once; text is only cut out of the lines that are read.
 *
 * <p>Understood: top-level mapping; nested block mappings and sequences by indentation
 * ({@code - key: value} items included); plain, single- and double-quoted one-line scalars; empty
 * {@code []}/{@code {}}; comments. Anything else (block scalars, flow collections, anchors, tags,
 * multi-line scalars in a wanted key) throws {@link Unsupported}, and {@link Yaml} parses that file
 * with SnakeYAML instead. Scalars stay strings; plain {@code null}/{@code ~}/empty become
 * {@code null}, as in {@link YamlTree}. {@code BlockYaml_ParityTest} compares both readers on every
 * raw advisory file. A little over 300 lines, kept as one class: every rule reads and moves the same cursor over the
 * same line table.
 */
final class BlockYaml {
    /** The document uses YAML this reader does not handle; parse it with SnakeYAML. */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(int line, String why) {
            super("line " + line + ": " + why, null, false, false);
        }
    }

    private final String text;
    private final Set<String> skipped;
    private final int[] starts;
    private final int[] ends;
    private final int count;
    private int at;
    /** A {@code - key: value} line read as a mapping: its key column stands in for its indentation. */
    private int itemLine = -1;

    private int itemColumn;

    private BlockYaml(String text, Set<String> skipped) {
        this.text = text;
        this.skipped = skipped;
        int lines = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        starts = new int[lines];
        ends = new int[lines];
        int from = 0;
        for (int i = 0; i < lines; i++) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            starts[i] = from;
            ends[i] = end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
            from = end + 1;
        }
        count = lines;
    }

    /** The wanted top-level keys of a block-style YAML mapping; nested {@code skipped} keys are left out. */
    static Map<String, Object> parse(String text, Set<String> keys, Set<String> skipped) {
        return new BlockYaml(text, skipped).document(keys);
    }

    static Map<String, Object> parse(String text, Set<String> keys) {
        return parse(text, keys, Set.of());
    }

    private Map<String, Object> document(Set<String> keys) {
        var map = new LinkedHashMap<String, Object>();
        skipBlank();
        if (at < count && line(at).equals("---")) {
            at++;
        }
        while (skipBlank()) {
            char first = text.charAt(starts[at]);
            if (first == ' ' || first == '-') {
                throw new Unsupported(at + 1, "unexpected indentation");
            }
            int colon = keyEnd(at, 0);
            String key = text.substring(starts[at], colon);
            if (!keys.contains(key)) {
                at++;
                while (at < count && (starts[at] == ends[at] || " -#".indexOf(text.charAt(starts[at])) >= 0)) {
                    at++;
                }
                continue;
            }
            map.put(key, value(text.substring(colon + 1, ends[at]), 0));
        }
        return map;
    }

    /** The value after {@code key:} on line {@code at}, for a key at column {@code keyColumn}. */
    private Object value(String rest, int keyColumn) {
        String inline = withoutComment(rest).strip();
        at++;
        if (!inline.isEmpty()) {
            if (skipBlank() && indent(at) > keyColumn) {
                throw new Unsupported(at + 1, "multi-line scalar");
            }
            return scalar(inline);
        }
        if (!skipBlank()) {
            return null;
        }
        int column = indent(at);
        boolean item = isItem(at, column);
        if (column > keyColumn || column == keyColumn && item) {
            return item ? sequence(column) : mapping(column);
        }
        return null;
    }

    private List<Object> sequence(int column) {
        var list = new ArrayList<>();
        while (skipBlank() && indent(at) == column && isItem(at, column)) {
            int contentStart = Math.min(starts[at] + column + 2, ends[at]);
            String content = text.substring(contentStart, ends[at]);
            if (content.isBlank()) {
                list.add(value("", column));
            } else if (content.startsWith("- ") || content.equals("-")) {
                throw new Unsupported(at + 1, "nested sequence on one line");
            } else if (startsMapping(content)) {
                itemLine = at; // read "- key: v" as a mapping at column + 2
                itemColumn = column + 2;
                list.add(mapping(column + 2));
            } else {
                list.add(value(content, column));
            }
        }
        return list;
    }

    private Map<String, Object> mapping(int column) {
        var map = new LinkedHashMap<String, Object>();
        while (skipBlank() && indent(at) == column && !isItem(at, column)) {
            int colon = keyEnd(at, column);
            String key = text.substring(starts[at] + column, colon);
            if (skipped.contains(key)) {
                skipValue(column);
                continue;
            }
            map.put(key, value(text.substring(colon + 1, ends[at]), column));
        }
        if (skipBlank() && indent(at) > column) {
            throw new Unsupported(at + 1, "unexpected indentation");
        }
        return map;
    }

    /** Passes over a key's value: the rest of its line and every deeper line (or sequence item at its column). */
    private void skipValue(int keyColumn) {
        at++;
        while (skipBlank()) {
            int indent = indent(at);
            if (indent > keyColumn || indent == keyColumn && isItem(at, keyColumn)) {
                at++;
            } else {
                return;
            }
        }
    }

    private Object scalar(String s) {
        char c = s.charAt(0);
        if (c == '\'') {
            return singleQuoted(s);
        }
        if (c == '"') {
            return doubleQuoted(s);
        }
        if (s.equals("[]")) {
            return List.of();
        }
        if (s.equals("{}")) {
            return Map.of();
        }
        if ("[{|>&*!%@`".indexOf(c) >= 0 || s.contains(": ") || s.endsWith(":")) {
            throw new Unsupported(at, "not a plain one-line scalar: " + s);
        }
        return s.equals("~") || s.equals("null") || s.equals("Null") || s.equals("NULL") ? null : s;
    }

    private String singleQuoted(String s) {
        var out = new StringBuilder();
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i++;
                    continue;
                }
                if (i != s.length() - 1) {
                    throw new Unsupported(at, "text after a quoted scalar");
                }
                return out.toString();
            }
            out.append(c);
        }
        throw new Unsupported(at, "multi-line quoted scalar");
    }

    private String doubleQuoted(String s) {
        var out = new StringBuilder();
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                if (i != s.length() - 1) {
                    throw new Unsupported(at, "text after a quoted scalar");
                }
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= s.length()) {
                break;
            }
            char e = s.charAt(i);
            switch (e) {
                case '\\':
                case '"':
                case '/':
                    out.append(e);
                    break;
                case 'n':
                    out.append('\n');
                    break;
                case 't':
                    out.append('\t');
                    break;
                case 'r':
                    out.append('\r');
                    break;
                case '0':
                    out.append('\0');
                    break;
                case 'u':
                    if (i + 4 >= s.length()) {
                        throw new Unsupported(at, "bad escape");
                    }
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                    break;
                default:
                    throw new Unsupported(at, "escape \\" + e);
            }
        }
        throw new Unsupported(at, "multi-line quoted scalar");
    }

    /** Absolute index of the colon ending a plain key that starts at {@code column} of line {@code i}. */
    private int keyEnd(int i, int column) {
        int from = starts[i] + column;
        int j = from;
        int end = ends[i];
        while (j < end && isKeyChar(text.charAt(j))) {
            j++;
        }
        if (j == from || j >= end || text.charAt(j) != ':' || (j + 1 < end && text.charAt(j + 1) != ' ')) {
            throw new Unsupported(i + 1, "not a plain key");
        }
        return j;
    }

    private static boolean startsMapping(String content) {
        int i = 0;
        while (i < content.length() && isKeyChar(content.charAt(i))) {
            i++;
        }
        return i > 0
                && i < content.length()
                && content.charAt(i) == ':'
                && (i + 1 == content.length() || content.charAt(i + 1) == ' ');
    }

    private static boolean isKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private boolean isItem(int i, int column) {
        if (i == itemLine) {
            return false;
        }
        int p = starts[i] + column;
        return p < ends[i] && text.charAt(p) == '-' && (p + 1 == ends[i] || text.charAt(p + 1) == ' ');
    }

    /** Moves past blank and comment lines; false at the end. Tabs in indentation are unsupported. */
    private boolean skipBlank() {
        while (at < count) {
            int p = starts[at];
            while (p < ends[at] && text.charAt(p) == ' ') {
                p++;
            }
            if (p < ends[at] && text.charAt(p) == '\t') {
                throw new Unsupported(at + 1, "tab indentation");
            }
            if (p < ends[at] && text.charAt(p) != '#') {
                return true;
            }
            at++;
        }
        return false;
    }

    private int indent(int i) {
        if (i == itemLine) {
            return itemColumn;
        }
        int p = starts[i];
        while (p < ends[i] && text.charAt(p) == ' ') {
            p++;
        }
        return p - starts[i];
    }

    private String line(int i) {
        return text.substring(starts[i], ends[i]);
    }

    private static String withoutComment(String s) {
        int hash = s.indexOf(" #");
        return hash < 0 || s.stripLeading().startsWith("'") || s.stripLeading().startsWith("\"")
                ? s
                : s.substring(0, hash);
    }
}
