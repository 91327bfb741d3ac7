package dev.umbrella.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.datasets.build.BuildOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DatasetsBuildCommand_CliTest {
    @TempDir
    Path tmp;

    /** Runs {@code Main.main}'s dispatch (fast path, else picocli) and captures stdout and stderr. */
    private static String[] run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var savedOut = System.out;
        var savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            Integer fast = DatasetsBuildCommand.runFast(args);
            code = fast != null ? fast : Main.execute(args);
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
        return new String[] {
            Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)
        };
    }

    @Test
    void fastPathParsesLikePicocli() {
        String[] args = {
            "datasets", "build", "--raw", "r", "--out=o", "--curated", "c", "--repo-clone", "a/b=x", "--repo-clone=y"
        };
        var command = new DatasetsBuildCommand();
        new CommandLine(command).parseArgs(java.util.Arrays.copyOfRange(args, 2, args.length));
        BuildOptions viaPicocli = BuildOptions.DEFAULT
                .withRawDir(command.raw)
                .withOutDir(command.out)
                .withCuratedDir(command.curated)
                .withRepoClones(command.repoClones);
        assertThat(DatasetsBuildCommand.parseFast(args)).isEqualTo(viaPicocli);
        assertThat(viaPicocli.repoClones()).containsExactly("a/b=x", "y");
    }

    @Test
    void helpAndUnknownOptionsGoThroughPicocli() {
        assertThat(DatasetsBuildCommand.parseFast(new String[] {"datasets", "build", "--help"}))
                .isNull();
        assertThat(DatasetsBuildCommand.parseFast(new String[] {"datasets", "build", "--raww", "x"}))
                .isNull();
        assertThat(DatasetsBuildCommand.parseFast(new String[] {"datasets", "build", "--raw"}))
                .isNull();
        var help = run("datasets", "build", "--help");
        assertThat(help[0]).isEqualTo("0");
        assertThat(help[1]).contains("--repo-clone").contains("--raw");
        assertThat(run("datasets", "build", "--raww", "x")[0]).isEqualTo("2");
    }

    @Test
    void badInputPrintsFileLineMessageAndExitsNonZero() throws Exception {
        Path curated = Files.createDirectories(tmp.resolve("curated"));
        Files.writeString(
                curated.resolve("aliases.csv"),
                "kind,value,person_id,evidence,source\nemail,x@example.org,nobody,e,s\n");
        Path raw = Files.createDirectories(tmp.resolve("raw"));
        var result = run(
                "datasets",
                "build",
                "--raw",
                raw.toString(),
                "--out",
                tmp.resolve("datasets").toString(),
                "--curated",
                curated.toString());
        assertThat(result[0]).isEqualTo("1");
        assertThat(result[2].strip())
                .isEqualTo(
                        curated.resolve("aliases.csv") + ":2: unknown person id 'nobody'; known: mike, samuel, seth");
        assertThat(tmp.resolve("datasets")).doesNotExist();
    }

    @Test
    void missingRawDirectoryIsNamed() {
        var result = run(
                "datasets",
                "build",
                "--raw",
                tmp.resolve("nowhere").toString(),
                "--out",
                tmp.resolve("datasets").toString());
        assertThat(result[0]).isEqualTo("1");
        assertThat(result[2]).startsWith(tmp.resolve("nowhere") + ": raw records directory is missing");
    }
}
