package dev.umbrella.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed notebooks follow the slide-deck metadata policy of {@code src/tools/slides-tags.py} (code cells that
 * reach a slide show only their output; every cell has a slide type), so a cell added without running the tool
 * fails here rather than putting code on a projected slide. The tool itself is checked on a planted notebook.
 */
class SlideTags_PolicyIT {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path TOOL = Path.of("src/tools/slides-tags.py");

    @Test
    void everyCommittedNotebookFollowsThePolicy() throws Exception {
        List<String> command = new ArrayList<>(List.of(python(), TOOL.toString(), "--check"));
        try (Stream<Path> notebooks = Files.list(Path.of("notebooks"))) {
            notebooks
                    .filter(p -> p.toString().endsWith(".ipynb"))
                    .sorted()
                    .map(Path::toString)
                    .forEach(command::add);
        }
        assertThat(command).hasSizeGreaterThan(3 + 5);
        Result r = run(command);
        assertThat(r.exit()).as(r.output()).isZero();
    }

    @Test
    void theCheckFindsAnUntaggedCodeCellAndTheToolTagsIt(@TempDir Path dir) throws Exception {
        Path nb = dir.resolve("planted.ipynb");
        Files.writeString(
                nb,
                "{\"cells\": [{\"cell_type\": \"markdown\", \"id\": \"a\", \"metadata\": {}, \"source\": [\"# Title\"]},"
                        + " {\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"b\", \"metadata\": {},"
                        + " \"outputs\": [], \"source\": [\"1 + 1\"]}],"
                        + " \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}\n",
                StandardCharsets.UTF_8);
        Result check = run(List.of(python(), TOOL.toString(), "--check", nb.toString()));
        assertThat(check.exit()).as(check.output()).isEqualTo(1);
        assertThat(check.output()).contains("cell b: tag remove-input");

        Result apply = run(List.of(python(), TOOL.toString(), nb.toString()));
        assertThat(apply.exit()).as(apply.output()).isZero();
        assertThat(Files.readString(nb)).contains("\"remove-input\"").contains("\"slide_type\": \"slide\"");
        assertThat(run(List.of(python(), TOOL.toString(), "--check", nb.toString()))
                        .exit())
                .isZero();
    }

    private record Result(int exit, String output) {}

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + ": timed out");
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** Debian's Python; missing fails under CI=true (where .ci/run installs it) and skips elsewhere. */
    private static String python() {
        if (!Files.isExecutable(PYTHON)) {
            String message = PYTHON + " is missing (Debian: apt-get install python3)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            assumeTrue(false, message);
        }
        return PYTHON.toString();
    }
}
