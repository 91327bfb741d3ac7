package dev.umbrella.publish;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offline HTML report: {@code index.html} (the notebooks and the ROI summary) plus one page per
 * notebook with its markdown rendered, its code and every output, figures drawn by the bundled
 * plotly.js. Same notebooks in, same bytes out (no timestamps, no random ids).
 */
public final class Report {
    private Report() {}

    /** Writes the report into {@code dir}, all files or none (see {@link AtomicFile#writeAll}). */
    public static void write(List<Notebook> notebooks, RoiSummary summary, Path dir) {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(dir.resolve("index.html"), index(notebooks, summary).getBytes(StandardCharsets.UTF_8));
        if (!summary.csv().isEmpty()) {
            files.put(dir.resolve("headline.csv"), summary.csv().getBytes(StandardCharsets.UTF_8));
        }
        for (Notebook nb : notebooks) {
            files.put(dir.resolve(pageName(nb)), notebookPage(nb).getBytes(StandardCharsets.UTF_8));
        }
        AtomicFile.writeAll(files);
    }

    static String pageName(Notebook nb) {
        return nb.name().replaceFirst("\\.ipynb$", "") + ".html";
    }

    static String index(List<Notebook> notebooks, RoiSummary summary) {
        var body = new StringBuilder();
        body.append("<h1>Umbrella: what funding open source security engineers returns</h1>\n")
                .append("<p>Executed notebooks, offline. Each page shows the code, its output and the figures; ")
                .append(
                        "every number is computed from the committed datasets, whose rows name their public source.</p>\n")
                .append("<h2>Notebooks</h2>\n<ul class=\"notebooks\">\n");
        for (Notebook nb : notebooks) {
            body.append("<li><a href=\"")
                    .append(OutputHtml.escape(pageName(nb)))
                    .append("\">")
                    .append(OutputHtml.escape(title(nb)))
                    .append("</a> <span class=\"note\">")
                    .append(OutputHtml.escape(nb.name()))
                    .append("</span></li>\n");
        }
        body.append("</ul>\n<h2>Return on investment</h2>\n").append(summary.toHtml());
        return Page.html("Umbrella report", Page.resource("report.css"), body.toString(), false, "");
    }

    static String notebookPage(Notebook nb) {
        var body = new StringBuilder();
        body.append("<nav class=\"top\"><a href=\"index.html\">&larr; all notebooks</a></nav>\n");
        boolean figures = false;
        for (JsonObject cell : nb.cells()) {
            String type = Notebook.type(cell);
            if ("markdown".equals(type)) {
                body.append("<div class=\"cell markdown\">")
                        .append(OutputHtml.markdownCell(cell))
                        .append("</div>\n");
            } else if ("code".equals(type)) {
                body.append("<div class=\"cell code\">\n");
                JsonElement count = cell.get("execution_count");
                String prompt = count == null || count.isJsonNull() ? " " : count.getAsString();
                body.append("<div class=\"prompt\">In [")
                        .append(prompt)
                        .append("]:</div>\n")
                        .append("<pre class=\"source\"><code>")
                        .append(OutputHtml.escape(Notebook.source(cell)))
                        .append("</code></pre>\n");
                if (cell.has("outputs")) {
                    for (JsonElement output : cell.getAsJsonArray("outputs")) {
                        String html = OutputHtml.output(output.getAsJsonObject());
                        figures |= OutputHtml.drawsFigure(html);
                        body.append("<div class=\"output\">").append(html).append("</div>\n");
                    }
                }
                body.append("</div>\n");
            }
        }
        return Page.html(title(nb), Page.resource("report.css"), body.toString(), figures, "");
    }

    /** The first markdown heading, else the file name. */
    static String title(Notebook nb) {
        for (JsonObject cell : nb.cells()) {
            if ("markdown".equals(Notebook.type(cell))) {
                for (String line : Notebook.source(cell).split("\n")) {
                    if (line.startsWith("#")) {
                        return line.replaceFirst("^#+\\s*", "").strip();
                    }
                }
            }
        }
        return nb.name();
    }
}
