package dev.umbrella.cli;

import dev.umbrella.datasets.build.BuildOptions;
import dev.umbrella.env.Env;
import dev.umbrella.publish.Notebook;
import dev.umbrella.publish.Publish;
import dev.umbrella.publish.PublishException;
import dev.umbrella.publish.Report;
import dev.umbrella.publish.RoiSummaries;
import dev.umbrella.publish.RoiSummary;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The main job: datasets, then every notebook executed in process, the report and the ROI summary. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Rebuild, execute and publish the whole analysis.")
final class RunCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "NOTEBOOK",
            arity = "0..*",
            description = "Notebooks to execute (default: every notebooks/*.ipynb).")
    List<Path> notebooks = new ArrayList<>();

    @Option(
            names = "--param",
            paramLabel = "NAME=VALUE",
            description =
                    "Override a value declared in the notebook's `parameters` cell (papermill convention); needs --out.")
    List<String> params = new ArrayList<>();

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Write executed notebooks and the report here instead of in place.")
    Path out;

    private PrintStream stdout;
    private PrintStream stderr;

    @Override
    public Integer call() {
        // The in-process kernel takes over System.out/err once it starts (and flushes them
        // asynchronously); the command's own lines go to the process streams taken here, before that.
        stdout = System.out;
        stderr = System.err;
        List<Path> files;
        Map<String, String> overrides;
        try {
            overrides = dev.umbrella.publish.Parameters.parseAssignments(params);
            files = checkedNotebooks(overrides);
        } catch (PublishException e) {
            stderr.println("umbrella run: " + e.getMessage());
            return 1;
        }
        var root = Env.projectRoot();
        stdout.println("umbrella run: project " + root.getFileName());
        if (Files.isDirectory(Env.rawDir())) {
            stdout.println("  datasets: rebuilding from the raw records");
            long started = System.nanoTime();
            int code = DatasetsBuildCommand.build(BuildOptions.DEFAULT);
            if (code != 0) {
                return code;
            }
            stdout.println(done("datasets", started));
        } else {
            stdout.println("  datasets: raw records absent (" + Env.rawDir() + "), using the committed datasets");
        }
        stdout.println("  datasets manifest: "
                + (Files.exists(Env.datasetsDir().resolve("MANIFEST.csv")) ? "present" : "not built yet"));
        return runNotebooks(files, overrides);
    }

    /** "  NAME done in S s": the same shape as the runner's per-notebook line (src/bench/run-bench.sh reads both). */
    private static String done(String what, long startedNanos) {
        return String.format(Locale.ROOT, "  %s done in %.2f s", what, (System.nanoTime() - startedNanos) / 1e9);
    }

    /** Argument mistakes surface before the datasets rebuild, not after it. */
    private List<Path> checkedNotebooks(Map<String, String> overrides) {
        if (!overrides.isEmpty() && out == null) {
            throw new PublishException(
                    "--param needs --out DIR: a parameterised run must not overwrite the committed notebooks");
        }
        List<Path> files = notebooks.isEmpty() ? Publish.notebooksIn(Env.notebooksDir()) : notebooks;
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new PublishException(f + ": no such notebook");
            }
            dev.umbrella.publish.Parameters.inject(
                    Notebook.read(f), overrides); // unknown names, bad values, broken JSON
        }
        return files;
    }

    private int runNotebooks(List<Path> files, Map<String, String> overrides) {
        try {
            if (files.isEmpty()) {
                stdout.println("No notebooks in " + Env.notebooksDir() + ": nothing to execute.");
            }
            List<Notebook> executed = List.of();
            if (!files.isEmpty()) {
                stdout.println("Executing " + files.size() + " notebook(s) with the embedded Umbrella kernel");
                executed = Publish.withKernel(stdout).execute(files, overrides);
            }
            if (!executed.isEmpty() && out == null) {
                for (int i = 0; i < files.size(); i++) {
                    Publish.write(
                            List.of(executed.get(i)),
                            files.get(i).toAbsolutePath().getParent());
                }
                stdout.println("Wrote " + executed.size() + " notebook(s) in place");
            } else if (!executed.isEmpty()) {
                Publish.write(executed, out);
                stdout.println("Wrote " + executed.size() + " notebook(s) to " + out);
            }
            Path reportDir = out == null ? Env.projectRoot().resolve("report") : out.resolve("report");
            long started = System.nanoTime();
            RoiSummary summary = RoiSummaries.current(overrides);
            stdout.println(done("roi-summary", started));
            Report.write(executed, summary, reportDir);
            stdout.println("Report: " + reportDir.resolve("index.html") + " (+" + executed.size() + " notebook pages)");
            stdout.print(summary.toText());
            return 0;
        } catch (PublishException e) {
            stderr.println("umbrella run: " + e.getMessage());
            return 1;
        }
    }
}
