package dev.umbrella.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * A cell split into Java code and magics. A line whose first non-blank character is {@code %} is a
 * line magic ({@code %classpath lib/x.jar}); a cell whose first line starts with {@code %%} is one
 * cell magic with the rest of the cell as its body. {@code %} lines inside text blocks and block
 * comments stay Java.
 */
record CellSource(List<Part> parts) {
    /** One piece of a cell: Java code, a line magic or a cell magic, starting on {@code firstLine} (1-based). */
    record Part(Kind kind, String text, String name, List<String> args, int firstLine) {}

    enum Kind {
        JAVA,
        LINE_MAGIC,
        CELL_MAGIC
    }

    static CellSource parse(String cell) {
        var parts = new ArrayList<Part>();
        String[] lines = cell.split("\n", -1);
        if (lines.length > 0 && lines[0].stripLeading().startsWith("%%")) {
            var words = words(lines[0].stripLeading().substring(2));
            String body = cell.contains("\n") ? cell.substring(cell.indexOf('\n') + 1) : "";
            parts.add(new Part(
                    Kind.CELL_MAGIC,
                    body,
                    words.isEmpty() ? "" : words.get(0),
                    words.isEmpty() ? List.of() : words.subList(1, words.size()),
                    2));
            return new CellSource(parts);
        }
        var java = new StringBuilder();
        int javaStart = 1;
        boolean inTextBlock = false;
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!inTextBlock
                    && !inComment
                    && line.stripLeading().startsWith("%")
                    && !line.stripLeading().startsWith("%%")) {
                if (!java.toString().isBlank()) {
                    parts.add(new Part(Kind.JAVA, java.toString(), null, List.of(), javaStart));
                }
                java.setLength(0);
                var words = words(line.stripLeading().substring(1));
                if (words.equals(List.of("time"))) {
                    // "%time" alone on a line times the rest of the cell, like "%%time".
                    String rest = String.join("\n", List.of(lines).subList(i + 1, lines.length));
                    parts.add(new Part(Kind.CELL_MAGIC, rest, "time", List.of(), i + 2));
                    return new CellSource(parts);
                }
                parts.add(new Part(
                        Kind.LINE_MAGIC,
                        line,
                        words.isEmpty() ? "" : words.get(0),
                        words.isEmpty() ? List.of() : words.subList(1, words.size()),
                        i + 1));
                javaStart = i + 2;
                continue;
            }
            if (java.length() == 0) {
                javaStart = i + 1;
            }
            java.append(line).append(i < lines.length - 1 ? "\n" : "");
            int blocks = count(line, "\"\"\"");
            if (blocks % 2 == 1) {
                inTextBlock = !inTextBlock;
            }
            if (!inTextBlock) {
                int open = line.lastIndexOf("/*");
                int close = line.lastIndexOf("*/");
                if (open >= 0 && open > close) {
                    inComment = true;
                } else if (close >= 0) {
                    inComment = false;
                }
            }
        }
        if (!java.toString().isBlank()) {
            parts.add(new Part(Kind.JAVA, java.toString(), null, List.of(), javaStart));
        }
        return new CellSource(parts);
    }

    /** Splits magic arguments on blanks; double quotes group words. */
    static List<String> words(String text) {
        var out = new ArrayList<String>();
        var current = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    out.add(current.toString());
                    current.setLength(0);
                    any = false;
                }
            } else {
                current.append(c);
                any = true;
            }
        }
        if (any) {
            out.add(current.toString());
        }
        return out;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
