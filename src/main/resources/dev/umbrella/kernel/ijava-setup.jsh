// Umbrella's table, figure and result renderers for IJava (SpencerPark/IJava 1.3) and other kernels
// built on io.github.spencerpark:jupyter-jvm-basekernel. In a notebook cell:
//
//   %jars /path/to/umbrella/target/umbrella.jar /path/to/umbrella/target/lib/*.jar
//   %load /path/to/umbrella/src/main/resources/dev/umbrella/kernel/ijava-setup.jsh
//
// It only uses IJava's public display API; JJava kernels pick the renderers up by themselves
// (META-INF/services/org.dflib.jjava.jupyter.Extension), Umbrella's own kernel has them built in.
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import tech.tablesaw.api.*;
import tech.tablesaw.plotly.components.Figure;
import dev.umbrella.present.*;

void umbrellaRenderers(Renderer renderer) {
    var figures = new FigureSequence();
    renderer.createRegistration(Table.class).preferring(MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
            .register((table, context) -> {
                var view = TableView.of(table);
                context.renderIfRequested(MIMEType.TEXT_HTML, view::html);
                context.renderIfRequested(MIMEType.TEXT_PLAIN, view::text);
            });
    renderer.createRegistration(Slide.class).preferring(MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
            .register((slide, context) -> {
                context.renderIfRequested(MIMEType.TEXT_HTML, slide::html);
                context.renderIfRequested(MIMEType.TEXT_PLAIN, slide::text);
            });
    renderer.createRegistration(dev.umbrella.model.Tabular.class).preferring(MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
            .register((result, context) -> {
                context.renderIfRequested(MIMEType.TEXT_HTML, () -> TableView.of(result).html());
                context.renderIfRequested(MIMEType.TEXT_PLAIN, result::toString);
            });
    renderer.createRegistration(Figure.class).preferring(MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
            .register((figure, context) -> {
                var view = figures.next(FigureView.of(figure));
                context.renderIfRequested(MIMEType.TEXT_HTML, view::html);
                context.renderIfRequested(MIMEType.TEXT_PLAIN, view::text);
            });
}

umbrellaRenderers(getKernelInstance().getRenderer());
