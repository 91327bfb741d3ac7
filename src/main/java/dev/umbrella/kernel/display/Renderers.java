package dev.umbrella.kernel.display;

import dev.umbrella.model.Tabular;
import dev.umbrella.present.FigureSequence;
import dev.umbrella.present.FigureView;
import dev.umbrella.present.Slide;
import dev.umbrella.present.TableView;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * How Umbrella's values look in a notebook: Tablesaw tables and Umbrella's results ({@link Tabular})
 * as HTML tables with a plain-text twin, figures as plotly charts (the first on a page carries the
 * plotly.js bundle, see {@link FigureSequence}), talk slides as HTML.
 */
final class Renderers {
    private Renderers() {}

    /** Registers the table, figure and result renderers on a JJava renderer. */
    static void register(Renderer renderer, FigureSequence figures) {
        renderer.createRegistration(Table.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_PLAIN)
                .register((table, ctx) -> {
                    var view = TableView.of(table);
                    ctx.renderIfRequested(MIMEType.TEXT_HTML, view::html);
                    ctx.renderIfRequested(MIMEType.TEXT_PLAIN, view::text);
                });
        renderer.createRegistration(TableView.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_PLAIN)
                .register((view, ctx) -> {
                    ctx.renderIfRequested(MIMEType.TEXT_HTML, view::html);
                    ctx.renderIfRequested(MIMEType.TEXT_PLAIN, view::text);
                });
        // A talk slide (heading, body, speaker notes) from dev.umbrella.present.Talk.
        renderer.createRegistration(Slide.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_PLAIN)
                .register((slide, ctx) -> {
                    ctx.renderIfRequested(MIMEType.TEXT_HTML, slide::html);
                    ctx.renderIfRequested(MIMEType.TEXT_PLAIN, slide::text);
                });
        renderer.createRegistration(Tabular.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_PLAIN)
                .register((result, ctx) -> {
                    ctx.renderIfRequested(
                            MIMEType.TEXT_HTML, () -> TableView.of(result).html());
                    ctx.renderIfRequested(MIMEType.TEXT_PLAIN, result::toString);
                });
        renderer.createRegistration(Figure.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_PLAIN)
                .register((figure, ctx) -> {
                    var view = figures.next(FigureView.of(figure));
                    ctx.renderIfRequested(MIMEType.TEXT_HTML, view::html);
                    ctx.renderIfRequested(MIMEType.TEXT_PLAIN, view::text);
                });
        renderer.createRegistration(FigureView.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_PLAIN)
                .register((view, ctx) -> {
                    var shown = figures.next(view);
                    ctx.renderIfRequested(MIMEType.TEXT_HTML, shown::html);
                    ctx.renderIfRequested(MIMEType.TEXT_PLAIN, shown::text);
                });
    }
}
