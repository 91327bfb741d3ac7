package dev.umbrella.kernel.display;

import dev.umbrella.model.Tabular;
import dev.umbrella.present.FigureSequence;
import java.util.List;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;

/**
 * Umbrella's notebook setup as a JJava extension (listed in
 * {@code META-INF/services/org.dflib.jjava.jupyter.Extension}): renderers for Tablesaw tables and
 * figures and for the analysis results ({@link Tabular}), and the imports notebooks use. Umbrella's
 * own kernel loads it the same way, so a stock JJava kernel with Umbrella on its classpath shows
 * the same tables and figures.
 */
public final class UmbrellaExtension implements Extension {
    /** Packages imported on demand; Umbrella's packages are added only where they exist. */
    static final List<String> PACKAGES = List.of(
            "tech.tablesaw.api",
            "tech.tablesaw.plotly.api",
            "tech.tablesaw.plotly.components",
            "tech.tablesaw.plotly.traces",
            "dev.umbrella",
            "dev.umbrella.datasets",
            "dev.umbrella.model",
            "dev.umbrella.estimate",
            "dev.umbrella.roi",
            "dev.umbrella.present");

    private final FigureSequence figures = new FigureSequence();

    @Override
    public void install(BaseKernel kernel) {
        Renderers.register(kernel.getRenderer(), figures);
        // An Umbrella package without classes yet (the analysis grows stage by stage) is skipped.
        if (kernel instanceof NotebookKernel umbrella) {
            umbrella.onNewPage(figures::pageMayLackBundle);
            var rejected =
                    umbrella.importAtStart(PACKAGES.stream().map(p -> p + ".*").toList());
            if (rejected.stream().anyMatch(p -> p.startsWith("tech."))) {
                throw new IllegalStateException("Tablesaw's packages cannot be imported: " + rejected);
            }
            return;
        }
        for (String p : PACKAGES) {
            try {
                kernel.evalRaw("import " + p + ".*;");
            } catch (RuntimeException e) {
                if (p.startsWith("tech.")) {
                    throw e;
                }
            }
        }
    }
}
