package dev.umbrella.cli;

import dev.umbrella.datasets.DatasetException;
import dev.umbrella.datasets.build.BuildOptions;
import dev.umbrella.datasets.build.DatasetBuild;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code umbrella datasets build}: derive {@code datasets/} and its manifest from the raw records. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description =
                "Validate the curated files, derive commits and advisories from the raw public records, and write "
                        + "datasets/*.csv with MANIFEST.csv. The previous datasets stay untouched if anything fails.")
final class DatasetsBuildCommand implements Callable<Integer> {
    @Option(
            names = "--raw",
            paramLabel = "DIR",
            description = "raw public records (default: ../shared/raw beside the project)")
    Path raw;

    @Option(names = "--out", paramLabel = "DIR", description = "datasets directory to replace (default: datasets/)")
    Path out;

    @Option(
            names = "--curated",
            paramLabel = "DIR",
            description = "curated inputs (default: the packaged curated/ files)")
    Path curated;

    @Option(
            names = "--repo-clone",
            paramLabel = "[owner/name=]DIR",
            description = "read this local git clone with git log instead of its raw export (repeatable)")
    List<String> repoClones = new ArrayList<>();

    @Override
    public Integer call() {
        return build(options());
    }

    /**
     * {@code umbrella datasets build …} without picocli. Loading and setting up picocli costs a fresh JVM
     * 0.13 s (median, with the launcher's options and AppCDS: 0.20 s against 0.07 s to reach the build), an eighth
     * of the build's one-second budget; giving picocli only this subcommand saves nothing, so the cost is picocli's
     * own start-up. Understands exactly the options above ({@code --opt VALUE} or {@code --opt=VALUE}); returns null
     * for anything else (help, typos, other commands), which then goes through picocli as usual.
     * {@code DatasetsBuildCommand_CliTest} keeps the two parsers in step.
     */
    static Integer runFast(String[] args) {
        var options = parseFast(args);
        return options == null ? null : build(options);
    }

    static BuildOptions parseFast(String[] args) {
        if (args.length < 2 || !args[0].equals("datasets") || !args[1].equals("build")) {
            return null;
        }
        var command = new DatasetsBuildCommand();
        for (int i = 2; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            String value;
            if (eq > 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return null;
            }
            switch (name) {
                case "--raw":
                    command.raw = Path.of(value);
                    break;
                case "--out":
                    command.out = Path.of(value);
                    break;
                case "--curated":
                    command.curated = Path.of(value);
                    break;
                case "--repo-clone":
                    command.repoClones.add(value);
                    break;
                default:
                    return null;
            }
        }
        return command.options();
    }

    private BuildOptions options() {
        return BuildOptions.DEFAULT
                .withRawDir(raw)
                .withOutDir(out)
                .withCuratedDir(curated)
                .withRepoClones(repoClones);
    }

    /** Runs a build, printing a summary, or one {@code file:line: message} line and returning 1. */
    static int build(BuildOptions options) {
        try {
            var result = DatasetBuild.run(options);
            result.notes().forEach(note -> System.err.println("umbrella datasets build: " + note));
            result.rows()
                    .forEach((file, rows) ->
                            System.out.println(result.dir().getFileName() + "/" + file + ": " + rows + " rows"));
            return 0;
        } catch (DatasetException e) {
            System.err.println(e.describe());
            return 1;
        }
    }
}
