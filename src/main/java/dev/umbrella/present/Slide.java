package dev.umbrella.present;

import java.util.List;

/**
 * One talk slide: a heading that states the message, a body (escaped HTML built here) and the speaker notes the
 * presenter says. In a notebook or the report the notes show below the slide, marked as notes; in a deck
 * ({@code ./umbrella slides}) they go to the speaker view ({@code <aside class="notes">}) and never onto the slide.
 */
public record Slide(String heading, String body, String notes) {

    /** The slide as HTML: heading, body, then the notes. */
    public String html() {
        var out = new StringBuilder("<div class=\"umbrella-slide\">\n<h2>")
                .append(Html.escape(heading))
                .append("</h2>\n")
                .append(body);
        if (!notes.isBlank()) {
            out.append("<aside class=\"notes\" style=\"border-left:4px solid #d4a72c;padding:4px 12px;color:#4b5563\">")
                    .append("<p><strong>Speaker notes.</strong> ")
                    .append(Html.escape(notes))
                    .append("</p></aside>\n");
        }
        return out.append("</div>").toString();
    }

    /** Plain text: heading, body without markup, notes. */
    public String text() {
        String plain = body.replaceAll("</(p|li|tr|h\\d)>", "\n")
                .replaceAll("</t[dh]>", " | ")
                .replaceAll("<[^>]+>", "")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replaceAll("[ \\t]*\\|\\s*\\n", "\n")
                .replaceAll("\\n{2,}", "\n")
                .strip();
        return heading + "\n\n" + plain + (notes.isBlank() ? "" : "\n\nSpeaker notes: " + notes);
    }

    @Override
    public String toString() {
        return text();
    }

    /** A bulleted list. */
    static String bullets(List<String> items) {
        var out = new StringBuilder("<ul>\n");
        items.forEach(i -> out.append("<li>").append(Html.escape(i)).append("</li>\n"));
        return out.append("</ul>\n").toString();
    }

    /** A small table (a talk table stays within 7 columns and 12 rows; a "source" column goes to the notes on slides). */
    static String table(List<String> header, List<List<String>> rows) {
        return Html.table("", header, rows);
    }
}
