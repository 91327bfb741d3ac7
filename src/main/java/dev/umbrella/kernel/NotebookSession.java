package dev.umbrella.kernel;

import dev.umbrella.kernel.display.CellInput;
import dev.umbrella.kernel.display.NotebookOutputs;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Executes notebook cells in this JVM, without ZeroMQ or Jupyter, exactly as Umbrella's kernel
 * would: same startup (imports, extensions, renderers, magics) and the same execution path
 * ({@link UmbrellaKernel#execute}); outputs are recorded as {@code jupyter nbconvert --execute}
 * records them. Cells cannot ask for input (as under nbclient, which does not allow stdin): a read
 * fails with a clear error. One session may be open per JVM at a time (cells share {@code System.out}).
 *
 * <pre>{@code
 * try (var session = NotebookSession.start()) {
 *     CellResult r = session.execute("1 + 1");   // outputs: one execute_result with text/plain "2"
 * }
 * }</pre>
 */
public final class NotebookSession implements AutoCloseable {
    private final UmbrellaKernel kernel;
    private final NotebookOutputs outputs = new NotebookOutputs();
    private final ScheduledExecutorService timer;
    private final Object running = new Object();

    private NotebookSession(UmbrellaKernel kernel) {
        this.kernel = kernel;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, "notebook-session-timeout");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts a session; throws {@link IllegalStateException} while another one is open in this JVM. */
    public static NotebookSession start() {
        return new NotebookSession(UmbrellaKernel.start());
    }

    /** Runs one cell and blocks until it finished. A blank cell is not run (as nbclient skips it). */
    public CellResult execute(String source) {
        if (source.isBlank()) {
            return new CellResult(0, List.of(), true);
        }
        synchronized (running) {
            outputs.beginCell();
            var run = kernel.execute(source, false, true, outputs::accept, CellInput.NONE);
            return new CellResult(run.count(), outputs.finishCell(), run.ok());
        }
    }

    /** Runs one cell, interrupting it after {@code timeout} (the cell then ends with an Interrupted error). */
    public CellResult execute(String source, Duration timeout) {
        var pending = timer.schedule(this::interrupt, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return execute(source);
        } finally {
            pending.cancel(false);
        }
    }

    /** The kernel behind this session (the start-up archive's recording warms it up). */
    UmbrellaKernel kernel() {
        return kernel;
    }

    /** Warms the kernel up fully, as it would while idle (for recording the start-up archive's classes). */
    public void warmUp() {
        kernel.warmUp(() -> true);
    }

    /** Interrupts the running cell, if any (from another thread). */
    public void interrupt() {
        kernel.interrupt();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        kernel.shutdown();
    }
}
