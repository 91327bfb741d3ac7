package dev.umbrella.publish;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Slides from Jupyter's slideshow metadata ({@code metadata.slideshow.slide_type}), laid out as
 * reveal.js does: {@code slide} starts a new column, {@code subslide} a new slide below it,
 * {@code fragment} appears on the next key press, {@code -} continues the current slide,
 * {@code skip} is left out and {@code notes} become speaker notes (key {@code s}).
 *
 * <p>The page is one self-contained file with a small navigation script of our own rather than
 * reveal.js: the notebook structure needs only "next/previous/down/up", an own script keeps the file
 * offline, deterministic and small (plotly.js is the only library), and nothing has to be pinned
 * beyond the plotly build the kernel already bundles. The stage is a fixed 1280×720 canvas scaled to
 * the window, so what the presenter checks at 1280×720 is what the projector shows.
 */
public final class Slides {
    private Slides() {}

    /** A block on a slide: rendered HTML, shown at once or as a fragment. */
    record Block(String html, boolean fragment) {}

    /** One vertical slide: its blocks and speaker notes. */
    record Subslide(List<Block> blocks, List<String> notes) {}

    /** Writes {@code <name>.slides.html} per notebook into {@code dir}. */
    public static List<Path> write(List<Notebook> notebooks, Path dir) {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (Notebook nb : notebooks) {
            files.put(dir.resolve(fileName(nb)), page(nb).getBytes(StandardCharsets.UTF_8));
        }
        AtomicFile.writeAll(files);
        return List.copyOf(files.keySet());
    }

    static String fileName(Notebook nb) {
        return nb.name().replaceFirst("\\.ipynb$", "") + ".slides.html";
    }

    /** Columns of subslides, following the slide types in cell order. */
    static List<List<Subslide>> structure(Notebook nb) {
        List<List<Subslide>> slides = new ArrayList<>();
        for (JsonObject cell : nb.cells()) {
            String kind = slideType(cell);
            if ("skip".equals(kind) || "raw".equals(Notebook.type(cell))) {
                continue;
            }
            if (slides.isEmpty() || "slide".equals(kind)) {
                slides.add(new ArrayList<>());
                slides.get(slides.size() - 1).add(new Subslide(new ArrayList<>(), new ArrayList<>()));
            } else if ("subslide".equals(kind)) {
                slides.get(slides.size() - 1).add(new Subslide(new ArrayList<>(), new ArrayList<>()));
            }
            List<Subslide> column = slides.get(slides.size() - 1);
            Subslide current = column.get(column.size() - 1);
            String html = cellHtml(cell);
            if ("notes".equals(kind)) {
                current.notes().add(html);
            } else if (!html.isEmpty()) {
                current.blocks().add(new Block(html, "fragment".equals(kind)));
            }
        }
        return slides;
    }

    static String page(Notebook nb) {
        var body = new StringBuilder("<div class=\"deck\" id=\"deck\">\n");
        boolean figures = false;
        int h = 0;
        for (List<Subslide> column : structure(nb)) {
            int v = 0;
            for (Subslide s : column) {
                body.append("<section class=\"slide\" data-h=\"")
                        .append(h)
                        .append("\" data-v=\"")
                        .append(v)
                        .append("\">\n");
                for (Block b : s.blocks()) {
                    figures |= OutputHtml.drawsFigure(b.html());
                    body.append(b.fragment() ? "<div class=\"fragment\">" : "<div class=\"block\">")
                            .append(b.html())
                            .append("</div>\n");
                }
                if (!s.notes().isEmpty()) {
                    body.append("<aside class=\"notes\">")
                            .append(String.join("", s.notes()))
                            .append("</aside>\n");
                }
                body.append("</section>\n");
                v++;
            }
            h++;
        }
        body.append("</div>\n<div class=\"progress\" id=\"progress\"></div>\n");
        return Page.html(
                Report.title(nb), Page.resource("slides.css"), body.toString(), figures, Page.resource("slides.js"));
    }

    private static String cellHtml(JsonObject cell) {
        String type = Notebook.type(cell);
        if ("markdown".equals(type)) {
            return "<div class=\"markdown\">" + OutputHtml.markdownCell(cell) + "</div>";
        }
        var html = new StringBuilder();
        List<String> tags = Notebook.tags(cell);
        if (!tags.contains("hide-input")
                && !tags.contains("remove-input")
                && !Notebook.source(cell).isBlank()) {
            html.append("<pre class=\"source\"><code>")
                    .append(OutputHtml.escape(Notebook.source(cell)))
                    .append("</code></pre>");
        }
        if (cell.has("outputs") && !tags.contains("remove-output")) {
            for (JsonElement output : cell.getAsJsonArray("outputs")) {
                html.append(OutputHtml.output(output.getAsJsonObject()));
            }
        }
        return html.toString();
    }

    private static String slideType(JsonObject cell) {
        if (cell.has("metadata") && cell.getAsJsonObject("metadata").has("slideshow")) {
            JsonObject slideshow = cell.getAsJsonObject("metadata").getAsJsonObject("slideshow");
            if (slideshow.has("slide_type")) {
                return slideshow.get("slide_type").getAsString();
            }
        }
        return "-";
    }
}
