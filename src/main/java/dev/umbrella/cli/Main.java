package dev.umbrella.cli;

import dev.umbrella.env.Env;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code umbrella} command line: one subcommand per job. */
@Command(
        name = "umbrella",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Reproducible notebooks measuring what funding full-time open source security engineers returns.",
        subcommands = {
            RunCommand.class,
            VerifyCommand.class,
            SlidesCommand.class,
            DatasetsCommand.class,
            KernelCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Integer fast = DatasetsBuildCommand.runFast(args); // `datasets build` skips picocli's start-up cost
        System.exit(fast != null ? fast : execute(args));
    }

    /** Runs the command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int execute(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The version the pom gives, so it is written in one place. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"umbrella " + Env.version()};
        }
    }
}
