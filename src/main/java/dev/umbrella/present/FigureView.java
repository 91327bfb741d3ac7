package dev.umbrella.present;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.event.EventHandler;
import tech.tablesaw.plotly.traces.Trace;

/**
 * A Tablesaw figure as HTML for notebooks and reports. The figure's layout, config and traces come
 * from jsplot; this class adds what notebooks need: a div id that is a stable JavaScript identifier
 * (a hash of the content, never random), {@code \n} line endings on every platform, a responsive
 * width with a height that fits a 1280×720 projector, an optional inline plotly.js bundle (only the
 * first figure of a notebook carries it; later ones wait for {@code window.Plotly}), and a static
 * paragraph that stays visible where scripts do not run (untrusted notebooks, GitHub).
 */
public record FigureView(Figure figure, String divId, boolean includeBundle) {
    /** Tallest figure drawn: leaves room for a title bar and a line of text on a 720-pixel screen. */
    public static final int MAX_HEIGHT = 480;

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern TRACE_TYPE = Pattern.compile("type: '([^']*)'");

    public FigureView {
        if (figure == null) {
            throw new IllegalArgumentException("figure is null");
        }
        if (divId == null || !IDENTIFIER.matcher(divId).matches()) {
            throw new IllegalArgumentException("div id must be a JavaScript identifier: " + divId);
        }
    }

    /** A view whose id is derived from the figure's content, without the bundle. */
    public static FigureView of(Figure figure) {
        return new FigureView(figure, contentId(figure), false);
    }

    public FigureView withBundle(boolean include) {
        return new FigureView(figure, divId, include);
    }

    public FigureView withDivId(String id) {
        return new FigureView(figure, id, includeBundle);
    }

    /** {@code umbrella_fig_} and the first 12 hex digits of the SHA-256 of the figure's script. */
    public static String contentId(Figure figure) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest(figureScript(figure, "target").getBytes(StandardCharsets.UTF_8));
            return "umbrella_fig_" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String html() {
        var out = new StringBuilder();
        if (includeBundle) {
            out.append(PlotlyJs.scriptElement()).append('\n');
        }
        // The title is HTML above the plot, not plotly's: it wraps to any width, and the mode bar (inside the
        // plot) can never cover it, in a notebook, the report or on a slide.
        String title = title();
        if (!title.isBlank()) {
            out.append("<div class=\"umbrella-figure-title\" style=\"font-weight:600;font-size:18px;line-height:1.3;"
                            + "margin:4px 0\">")
                    .append(Html.escape(title))
                    .append("</div>\n");
        }
        out.append("<div id=\"")
                .append(divId)
                .append("\" class=\"umbrella-figure\" style=\"width:100%\">")
                .append("<p><small>")
                .append(Html.escape(text()))
                .append(" (interactive figure: needs JavaScript, e.g. a trusted notebook)</small></p></div>\n");
        out.append("<script type=\"text/javascript\">\n(function () {\n")
                .append("  function draw() {\n")
                .append("    var target_")
                .append(divId)
                .append(" = document.getElementById('")
                .append(divId)
                .append("');\n")
                .append("    if (!target_")
                .append(divId)
                .append(") { return; }\n")
                .append("    target_")
                .append(divId)
                .append(".innerHTML = '';\n")
                .append(indent(figureScript(figure, "target_" + divId)))
                .append("    delete layout.width;\n")
                .append("    delete layout.title;\n")
                .append("    layout.margin = layout.margin || {};\n")
                .append("    layout.margin.t = Math.min(layout.margin.t === undefined ? 40 : layout.margin.t, 40);\n")
                .append(
                        "    Object.keys(layout).forEach(function (k) { if (/^[xy]axis\\d*$/.test(k)) { layout[k].automargin = true; } });\n")
                .append("    layout.autosize = true;\n")
                .append("    layout.height = Math.min(layout.height || ")
                .append(MAX_HEIGHT)
                .append(", ")
                .append(MAX_HEIGHT)
                .append(");\n")
                .append("    layout.font = layout.font || {};\n")
                .append("    layout.font.size = Math.max(layout.font.size || 12, 14);\n")
                .append("    config.responsive = true;\n")
                .append("    config.displaylogo = false;\n")
                .append("    window.Plotly.newPlot(target_")
                .append(divId)
                .append(", data, layout, config);\n")
                .append(indent(eventHandlers("target_" + divId)))
                .append("  }\n")
                .append("  if (typeof window.Plotly !== 'undefined') { draw(); return; }\n")
                .append("  var waited = 0;\n")
                .append("  var timer = setInterval(function () {\n")
                .append("    waited += 100;\n")
                .append("    if (typeof window.Plotly !== 'undefined') { clearInterval(timer); draw(); }\n")
                .append("    else if (waited >= 15000) {\n")
                .append("      clearInterval(timer);\n")
                .append("      var el = document.getElementById('")
                .append(divId)
                .append("');\n")
                .append(
                        "      if (el) { el.insertAdjacentHTML('beforeend', '<p><small>plotly.js is not loaded on this page: "
                                + "the first figure of the notebook carries it. Re-run that cell, or restart and run all.</small></p>'); }\n")
                .append("    }\n")
                .append("  }, 100);\n")
                .append("})();\n</script>");
        return out.toString();
    }

    /** The figure's title from its layout, or "". */
    String title() {
        String title = figure.getLayout() == null ? null : figure.getLayout().getTitle();
        return title == null ? "" : title;
    }

    /** One line for text/plain: title and traces, e.g. {@code Figure "Commits" (2 traces: scatter "seth", bar "mike")}. */
    public String text() {
        var out = new StringBuilder("Figure");
        String title = figure.getLayout() == null ? null : figure.getLayout().getTitle();
        if (title != null && !title.isBlank()) {
            out.append(" \"").append(title).append('"');
        }
        Trace[] traces = figure.getTraces();
        out.append(" (").append(traces.length).append(traces.length == 1 ? " trace" : " traces");
        for (int i = 0; i < traces.length; i++) {
            out.append(i == 0 ? ": " : ", ").append(traceType(traces[i], i));
            String name = traces[i].name();
            if (name != null && !name.isBlank()) {
                out.append(" \"").append(name).append('"');
            }
        }
        return out.append(')').toString();
    }

    private static String traceType(Trace trace, int index) {
        Matcher m = TRACE_TYPE.matcher(trace.asJavascript(index));
        return m.find() ? m.group(1) : "trace";
    }

    /** jsplot's declarations ({@code var layout}, {@code var config}, {@code var trace0..}, {@code var data}) with {@code \n} endings. */
    static String figureScript(Figure figure, String targetName) {
        var out = new StringBuilder();
        if (figure.getLayout() != null) {
            out.append(figure.getLayout().asJavascript()).append('\n');
        } else {
            out.append("var layout = {};\n");
        }
        if (figure.getConfig() != null) {
            out.append(figure.getConfig().asJavascript()).append('\n');
        } else {
            out.append("var config = {};\n");
        }
        Trace[] traces = figure.getTraces();
        var data = new StringBuilder("var data = [");
        for (int i = 0; i < traces.length; i++) {
            out.append(traces[i].asJavascript(i)).append('\n');
            data.append(i == 0 ? "" : ", ").append("trace").append(i);
        }
        out.append(data).append("];\n");
        return normalise(out.toString());
    }

    private String eventHandlers(String targetName) {
        EventHandler[] handlers = figure.getEventHandlers();
        if (handlers == null || handlers.length == 0) {
            return "";
        }
        var out = new StringBuilder();
        for (EventHandler handler : handlers) {
            out.append(handler.asJavascript(targetName, divId)).append('\n');
        }
        return normalise(out.toString());
    }

    /** jsplot joins lines with System.lineSeparator(); outputs must be byte-identical on every OS. */
    private static String normalise(String js) {
        var lines = js.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        var out = new StringBuilder();
        for (String line : lines) {
            if (!line.isBlank()) {
                out.append(line.stripTrailing()).append('\n');
            }
        }
        return out.toString();
    }

    private static String indent(String js) {
        var out = new StringBuilder();
        for (String line : js.split("\n")) {
            if (!line.isEmpty()) {
                out.append("    ").append(line).append('\n');
            }
        }
        return out.toString();
    }
}
