package dev.umbrella.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * A self-contained HTML page: styles and scripts inline, plotly.js (the pinned build bundled in the
 * jar) at most once, so a page opens from {@code file://} with no network and can be copied alone.
 */
final class Page {
    /** The cartesian build covers every trace the project draws (scatter, bar, box, heatmap, histogram, pie). */
    private static final String PLOTLY_BUILD = "plotly-cartesian.min.js";
    private static volatile String plotlyJs;

    private Page() {}

    static String html(String title, String style, String body, boolean withPlotly, String script) {
        var page = new StringBuilder(body.length() + 4096);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                // Belt and braces for "no network": the browser refuses anything not inline or data:.
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; ")
                .append("style-src 'unsafe-inline'; img-src data: blob:; font-src data:\">\n")
                .append("<title>").append(OutputHtml.escape(title)).append("</title>\n")
                .append("<style>\n").append(style).append("</style>\n");
        if (withPlotly) {
            page.append("<script>\n").append(OutputHtml.scriptSafe(plotlyJs())).append("\n</script>\n");
        }
        page.append("</head>\n<body>\n").append(body);
        if (!script.isEmpty()) {
            page.append("<script>\n").append(script).append("\n</script>\n");
        }
        return page.append("</body>\n</html>\n").toString();
    }

    static String plotlyJs() {
        String js = plotlyJs;
        if (js == null) {
            String version = webjarVersion();
            js = resource("/META-INF/resources/webjars/plotly.js/" + version + "/dist/" + PLOTLY_BUILD);
            plotlyJs = js;
        }
        return js;
    }

    private static String webjarVersion() {
        var properties = new Properties();
        try (InputStream in = Page.class.getResourceAsStream("/META-INF/maven/org.webjars.bower/plotly.js/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("plotly.js webjar is not on the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
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
