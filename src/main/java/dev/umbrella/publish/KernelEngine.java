package dev.umbrella.publish;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.umbrella.kernel.CellResult;
import dev.umbrella.kernel.NotebookSession;
import org.dflib.jjava.jupyter.kernel.BaseKernel;

/**
 * The production {@link CellEngine}: the Umbrella kernel executing in this JVM through
 * {@link NotebookSession}, with the same startup and execution path as the Jupyter kernel, so
 * {@code umbrella run} needs neither Python nor Jupyter and records what nbconvert records.
 */
public final class KernelEngine implements CellEngine {
    private final NotebookSession session;

    private KernelEngine(NotebookSession session) {
        this.session = session;
    }

    public static CellEngine.Factory factory() {
        return () -> new KernelEngine(NotebookSession.start());
    }

    @Override
    public CellExecution execute(String source) {
        CellResult result = session.execute(source);
        return new CellExecution(result.executionCount(), result.outputs(), result.ok());
    }

    /**
     * What the kernel sends in its {@code kernel_info_reply} (nbclient copies it into the notebook):
     * the running kernel's LanguageInfo, serialised by Gson through its {@code @SerializedName} fields,
     * as jjava's message layer does.
     */
    @Override
    public JsonObject languageInfo() {
        return new Gson().toJsonTree(BaseKernel.notebookKernel().getLanguageInfo()).getAsJsonObject();
    }

    @Override
    public void close() {
        session.close();
    }
}
