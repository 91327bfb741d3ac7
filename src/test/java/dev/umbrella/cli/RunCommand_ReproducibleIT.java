package dev.umbrella.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code umbrella run} from the packaged jar, with the real in-process kernel: the same notebook run
 * under two different time zones and locales gives byte-identical notebooks and reports; a
 * parameterised run injects its cell and leaves the input alone; a failing cell exits non-zero and
 * names notebook and cell.
 */
class RunCommand_ReproducibleIT {
    @TempDir
    Path dir;

    private record Result(int exit, String output) {}

    private Result umbrella(Map<String, String> env, List<String> jvm, String... args)
            throws IOException, InterruptedException {
        // No raw records: run uses the committed datasets instead of rebuilding them beside the sources.
        List<String> command = new ArrayList<>(List.of("java", "-Dumbrella.raw=" + dir.resolve("no-raw")));
        command.addAll(jvm);
        command.add("-jar");
        command.add(System.getProperty("umbrella.jar"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "umbrella", ".log");
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process p = builder.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("umbrella " + String.join(" ", args) + ": timed out");
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private Path fixture(String name) throws IOException {
        Path target = Files.createDirectories(dir.resolve("in")).resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/dev/umbrella/publish/" + name)) {
            Files.write(target, in.readAllBytes());
        }
        return target;
    }

    @Test
    void sameBytesUnderAnotherZoneAndLocale() throws Exception {
        Path nb = fixture("parity.ipynb");
        Result utc = umbrella(
                Map.of("TZ", "UTC", "LANG", "C.UTF-8"),
                List.of(),
                "run",
                nb.toString(),
                "--out",
                dir.resolve("a").toString());
        Result tokyo = umbrella(
                Map.of("TZ", "Asia/Tokyo", "LANG", "de_DE.UTF-8", "LC_ALL", "de_DE.UTF-8"),
                List.of("-Duser.timezone=America/Los_Angeles", "-Duser.language=de", "-Duser.country=DE"),
                "run",
                nb.toString(),
                "--out",
                dir.resolve("b").toString());

        assertThat(utc.exit()).as(utc.output()).isZero();
        assertThat(tokyo.exit()).as(tokyo.output()).isZero();
        assertThat(utc.output())
                .contains("parity.ipynb: 8 code cells")
                .contains("[8/8] cell 10 ok")
                .contains("Report: ");
        for (String file : List.of("parity.ipynb", "report/index.html", "report/parity.html")) {
            assertThat(dir.resolve("b").resolve(file))
                    .as(file)
                    .hasSameBinaryContentAs(dir.resolve("a").resolve(file));
        }
        String executed = Files.readString(dir.resolve("a/parity.ipynb"));
        assertThat(executed)
                .contains("\"hello 3\\n\"")
                .contains("\"42\"")
                .contains("\"execution_count\": 8")
                .doesNotContain("iopub.")
                .doesNotContain("\"execution\":");
    }

    @Test
    void parametersAreInjectedIntoTheOutputOnly() throws Exception {
        Path nb = fixture("parity.ipynb");
        byte[] before = Files.readAllBytes(nb);
        Result r = umbrella(
                Map.of(),
                List.of(),
                "run",
                "--param",
                "n=5",
                "--param",
                "seed=7",
                nb.toString(),
                "--out",
                dir.resolve("p").toString());

        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(Files.readAllBytes(nb)).isEqualTo(before);
        String executed = Files.readString(dir.resolve("p/parity.ipynb"));
        assertThat(executed)
                .contains("\"long seed = 7L;\\n\"")
                .contains("\"int n = 5;\"")
                .contains("\"injected-parameters\"")
                .contains("\"hello 5\\n\"")
                .contains("\"70\"");
    }

    @Test
    void verifyPassesOnWhatRunWroteAndNamesTheOutputThatChanged() throws Exception {
        Path nb = fixture("parity.ipynb");
        Result run = umbrella(
                Map.of(),
                List.of(),
                "run",
                nb.toString(),
                "--out",
                dir.resolve("v").toString());
        assertThat(run.exit()).as(run.output()).isZero();
        Path executed = dir.resolve("v/parity.ipynb");

        Result same = umbrella(Map.of(), List.of(), "verify", executed.toString());
        assertThat(same.exit()).as(same.output()).isZero();
        assertThat(same.output()).contains("identical  parity.ipynb").contains("All 1 notebook(s) identical");

        Files.writeString(executed, Files.readString(executed).replace("\"hello 3\\n\"", "\"hello 4\\n\""));
        Result changed = umbrella(Map.of(), List.of(), "verify", executed.toString());
        assertThat(changed.exit()).isEqualTo(1);
        assertThat(changed.output())
                .contains("DIFFERS    parity.ipynb")
                .contains("cell 3 (id streams), output 1 (stream) text line 1:")
                .contains("committed:   hello 4")
                .contains("re-executed: hello 3");
    }

    @Test
    void failingCellStopsWithNotebookCellAndErrorAndWritesNothing() throws Exception {
        Path nb = fixture("parity.ipynb");
        String broken = Files.readString(nb).replace("\"n * 14\"", "\"Integer.parseInt(\\\"x\\\") * 14\"");
        Files.writeString(nb, broken);
        Result r = umbrella(
                Map.of(),
                List.of(),
                "run",
                nb.toString(),
                "--out",
                dir.resolve("f").toString());

        assertThat(r.exit()).isNotZero();
        assertThat(r.output())
                .contains("parity.ipynb: cell 4 (id result) failed")
                .contains("NumberFormatException");
        assertThat(dir.resolve("f")).doesNotExist();
        assertThat(Files.readString(nb)).isEqualTo(broken);
    }
}
