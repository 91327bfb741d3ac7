package dev.umbrella.cli;

import dev.umbrella.datasets.BuildOptions;
import dev.umbrella.datasets.Env;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The main job. Grows with the project: datasets, notebooks, report, ROI summary. */
@Command(name = "run", description = "Rebuild, execute and publish the whole analysis.")
final class RunCommand implements Callable<Integer> {
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
        return 0;
    }
}
