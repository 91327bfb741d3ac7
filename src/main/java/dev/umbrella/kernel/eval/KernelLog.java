package dev.umbrella.kernel.eval;

import dev.umbrella.env.Env;
import java.io.PrintStream;

/**
 * The kernel's own log: lines on the process's original stderr (the Jupyter server's console),
 * never in a cell's output. It lives in the lowest kernel package so that evaluation, display and
 * the server can all log without depending on each other. {@code System.err} is read when this
 * class is first used, which {@code StreamCapture.install} makes sure happens before it replaces it.
 */
public final class KernelLog {
    /** UMBRELLA_KERNEL_DEBUG=1 logs timings (start-up, each request, quick-compile diagnostics). */
    public static final boolean DEBUG = Env.kernelDebug();

    private static final PrintStream ORIGINAL_ERR = System.err;

    private KernelLog() {}

    /** The process's own stderr, as it was before {@code System.err} was replaced to capture cells' output. */
    public static PrintStream originalStderr() {
        return ORIGINAL_ERR;
    }

    /** A kernel log line on the process's original stderr. */
    public static void log(String message) {
        ORIGINAL_ERR.println("[umbrella kernel] " + message);
        ORIGINAL_ERR.flush();
    }
}
