package dev.umbrella.present;

import java.util.List;

/** Escaping for text placed in HTML, so data values can never inject markup into a notebook or report. */
public final class Html {
    private Html() {}

    /** Escapes {@code & < > " '} so the text is safe both as element content and inside quoted attributes. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A plain table of text cells, every cell escaped: a head row, then the rows (shorter rows stay short).
     *
     * @param cssClass the table's class attribute, or empty for none
     */
    public static String table(String cssClass, List<String> header, List<List<String>> rows) {
        var out = new StringBuilder(cssClass.isEmpty() ? "<table>" : "<table class=\"" + escape(cssClass) + "\">")
                .append("\n<thead><tr>");
        header.forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            row.forEach(c -> out.append("<td>").append(escape(c)).append("</td>"));
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }
}
