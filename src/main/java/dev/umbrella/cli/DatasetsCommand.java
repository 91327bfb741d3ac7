package dev.umbrella.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code umbrella datasets …}: commands about the datasets under {@code datasets/}. */
@Command(
        name = "datasets",
        description = "Build the datasets from the raw public records.",
        subcommands = {DatasetsBuildCommand.class})
final class DatasetsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
