package dev.umbrella.publish;

/**
 * The production {@link CellEngine}: the Umbrella kernel executing in this JVM, with the same startup
 * as the Jupyter kernel, so {@code umbrella run} needs neither Python nor Jupyter.
 */
public final class KernelEngine {
    private KernelEngine() {}

    public static CellEngine.Factory factory() {
        return () -> {
            // Replaced by the adapter over dev.umbrella.kernel.NotebookSession as soon as the kernel lands.
            throw new PublishException("the in-process Umbrella kernel (dev.umbrella.kernel.NotebookSession) is not in this build yet");
        };
    }
}
