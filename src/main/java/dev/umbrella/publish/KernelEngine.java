package dev.umbrella.publish;

import com.google.gson.JsonObject;
import dev.umbrella.kernel.CellResult;
import dev.umbrella.kernel.NotebookSession;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;

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
     * What the kernel sends as {@code language_info} in its {@code kernel_info_reply} (nbclient copies
     * it into the notebook): the running kernel's LanguageInfo with the keys the kernel's server writes.
     * NotebookSession does not expose the reply itself, so this mirrors it field by field;
     * NotebookRunner_NbconvertParityIT fails if the two ever drift apart.
     */
    @Override
    public JsonObject languageInfo() {
        LanguageInfo info = BaseKernel.notebookKernel().getLanguageInfo();
        var language = new JsonObject();
        language.addProperty("name", info.getName());
        language.addProperty("version", info.getVersion());
        language.addProperty("mimetype", info.getMimetype());
        language.addProperty("file_extension", info.getFileExtension());
        language.addProperty("pygments_lexer", info.getPygmentsLexer());
        language.addProperty("codemirror_mode", String.valueOf(info.getCodemirrorMode()));
        language.addProperty("nbconvert_exporter", info.getNbconvertExporter() != null ? info.getNbconvertExporter() : "script");
        return language;
    }

    @Override
    public void close() {
        session.close();
    }
}
