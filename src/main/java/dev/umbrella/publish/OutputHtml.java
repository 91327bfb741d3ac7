package dev.umbrella.publish;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns notebook cells and outputs into static HTML for the report and the slides: markdown through
 * CommonMark (with GitHub tables, as Jupyter renders them), each output by its richest MIME type,
 * and figures marked so a page can load plotly.js once for all of them.
 */
final class OutputHtml {
    /** Richest first, the order JupyterLab prefers. */
    private static final List<String> MIME_ORDER = List.of(
            "text/html",
            "image/svg+xml",
            "image/png",
            "image/jpeg",
            "image/gif",
            "text/markdown",
            "text/latex",
            "text/plain");

    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*[A-Za-z]");
    /** The licence banner every plotly.js build starts with, e.g. "plotly.js (cartesian - minified) v1.54.1". */
    private static final Pattern PLOTLY_BANNER = Pattern.compile("plotly\\.js\\b[^\\n]{0,80}v\\d+\\.\\d+\\.\\d+");

    private static final Pattern PLOTLY_SRC =
            Pattern.compile("\\bsrc\\s*=\\s*[\"'][^\"']*plotly[^\"']*[\"']", Pattern.CASE_INSENSITIVE);

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser MARKDOWN =
            Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer MARKDOWN_HTML =
            HtmlRenderer.builder().extensions(EXTENSIONS).build();

    private OutputHtml() {}

    static String markdown(String source) {
        return MARKDOWN_HTML.render(MARKDOWN.parse(source));
    }

    /**
     * A markdown cell as HTML, its {@code attachment:NAME} images (pasted into Jupyter) inlined as
     * data: URIs so the page needs no other file.
     */
    static String markdownCell(JsonObject cell) {
        String html = markdown(Notebook.source(cell));
        if (!cell.has("attachments") || !cell.get("attachments").isJsonObject()) {
            return html;
        }
        for (var attachment : cell.getAsJsonObject("attachments").entrySet()) {
            JsonObject bundle = attachment.getValue().getAsJsonObject();
            for (String mime : List.of("image/png", "image/jpeg", "image/gif", "image/svg+xml")) {
                if (bundle.has(mime)) {
                    String data = text(bundle.get(mime));
                    String base64 = mime.equals("image/svg+xml")
                            ? Base64.getEncoder().encodeToString(data.getBytes(StandardCharsets.UTF_8))
                            : data.replaceAll("\\s", "");
                    html = html.replace(
                            "src=\"attachment:" + escape(attachment.getKey()) + "\"",
                            "src=\"data:" + mime + ";base64," + base64 + "\"");
                    break;
                }
            }
        }
        return html;
    }

    /** True when the HTML draws a Plotly figure, so the page must carry plotly.js. */
    static boolean drawsFigure(String html) {
        return html.contains("Plotly.newPlot") || html.contains("Plotly.react") || html.contains("Plotly.plot(");
    }

    /** One output object as HTML; figures are wrapped in {@code <div class="figure">}. */
    static String output(JsonObject output) {
        String type = string(output, "output_type");
        switch (type) {
            case "stream":
                return "<pre class=\"stream " + escape(string(output, "name")) + "\">"
                        + escape(plain(string(output, "text"))) + "</pre>\n";
            case "error":
                var text =
                        new StringBuilder(string(output, "ename")).append(": ").append(string(output, "evalue"));
                if (output.has("traceback")) {
                    for (JsonElement line : output.getAsJsonArray("traceback")) {
                        text.append('\n').append(plain(line.getAsString()));
                    }
                }
                return "<pre class=\"error\">" + escape(text.toString()) + "</pre>\n";
            case "display_data":
            case "execute_result":
                return bundle(output.has("data") ? output.getAsJsonObject("data") : new JsonObject());
            default:
                return "";
        }
    }

    private static String bundle(JsonObject data) {
        for (String mime : MIME_ORDER) {
            if (!data.has(mime)) {
                continue;
            }
            String value = text(data.get(mime));
            switch (mime) {
                case "text/html":
                    String html = withoutPlotlyLoaders(value);
                    return drawsFigure(html)
                            ? "<div class=\"figure\">" + html + "</div>\n"
                            : "<div class=\"html\">" + html + "</div>\n";
                case "image/svg+xml":
                    return "<div class=\"image\">" + value + "</div>\n";
                case "image/png":
                case "image/jpeg":
                case "image/gif":
                    return "<div class=\"image\"><img alt=\"figure\" src=\"data:" + mime + ";base64,"
                            + value.replaceAll("\\s", "") + "\"></div>\n";
                case "text/markdown":
                    return "<div class=\"markdown\">" + markdown(value) + "</div>\n";
                default:
                    return "<pre class=\"text\">" + escape(plain(value)) + "</pre>\n";
            }
        }
        return "";
    }

    /**
     * Drops the script elements that load plotly.js ({@code src=...plotly...}) or inline its bundle
     * (the first figure of a notebook carries it): the page includes it once for all figures.
     * A plain scan, not a regular expression, because an inlined bundle is a megabyte long.
     */
    static String withoutPlotlyLoaders(String html) {
        var out = new StringBuilder(html.length());
        int from = 0;
        while (true) {
            int open = indexOfIgnoreCase(html, "<script", from);
            if (open < 0) {
                break;
            }
            int openEnd = html.indexOf('>', open);
            int close = openEnd < 0 ? -1 : indexOfIgnoreCase(html, "</script>", openEnd);
            if (close < 0) {
                break;
            }
            int end = close + "</script>".length();
            String tag = html.substring(open, openEnd + 1);
            String head = html.substring(openEnd + 1, Math.min(close, openEnd + 1 + 400));
            out.append(html, from, open);
            if (!PLOTLY_SRC.matcher(tag).find() && !PLOTLY_BANNER.matcher(head).find()) {
                out.append(html, open, end);
            }
            from = end;
        }
        return out.append(html, from, html.length()).toString();
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        for (int i = Math.max(0, from); i <= s.length() - needle.length(); i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    static String escape(String s) {
        var out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '&':
                    out.append("&amp;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                default:
                    out.append(ch);
            }
        }
        return out.toString();
    }

    /** Strips terminal colour codes (kernels colour tracebacks). */
    static String plain(String s) {
        return ANSI.matcher(s).replaceAll("");
    }

    /** Escapes text for use inside an inline {@code <script>} element. */
    static String scriptSafe(String js) {
        return js.replace("</script", "<\\/script");
    }

    private static String text(JsonElement e) {
        if (e.isJsonArray()) {
            var sb = new StringBuilder();
            e.getAsJsonArray().forEach(x -> sb.append(x.getAsString()));
            return sb.toString();
        }
        return e.isJsonPrimitive() ? e.getAsString() : e.toString();
    }

    private static String string(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull() ? text(o.get(key)) : "";
    }
}
