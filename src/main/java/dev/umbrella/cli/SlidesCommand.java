package dev.umbrella.cli;

import dev.umbrella.datasets.Env;
import dev.umbrella.publish.Notebook;
import dev.umbrella.publish.Publish;
import dev.umbrella.publish.PublishException;
import dev.umbrella.publish.Slides;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Offline slides from the notebooks' slideshow metadata and their committed outputs. */
@Command(name = "slides", mixinStandardHelpOptions = true, description = "Write offline slides (one HTML file per notebook) from the slideshow metadata.")
final class SlidesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NOTEBOOK", arity = "0..*", description = "Notebooks (default: every notebooks/*.ipynb).")
    List<Path> notebooks = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: slides/).")
    Path out;

    @Override
    public Integer call() {
        try {
            List<Path> files = notebooks.isEmpty() ? Publish.notebooksIn(Env.notebooksDir()) : notebooks;
            if (files.isEmpty()) {
                System.err.println("umbrella slides: no notebooks in " + Env.notebooksDir());
                return 1;
            }
            List<Notebook> read = new ArrayList<>();
            for (Path f : files) {
                read.add(Notebook.read(f));
            }
            Path dir = out != null ? out : Env.projectRoot().resolve("slides");
            for (Path written : Slides.write(read, dir)) {
                System.out.println("slides: " + written);
            }
            System.out.println("Keys: Space/Right next, Left back, Down/Up within a column, s speaker notes.");
            return 0;
        } catch (PublishException e) {
            System.err.println("umbrella slides: " + e.getMessage());
            return 1;
        }
    }
}
