package dev.umbrella.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run/verify/slides command lines: errors a user makes get one clear message and a non-zero exit. */
class PublishCommands_ArgumentsTest {
    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {}

    private static Result umbrella(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Result(
                    Main.execute(args), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    private Path sample() throws IOException {
        Path nb = dir.resolve("sample.ipynb");
        try (InputStream in = getClass().getResourceAsStream("/dev/umbrella/publish/sample.ipynb")) {
            Files.write(nb, in.readAllBytes());
        }
        return nb;
    }

    @Test
    void paramWithoutOutRefusesToTouchTheCommittedNotebook() throws IOException {
        Path nb = sample();
        byte[] before = Files.readAllBytes(nb);
        Result r = umbrella("run", "--param", "seed=7", nb.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("--param needs --out DIR");
        assertThat(Files.readAllBytes(nb)).isEqualTo(before);
    }

    @Test
    void unknownParameterNamesItAndTheKnownOnes() throws IOException {
        Result r = umbrella(
                "run",
                "--param",
                "sed=7",
                sample().toString(),
                "--out",
                dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err())
                .contains("sample.ipynb: unknown parameter \"sed\"; known parameters: seed, transitionMonths");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void missingNotebookIsNamed() {
        Result r = umbrella("run", dir.resolve("nope.ipynb").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("nope.ipynb: no such notebook");
    }

    @Test
    void slidesAreWrittenFromCommittedOutputs() throws IOException {
        Result r = umbrella(
                "slides", sample().toString(), "--out", dir.resolve("slides").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(dir.resolve("slides/sample.slides.html"))
                .content(StandardCharsets.UTF_8)
                .contains("<section class=\"slide\"");
    }

    @Test
    void helpListsThePublishCommands() {
        assertThat(umbrella("--help").out()).contains("verify").contains("slides");
        assertThat(umbrella("run", "--help").out())
                .contains("--param=NAME=VALUE")
                .contains("--out=DIR");
    }
}
