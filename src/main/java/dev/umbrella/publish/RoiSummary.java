package dev.umbrella.publish;

import dev.umbrella.present.Html;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The closing table of {@code umbrella run}: one row per engineer, or, when the numbers cannot be
 * had, the reason instead of a table (never invented figures).
 */
public record RoiSummary(List<String> header, List<List<String>> rows, String note, String csv) {
    public RoiSummary {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static RoiSummary unavailable(String reason) {
        return new RoiSummary(List.of(), List.of(), reason, "");
    }

    public boolean available() {
        return !rows.isEmpty();
    }

    /** A plain-text table for the console, columns padded to their widest cell. */
    public String toText() {
        if (!available()) {
            return "ROI summary: not available: " + note + "\n";
        }
        int[] widths = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < row.size() && i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        var out = new StringBuilder("ROI summary\n");
        for (int r = 0; r < all.size(); r++) {
            List<String> row = all.get(r);
            for (int i = 0; i < widths.length; i++) {
                String cell = i < row.size() ? row.get(i) : "";
                // numbers right-aligned; the first (names) and last (text) columns left-aligned
                boolean numeric = i > 0 && i < widths.length - 1;
                out.append("  ").append(pad(cell, widths[i], numeric));
            }
            trimTrailing(out);
            out.append('\n');
            if (r == 0) {
                out.append("  ")
                        .append("-".repeat(Arrays.stream(widths).sum() + 2 * (widths.length - 1)))
                        .append('\n');
            }
        }
        for (String line : note.split("\n")) {
            if (!line.isEmpty()) {
                out.append("  ").append(line).append('\n');
            }
        }
        return out.toString();
    }

    String toHtml() {
        if (!available()) {
            return "<p class=\"note\">Not available: " + OutputHtml.escape(note) + "</p>\n";
        }
        var html = new StringBuilder(Html.table("summary", header, rows));
        for (String line : note.split("\n")) {
            if (!line.isEmpty()) {
                html.append("<p class=\"note\">")
                        .append(OutputHtml.escape(line))
                        .append("</p>\n");
            }
        }
        return html.toString();
    }

    private static void trimTrailing(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return right ? fill + s : s + fill;
    }
}
