package dev.umbrella.present;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The plotly.js bundle embedded in notebooks and reports: the cartesian build of 1.54.1 from the
 * {@code org.webjars.bower:plotly.js} webjar, copied into this jar at build time. 1.54.1 keeps the
 * string titles tablesaw-jsplot writes (plotly.js 3.x silently drops them) and is about 1 MB, so it
 * can be inlined once per notebook and the notebook works offline, without a CDN or RequireJS.
 */
public final class PlotlyJs {
    public static final String VERSION = "1.54.1";
    private static final String RESOURCE = "plotly/plotly-cartesian.min.js";
    private static volatile String source;

    private PlotlyJs() {}

    /** The minified bundle, as shipped (MIT licensed; the licence text is beside it in the jar). */
    public static String source() {
        String s = source;
        if (s == null) {
            try (InputStream in = PlotlyJs.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("plotly.js bundle missing from the classpath: "
                            + "dev/umbrella/present/" + RESOURCE + " (rebuild with ./mvnw package)");
                }
                s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!s.contains("v" + VERSION)) {
                throw new IllegalStateException("plotly.js bundle is not version " + VERSION);
            }
            s = withoutNetworkDefault(s);
            source = s;
        }
        return s;
    }

    /**
     * The bundle's one network address is the default {@code topojsonURL} of geo maps (the CDN). The
     * cartesian build draws no maps and never fetches it, but an offline notebook should not name a
     * CDN at all, so the default is blanked: a reviewer's search for network addresses finds nothing.
     */
    private static String withoutNetworkDefault(String bundle) {
        String cdn = "topojsonURL:{valType:\"string\",noBlank:!0,dflt:\"https://cdn.plot.ly/\"}";
        if (!bundle.contains(cdn)) {
            throw new IllegalStateException(
                    "plotly.js bundle: the topojsonURL default is not where version " + VERSION + " has it");
        }
        return bundle.replace(cdn, "topojsonURL:{valType:\"string\",noBlank:!0,dflt:\"\"}");
    }

    /**
     * A script element that defines {@code window.Plotly} unless the page already has it. The bundle
     * runs with {@code define}, {@code require}, {@code exports} and {@code module} shadowed, so its
     * UMD header takes the plain global branch even where RequireJS is loaded (classic Notebook).
     */
    public static String scriptElement() {
        return "<script type=\"text/javascript\">\n"
                + "if (typeof window.Plotly === 'undefined') {\n"
                + "(function (define, require, exports, module) {\n"
                + source()
                + "\n}).call(window);\n"
                + "}\n"
                + "</script>";
    }
}
