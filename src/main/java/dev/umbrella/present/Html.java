package dev.umbrella.present;

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
}
