package dev.umbrella.publish;

import com.google.gson.JsonObject;

/**
 * What the runner needs from a kernel: execute one cell's source and report what Jupyter would have
 * recorded. The production engine is the Umbrella kernel itself, in process ({@link KernelEngine});
 * tests use a scripted double, so the runner's bookkeeping is tested without starting JShell.
 */
interface CellEngine extends AutoCloseable {

    /** Executes one cell and blocks until it finished. */
    CellExecution execute(String source);

    /** The kernel's {@code language_info}, which nbclient copies into the notebook's metadata. */
    JsonObject languageInfo();

    /** Stops the engine; never throws. */
    @Override
    void close();

    /** Starts a fresh engine: one per notebook, as nbclient starts one kernel per notebook. */
    @FunctionalInterface
    interface Factory {
        CellEngine start();
    }
}
