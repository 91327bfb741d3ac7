package dev.umbrella.cli;

import dev.umbrella.env.Env;
import dev.umbrella.publish.Publish;
import dev.umbrella.publish.PublishException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Re-executes the notebooks into a temporary directory and proves the committed outputs unchanged. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Re-execute every notebook and compare with the committed outputs (exit 0 only when identical).")
final class VerifyCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "NOTEBOOK",
            arity = "0..*",
            description = "Notebooks to verify (default: every notebooks/*.ipynb).")
    List<Path> notebooks = new ArrayList<>();

    private PrintStream stdout;
    private PrintStream stderr;

    @Override
    public Integer call() throws IOException {
        // The in-process kernel takes over System.out/err once it starts (and flushes them
        // asynchronously); the command's own lines go to the process streams taken here, before that.
        stdout = System.out;
        stderr = System.err;
        List<Path> files = notebooks.isEmpty() ? Publish.notebooksIn(Env.notebooksDir()) : notebooks;
        if (files.isEmpty()) {
            stderr.println("umbrella verify: no notebooks in " + Env.notebooksDir());
            return 1;
        }
        Path scratch = Files.createTempDirectory("umbrella-verify-");
        try {
            Map<String, List<String>> result = Publish.withKernel(stdout).verify(files, scratch);
            int differing = 0;
            for (Map.Entry<String, List<String>> e : result.entrySet()) {
                if (e.getValue().isEmpty()) {
                    stdout.println("identical  " + e.getKey());
                } else {
                    differing++;
                    stdout.println("DIFFERS    " + e.getKey());
                    e.getValue().forEach(d -> stdout.println("  " + d));
                }
            }
            if (differing > 0) {
                stdout.println(differing + " of " + result.size() + " notebook(s) differ from their re-execution; "
                        + "the re-executed copies are in " + scratch);
                return 1;
            }
            stdout.println("All " + result.size() + " notebook(s) identical to their re-execution.");
            delete(scratch);
            return 0;
        } catch (PublishException e) {
            stderr.println("umbrella verify: " + e.getMessage());
            delete(scratch);
            return 1;
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
