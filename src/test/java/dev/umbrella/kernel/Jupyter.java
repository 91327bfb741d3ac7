package dev.umbrella.kernel;

import static org.assertj.core.api.Assertions.fail;

import dev.umbrella.kernel.install.Kernelspec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs Debian's Jupyter (in /usr/bin/python3) for the integration tests; missing Jupyter fails under CI=true. */
public final class Jupyter {
    public static final Path PYTHON = Path.of("/usr/bin/python3");

    private Jupyter() {}

    /** Skips the test (or fails it on CI) when /usr/bin/python3 lacks one of the modules. */
    public static void require(String... modules) throws Exception {
        String reason = null;
        if (!Files.isExecutable(PYTHON)) {
            reason = PYTHON + " not found";
        } else {
            var result = run(List.of(PYTHON.toString(), "-c", "import " + String.join(", ", modules)), Map.of(), 60);
            if (result.exitCode() != 0) {
                reason = "/usr/bin/python3 cannot import " + String.join(", ", modules) + ": "
                        + result.output().strip();
            }
        }
        if (reason != null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("Jupyter is required on CI (.ci/run installs it): " + reason);
            }
            Assumptions.abort("could not check: " + reason + " (sudo apt-get install jupyter-client python3-nbclient "
                    + "jupyter-nbconvert python3-jupyter-kernel-test)");
        }
    }

    /** The packaged kernel jar failsafe passes in {@code umbrella.jar}. */
    public static Path kernelJar() {
        String jar = System.getProperty("umbrella.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            fail("system property umbrella.jar must name the packaged jar (run through ./mvnw verify)");
        }
        return Path.of(jar);
    }

    /** Installs the kernelspec under {@code prefix} and returns the JUPYTER_PATH for it. */
    public static Path install(Path prefix) throws Exception {
        var spec =
                Kernelspec.of(Kernelspec.DEFAULT_NAME, kernelJar(), Path.of("").toAbsolutePath());
        Path dataDir = Kernelspec.prefixDataDir(prefix);
        spec.install(dataDir, false);
        return dataDir;
    }

    public record Result(int exitCode, String output) {}

    public static Result run(List<String> command, Map<String, String> env, long timeoutSeconds)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("umbrella-jupyter", ".log");
        try {
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(env);
            builder.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
            var process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return new Result(
                        -1,
                        "timed out after " + timeoutSeconds + " s\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
