package dev.umbrella.kernel.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.kernel.Jupyter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel under real Jupyter: installs the kernelspec into a temporary prefix, then runs the
 * Jupyter project's conformance suite (jupyter_kernel_test.KernelTests: execute, stdout/stderr,
 * errors, completion, inspection, is_complete, history, display_data) and our own protocol checks
 * (interrupt, System.exit, stack overflow, signatures, loopback binding) from
 * {@code src/test/resources/jupyter/test_umbrella_kernel.py}.
 */
class KernelConformanceIT {
    @Test
    void passesJupyterKernelTests(@TempDir Path dir) throws Exception {
        Jupyter.require("jupyter_client", "jupyter_kernel_test", "zmq");
        Path jupyterPath = Jupyter.install(dir.resolve("prefix"));
        assertThat(jupyterPath.resolve("kernels/umbrella/kernel.json")).isRegularFile();
        Path script = dir.resolve("test_umbrella_kernel.py");
        try (InputStream in = KernelConformanceIT.class.getResourceAsStream("/jupyter/test_umbrella_kernel.py")) {
            Files.copy(in, script);
        }
        var result = Jupyter.run(
                List.of(Jupyter.PYTHON.toString(), script.toString()),
                Map.of("JUPYTER_PATH", jupyterPath.toString(), "JUPYTER_PLATFORM_DIRS", "1"),
                600);
        assertThat(result.output()).as(result.output()).contains("OK");
        assertThat(result.exitCode()).as(result.output()).isZero();
        // Only the pager test may skip: the kernel sends no pager payloads (help goes to inspect_reply).
        assertThat(result.output())
                .as("every test ran")
                .containsPattern("Ran 2[2-4] tests")
                .contains("test_pager (__main__.UmbrellaKernelTests.test_pager) ... skipped")
                .containsPattern("OK \\(skipped=1\\)");
        assertThat(result.output())
                .contains("dropped a message with a missing or wrong signature on the shell channel");
    }
}
