package dev.umbrella.cli;

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
        System.out.println("  datasets manifest: " + (Files.exists(Env.datasetsDir().resolve("MANIFEST.csv")) ? "present" : "not built yet"));
        System.out.println("  raw records: " + (Files.isDirectory(Env.rawDir()) ? "present" : "absent"));
        return 0;
    }
}
