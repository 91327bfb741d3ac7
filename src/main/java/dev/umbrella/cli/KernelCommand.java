package dev.umbrella.cli;

import dev.umbrella.env.Env;
import dev.umbrella.kernel.install.Kernelspec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code umbrella kernel install}: makes the Java kernel available to Jupyter. */
@Command(
        name = "kernel",
        description = "The Jupyter kernel for Umbrella's notebooks.",
        subcommands = {KernelCommand.Install.class})
final class KernelCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "install", description = "Write the kernelspec (kernel.json) for Jupyter.")
    static final class Install implements Callable<Integer> {
        static final class Target {
            @Option(names = "--user", description = "Install into the user's Jupyter data directory (default).")
            boolean user;

            @Option(names = "--prefix", paramLabel = "DIR", description = "Install into DIR/share/jupyter/kernels.")
            Path prefix;
        }

        @ArgGroup(exclusive = true)
        Target target;

        @Option(
                names = "--name",
                defaultValue = Kernelspec.DEFAULT_NAME,
                description = "Kernelspec name (default: ${DEFAULT-VALUE}).")
        String name;

        @Option(
                names = "--jar",
                paramLabel = "JAR",
                description = "The kernel jar (default: the jar this command runs from).")
        Path jar;

        @Option(names = "--no-archive", description = "Skip recording the start-up class archive (AppCDS).")
        boolean noArchive;

        @Override
        public Integer call() throws Exception {
            Path kernelJar = jar != null ? jar : runningJar();
            if (kernelJar == null) {
                System.err.println(
                        "umbrella kernel install: not running from umbrella.jar; pass --jar target/umbrella.jar");
                return 2;
            }
            var spec = Kernelspec.of(name, kernelJar, Env.projectRoot());
            Path dataDir = target != null && target.prefix != null
                    ? Kernelspec.prefixDataDir(target.prefix)
                    : Kernelspec.userDataDir();
            try {
                Path dir = spec.install(dataDir, !noArchive);
                System.out.println("Installed kernelspec " + name + " (" + Kernelspec.DISPLAY_NAME + ") in " + dir);
                return 0;
            } catch (IOException e) {
                System.err.println("umbrella kernel install: " + e.getMessage());
                return 1;
            }
        }

        private static Path runningJar() {
            try {
                Path p = Path.of(KernelCommand.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI());
                return p.toString().endsWith(".jar") ? p : null;
            } catch (Exception e) {
                return null;
            }
        }
    }
}
