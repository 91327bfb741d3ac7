package dev.umbrella.datasets.build;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.umbrella.env.Env;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One build of the real raw records ({@code ../shared/raw}) per test JVM, shared by the tests that
 * check real data. When the raw records are absent, tests using it report that they could not
 * check (a JUnit assumption), never pass silently.
 */
final class RealBuild {
    private static Path dir;

    private RealBuild() {}

    static Path raw() {
        Path raw = Env.rawDir();
        assumeTrue(Files.isDirectory(raw.resolve("git")), "could not check: raw records not found at " + raw);
        return raw;
    }

    /** The datasets directory of a build from the real raw records and the packaged curated files. */
    static synchronized Path datasets() {
        Path raw = raw();
        if (dir == null) {
            try {
                Path tmp = Files.createTempDirectory("umbrella-real-build-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        DatasetDirectory.deleteTree(tmp);
                    } catch (IOException ignored) {
                        // best effort
                    }
                }));
                dir = DatasetBuild.run(BuildOptions.DEFAULT.withRawDir(raw).withOutDir(tmp.resolve("datasets")))
                        .dir();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }
}
