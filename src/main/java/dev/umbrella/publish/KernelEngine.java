package dev.umbrella.publish;

import com.google.gson.JsonObject;
import dev.umbrella.kernel.CellResult;
import dev.umbrella.kernel.KernelInfo;
import dev.umbrella.kernel.NotebookSession;

/**
 * The production {@link CellEngine}: the Umbrella kernel executing in this JVM through
 * {@link NotebookSession}, with the same startup and execution path as the Jupyter kernel, so
 * {@code umbrella run} needs neither Python nor Jupyter and records what nbconvert records.
 */
final class KernelEngine implements CellEngine {
    private final NotebookSession session;

    private KernelEngine(NotebookSession session) {
        this.session = session;
    }

    static CellEngine.Factory factory() {
        return () -> new KernelEngine(NotebookSession.start());
    }

    @Override
    public CellExecution execute(String source) {
        CellResult result = session.execute(source);
        return new CellExecution(result.executionCount(), result.outputs(), result.ok());
    }

    /** What the kernel sends as {@code language_info} in its {@code kernel_info_reply} (nbclient copies it into the notebook). */
    @Override
    public JsonObject languageInfo() {
        return KernelInfo.languageInfoJson();
    }

    @Override
    public void close() {
        session.close();
    }
}
