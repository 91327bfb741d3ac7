package dev.umbrella.publish;

import dev.umbrella.present.PlotlyJs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A self-contained HTML page: styles and scripts inline, plotly.js (the pinned build bundled in the
 * jar) at most once, so a page opens from {@code file://} with no network and can be copied alone.
 */
final class Page {
    private Page() {}

    static String html(String title, String style, String body, boolean withPlotly, String script) {
        var page = new StringBuilder(body.length() + 4096);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                // Belt and braces for "no network": the browser refuses anything not inline or data:.
                .append(
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; ")
                .append("style-src 'unsafe-inline'; img-src data: blob:; font-src data:\">\n")
                .append("<title>")
                .append(OutputHtml.escape(title))
                .append("</title>\n")
                .append("<style>\n")
                .append(style)
                .append("</style>\n");
        if (withPlotly) {
            page.append("<script>\n").append(OutputHtml.scriptSafe(plotlyJs())).append("\n</script>\n");
        }
        page.append("</head>\n<body>\n").append(body);
        if (!script.isEmpty()) {
            page.append("<script>\n").append(script).append("\n</script>\n");
        }
        return page.append("</body>\n</html>\n").toString();
    }

    /** The same pinned build the kernel inlines into notebooks (one source for both). */
    static String plotlyJs() {
        return PlotlyJs.source();
    }

    static String resource(String name) {
        try (InputStream in = Page.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            // Normalise line endings: resources must not make the output depend on how they were checked out.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
