package dev.umbrella.cli;

import dev.umbrella.env.Env;
import dev.umbrella.publish.Notebook;
import dev.umbrella.publish.Publish;
import dev.umbrella.publish.PublishException;
import dev.umbrella.publish.Slides;
import dev.umbrella.publish.SlidesPdf;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Offline slides from the notebooks' slideshow metadata and their committed outputs. */
@Command(
        name = "slides",
        mixinStandardHelpOptions = true,
        description = "Write offline slides (one HTML file per notebook) from the slideshow metadata.")
final class SlidesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NOTEBOOK", arity = "0..*", description = "Notebooks (default: every notebooks/*.ipynb).")
    List<Path> notebooks = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: slides/).")
    Path out;

    @Option(
            names = "--pdf",
            description = "Also print each deck to <notebook>.slides.pdf, one 1280x720 page per slide "
                    + "(needs Chromium; UMBRELLA_CHROMIUM names another Chrome).")
    boolean pdf;

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
            List<Path> decks = Slides.write(read, dir);
            for (Path written : decks) {
                System.out.println("slides: " + written);
            }
            if (pdf) {
                for (Path written : SlidesPdf.write(decks)) {
                    System.out.println("pdf: " + written);
                }
            }
            System.out.println(
                    "Keys: Right/PageDown/Space next, Left/PageUp back, Down/Up within a column, s speaker view,"
                            + " #/h/v links to a slide.");
            return 0;
        } catch (PublishException e) {
            System.err.println("umbrella slides: " + e.getMessage());
            return 1;
        }
    }
}
