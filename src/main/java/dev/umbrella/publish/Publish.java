package dev.umbrella.publish;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Entry to the publish stage: execute notebooks with the embedded runner, write them back, verify
 * them against their committed outputs, and publish the offline report and slides.
 */
public final class Publish {
    private final NotebookRunner runner;

    Publish(CellEngine.Factory engines, PrintStream progress) {
        this.runner = new NotebookRunner(engines, progress == null ? Progress.NONE : Progress.to(progress));
    }

    /** Runs cells in the Umbrella kernel, in this JVM; progress lines go to {@code progress} (null: none). */
    public static Publish withKernel(PrintStream progress) {
        return new Publish(KernelEngine.factory(), progress);
    }

    /** The {@code *.ipynb} files directly in {@code dir}, by name (00-method first). */
    public static List<Path> notebooksIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ipynb") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and executes every notebook, in memory, with the overrides injected into each. Nothing is
     * written: a failing cell in the third notebook leaves all files as they were.
     */
    public List<Notebook> execute(List<Path> files, Map<String, String> parameters) {
        List<Notebook> executed = new ArrayList<>();
        for (Path file : files) {
            Notebook notebook = Parameters.inject(Notebook.read(file), parameters);
            executed.add(runner.execute(notebook));
        }
        return executed;
    }

    /** Writes executed notebooks to {@code dir} (each by its file name), all or none. */
    public static List<Path> write(List<Notebook> notebooks, Path dir) {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (Notebook nb : notebooks) {
            files.put(dir.resolve(nb.name()), nb.toBytes());
        }
        try {
            AtomicFile.writeAll(files);
        } catch (UncheckedIOException e) {
            throw new PublishException(
                    dir + ": cannot write notebooks: " + e.getCause().getMessage(), e);
        }
        return List.copyOf(files.keySet());
    }

    /**
     * Re-executes the committed notebooks, writes the results into {@code scratch} and returns, per
     * notebook name, what differs (an empty list where the bytes are identical).
     */
    public Map<String, List<String>> verify(List<Path> files, Path scratch) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        List<Notebook> executed = execute(files, Map.of());
        write(executed, scratch);
        for (int i = 0; i < files.size(); i++) {
            byte[] committed;
            try {
                committed = Files.readAllBytes(files.get(i));
            } catch (IOException e) {
                throw new PublishException(files.get(i) + ": cannot read: " + e.getMessage(), e);
            }
            result.put(
                    executed.get(i).name(),
                    NotebookDiff.between(committed, Notebook.read(files.get(i)), executed.get(i)));
        }
        return result;
    }
}
