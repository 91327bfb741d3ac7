package dev.umbrella.datasets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fast reader for the plain block-style YAML the advisory databases write (PyYAML output and
 * rubysec's hand-written files), reading only the top-level keys a dataset needs. It exists for
 * speed: a full SnakeYAML parse of the 4,000 advisory files costs several times the rest of the
 * build, mostly on {@code details} prose and long {@code versions} lists no column uses.
 *
 * <p>Understood: top-level mapping; nested block mappings and sequences by indentation
 * ({@code - key: value} items included); plain, single- and double-quoted one-line scalars; empty
 * {@code []}/{@code {}}; comments. Anything else (block scalars, flow collections, anchors, tags,
 * multi-line scalars in a wanted key) throws {@link Unsupported}, and the caller parses that file
 * with SnakeYAML instead. Scalars stay strings; plain {@code null}/{@code ~}/empty become
 * {@code null}, as in {@link YamlTree}. {@code BlockYaml_ParityTest} compares both readers on every
 * raw advisory file.
 */
final class BlockYaml {
    /** The document uses YAML this reader does not handle; parse it with SnakeYAML. */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(int line, String why) {
            super("line " + line + ": " + why, null, false, false);
        }
    }

    private final String[] lines;
    private int at;

    private BlockYaml(String text) {
        this.lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].endsWith("\r")) {
                lines[i] = lines[i].substring(0, lines[i].length() - 1);
            }
        }
    }

    /** The wanted top-level keys of a block-style YAML mapping. */
    static Map<String, Object> parse(String text, Set<String> keys) {
        return new BlockYaml(text).document(keys);
    }

    private Map<String, Object> document(Set<String> keys) {
        var map = new LinkedHashMap<String, Object>();
        skipBlank();
        if (at < lines.length && lines[at].equals("---")) {
            at++;
        }
        while (skipBlank()) {
            String line = lines[at];
            if (line.charAt(0) == ' ' || line.charAt(0) == '-') {
                throw new Unsupported(at + 1, "unexpected indentation");
            }
            int colon = keyEnd(line, 0);
            String key = line.substring(0, colon);
            if (!keys.contains(key)) {
                at++;
                while (at < lines.length && (lines[at].isEmpty() || lines[at].charAt(0) == ' ' || lines[at].charAt(0) == '-'
                        || lines[at].charAt(0) == '#')) {
                    at++;
                }
                continue;
            }
            map.put(key, value(line.substring(colon + 1), 0));
        }
        return map;
    }

    /** The value after {@code key:} on line {@code at}, for a key at column {@code keyColumn}. */
    private Object value(String rest, int keyColumn) {
        String inline = withoutComment(rest).strip();
        at++;
        if (!inline.isEmpty()) {
            if (skipBlank() && indent(lines[at]) > keyColumn) {
                throw new Unsupported(at + 1, "multi-line scalar");
            }
            return scalar(inline);
        }
        if (!skipBlank()) {
            return null;
        }
        String next = lines[at];
        int column = indent(next);
        boolean item = isItem(next, column);
        if (column > keyColumn || column == keyColumn && item) {
            return item ? sequence(column) : mapping(column);
        }
        return null;
    }

    private List<Object> sequence(int column) {
        var list = new ArrayList<>();
        while (skipBlank() && indent(lines[at]) == column && isItem(lines[at], column)) {
            String line = lines[at];
            String content = line.length() > column + 1 ? line.substring(column + 2) : "";
            if (content.isBlank()) {
                list.add(value("", column));
            } else if (content.startsWith("- ") || content.equals("-")) {
                throw new Unsupported(at + 1, "nested sequence on one line");
            } else if (startsMapping(content)) {
                lines[at] = " ".repeat(column + 2) + content; // read "- key: v" as a mapping at column + 2
                list.add(mapping(column + 2));
            } else {
                list.add(value(content, column));
            }
        }
        return list;
    }

    private Map<String, Object> mapping(int column) {
        var map = new LinkedHashMap<String, Object>();
        while (skipBlank() && indent(lines[at]) == column && !isItem(lines[at], column)) {
            String line = lines[at];
            int colon = keyEnd(line, column);
            map.put(line.substring(column, colon), value(line.substring(colon + 1), column));
        }
        if (skipBlank() && indent(lines[at]) > column) {
            throw new Unsupported(at + 1, "unexpected indentation");
        }
        return map;
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
                case '\\': case '"': case '/': out.append(e); break;
                case 'n': out.append('\n'); break;
                case 't': out.append('\t'); break;
                case 'r': out.append('\r'); break;
                case '0': out.append('\0'); break;
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

    /** Index of the colon ending a plain key that starts at {@code column}. */
    private int keyEnd(String line, int column) {
        int i = column;
        while (i < line.length() && isKeyChar(line.charAt(i))) {
            i++;
        }
        if (i == column || i >= line.length() || line.charAt(i) != ':' || (i + 1 < line.length() && line.charAt(i + 1) != ' ')) {
            throw new Unsupported(at + 1, "not a plain key");
        }
        return i;
    }

    private static boolean startsMapping(String content) {
        int i = 0;
        while (i < content.length() && isKeyChar(content.charAt(i))) {
            i++;
        }
        return i > 0 && i < content.length() && content.charAt(i) == ':' && (i + 1 == content.length() || content.charAt(i + 1) == ' ');
    }

    private static boolean isKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean isItem(String line, int column) {
        return line.length() > column && line.charAt(column) == '-' && (line.length() == column + 1 || line.charAt(column + 1) == ' ');
    }

    /** Moves past blank and comment lines; false at the end. Tabs in indentation are unsupported. */
    private boolean skipBlank() {
        while (at < lines.length) {
            String line = lines[at];
            int i = indent(line);
            if (i < line.length() && line.charAt(i) == '\t') {
                throw new Unsupported(at + 1, "tab indentation");
            }
            if (i < line.length() && line.charAt(i) != '#') {
                return true;
            }
            at++;
        }
        return false;
    }

    private static String withoutComment(String s) {
        int hash = s.indexOf(" #");
        return hash < 0 || s.stripLeading().startsWith("'") || s.stripLeading().startsWith("\"") ? s : s.substring(0, hash);
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
