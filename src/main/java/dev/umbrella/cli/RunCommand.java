package dev.umbrella.cli;

import dev.umbrella.datasets.BuildOptions;
import dev.umbrella.datasets.Env;
import dev.umbrella.publish.KernelEngine;
import dev.umbrella.publish.Notebook;
import dev.umbrella.publish.Publish;
import dev.umbrella.publish.PublishException;
import dev.umbrella.publish.Report;
import dev.umbrella.publish.RoiSummaries;
import dev.umbrella.publish.RoiSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The main job: datasets, then every notebook executed in process, the report and the ROI summary. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Rebuild, execute and publish the whole analysis.")
final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NOTEBOOK", arity = "0..*", description = "Notebooks to execute (default: every notebooks/*.ipynb).")
    List<Path> notebooks = new ArrayList<>();

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Override a value declared in the notebook's `parameters` cell (papermill convention); needs --out.")
    List<String> params = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Write executed notebooks and the report here instead of in place.")
    Path out;

    @Override
    public Integer call() {
        var root = Env.projectRoot();
        System.out.println("umbrella run: project " + root.getFileName());
        if (Files.isDirectory(Env.rawDir())) {
            System.out.println("  datasets: rebuilding from the raw records");
            int code = DatasetsBuildCommand.build(BuildOptions.DEFAULT);
            if (code != 0) {
                return code;
            }
        } else {
            System.out.println("  datasets: raw records absent (" + Env.rawDir() + "), using the committed datasets");
        }
        System.out.println("  datasets manifest: " + (Files.exists(Env.datasetsDir().resolve("MANIFEST.csv")) ? "present" : "not built yet"));
        return runNotebooks();
    }

    private int runNotebooks() {
        try {
            Map<String, String> overrides = dev.umbrella.publish.Parameters.parseAssignments(params);
            if (!overrides.isEmpty() && out == null) {
                throw new PublishException("--param needs --out DIR: a parameterised run must not overwrite the committed notebooks");
            }
            List<Path> files = notebooks.isEmpty() ? Publish.notebooksIn(Env.notebooksDir()) : notebooks;
            if (files.isEmpty()) {
                System.out.println("No notebooks in " + Env.notebooksDir() + ": nothing to execute.");
                return 0;
            }
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    throw new PublishException(f + ": no such notebook");
                }
            }
            System.out.println("Executing " + files.size() + " notebook(s) with the embedded Umbrella kernel");
            List<Notebook> executed = new Publish(KernelEngine.factory(), System.out).execute(files, overrides);
            if (out == null) {
                for (int i = 0; i < files.size(); i++) {
                    Publish.write(List.of(executed.get(i)), files.get(i).toAbsolutePath().getParent());
                }
                System.out.println("Wrote " + executed.size() + " notebook(s) in place");
            } else {
                Publish.write(executed, out);
                System.out.println("Wrote " + executed.size() + " notebook(s) to " + out);
            }
            Path reportDir = out == null ? Env.projectRoot().resolve("report") : out.resolve("report");
            RoiSummary summary = RoiSummaries.current();
            Report.write(executed, summary, reportDir);
            System.out.println("Report: " + reportDir.resolve("index.html") + " (+" + executed.size() + " notebook pages)");
            System.out.print(summary.toText());
            return 0;
        } catch (PublishException e) {
            System.err.println("umbrella run: " + e.getMessage());
            return 1;
        }
    }
}
