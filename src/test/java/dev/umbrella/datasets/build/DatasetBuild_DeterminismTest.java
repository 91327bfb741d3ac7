package dev.umbrella.datasets.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds give byte-identical files, even when the second runs in another JVM with another time zone and locale. */
class DatasetBuild_DeterminismTest {
    @TempDir
    Path tmp;

    /** Runs {@code umbrella datasets build} in a fresh JVM in Pacific/Chatham (UTC+12:45/+13:45) with a Turkish locale. */
    private static void buildInAnotherJvm(Path raw, Path out, Path curated) throws Exception {
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=Pacific/Chatham",
                "-Duser.language=tr",
                "-Duser.country=TR",
                "-Dfile.encoding=ISO-8859-9",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.umbrella.cli.Main",
                "datasets",
                "build",
                "--raw",
                raw.toString(),
                "--out",
                out.toString()));
        if (curated != null) {
            command.addAll(List.of("--curated", curated.toString()));
        }
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
    }

    private static void assertSameFiles(Path expected, Path actual) throws Exception {
        List<String> names;
        try (Stream<Path> files = Files.list(expected)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        try (Stream<Path> files = Files.list(actual)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactlyElementsOf(names);
        }
        for (String name : names) {
            assertThat(Files.readAllBytes(actual.resolve(name)))
                    .as(name)
                    .isEqualTo(Files.readAllBytes(expected.resolve(name)));
        }
    }

    @Test
    void fixtureBuildsAreByteIdenticalAcrossTimeZoneAndLocale() throws Exception {
        var raw = RawFixture.write(tmp.resolve("raw"));
        var curated = RawFixture.curated(tmp.resolve("curated"));
        var here = DatasetBuild.run(BuildOptions.DEFAULT
                        .withRawDir(raw)
                        .withOutDir(tmp.resolve("a"))
                        .withCuratedDir(curated))
                .dir();
        var again = DatasetBuild.run(BuildOptions.DEFAULT
                        .withRawDir(raw)
                        .withOutDir(tmp.resolve("b"))
                        .withCuratedDir(curated))
                .dir();
        assertSameFiles(here, again);
        buildInAnotherJvm(raw, tmp.resolve("c"), curated);
        assertSameFiles(here, tmp.resolve("c"));
    }

    @Test
    void realBuildsAreByteIdenticalAcrossTimeZoneAndLocale() throws Exception {
        var here = RealBuild.datasets();
        buildInAnotherJvm(RealBuild.raw(), tmp.resolve("other"), null);
        assertSameFiles(here, tmp.resolve("other"));
    }
}
