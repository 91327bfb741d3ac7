package dev.umbrella.kernel;

import com.google.gson.JsonObject;
import dev.umbrella.kernel.display.CellInput;
import dev.umbrella.kernel.display.DisplayBundle;
import dev.umbrella.kernel.display.JavadocText;
import dev.umbrella.kernel.display.NotebookKernel;
import dev.umbrella.kernel.display.NotebookStatics;
import dev.umbrella.kernel.display.StreamCapture;
import dev.umbrella.kernel.display.UmbrellaExtension;
import dev.umbrella.kernel.eval.CellError;
import dev.umbrella.kernel.eval.Evaluator;
import dev.umbrella.kernel.eval.KernelLog;
import dev.umbrella.kernel.eval.MavenDependencies;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;

/**
 * Umbrella's Java kernel: JShell in this JVM plus renderers, magics and the display API, built on
 * JJava's base library. {@link #execute} is the one path every cell takes, whether it arrives over
 * ZeroMQ ({@code server.KernelServer}) or from a {@link NotebookSession}, so the two cannot diverge.
 *
 * <p>About 330 lines as one class: JJava's {@code BaseKernel} calls back into it for execute, complete,
 * inspect, is_complete and history, and each answer is a few lines over the evaluator; warm-up, info and
 * display live in their own classes.
 */
public final class UmbrellaKernel extends BaseKernel implements NotebookKernel {
    /** Imports every cell sees; the {@link UmbrellaExtension} adds Tablesaw's and Umbrella's. */
    private static final List<String> IMPORTS = List.of(
            "java.util.*",
            "java.util.function.*",
            "java.util.stream.*",
            "java.time.*",
            "java.io.*",
            "java.math.*",
            "java.nio.file.*",
            "static " + NotebookStatics.class.getName() + ".*");

    private final Evaluator evaluator;
    private final StreamCapture capture;
    private final History history;
    private final MavenDependencies maven = new MavenDependencies();
    private final List<Runnable> newPageListeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger displayIds = new AtomicInteger();
    private final AtomicInteger executionCount = new AtomicInteger();
    private volatile CellOutput output;
    private volatile CellInput input = CellInput.NONE;

    /** What running one cell produced. */
    public record Execution(int count, boolean ok, CellError error) {}

    private UmbrellaKernel(History history) {
        super(
                KernelInfo.IMPLEMENTATION,
                KernelInfo.VERSION,
                KernelInfo.languageInfo(),
                KernelInfo.helpLinks(),
                history,
                new JupyterIO(StandardCharsets.UTF_8),
                new CommManager(),
                new Renderer(),
                null,
                new MagicsRegistry(),
                true,
                new StringStyler.Builder().build());
        this.history = history;
        this.capture = StreamCapture.install();
        this.evaluator = new Evaluator(UmbrellaKernel.class.getClassLoader());
    }

    /**
     * Starts a kernel in this JVM: JShell, the usual imports (checked by javac, whose first task
     * starts the compiler the first cell uses; JShell gets them when it is needed), magics and
     * extensions (renderers). Warming up is left to {@link #warmUp}, while the kernel is idle, so
     * that the first cell does not wait for it. Only one kernel may be active per JVM (cells share
     * {@code System.out}); {@link #shutdown()} ends it.
     */
    public static UmbrellaKernel start() {
        Locale.setDefault(Locale.ROOT);
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        long t0 = System.nanoTime();
        var kernel = new UmbrellaKernel(new History());
        kernel.installNotebookKernel();
        try {
            long t1 = System.nanoTime();
            var rejected = kernel.evaluator.importAtStart(IMPORTS);
            if (!rejected.isEmpty()) {
                throw new IllegalStateException("the kernel's imports do not compile: " + rejected);
            }
            long t2 = System.nanoTime();
            Magics.registerAll(kernel);
            kernel.installDefaultExtensions();
            if (KernelLog.DEBUG) {
                KernelLog.log(String.format(
                        Locale.ROOT,
                        "kernel start: JShell %d ms, imports %d ms, extensions %d ms",
                        (t1 - t0) / 1_000_000,
                        (t2 - t1) / 1_000_000,
                        (System.nanoTime() - t2) / 1_000_000));
            }
        } catch (RuntimeException e) {
            kernel.shutdown();
            throw e;
        }
        return kernel;
    }

    /**
     * Runs one cell and sends its output to {@code out}: streams while it runs, then its display
     * data, result or error. {@code silent} cells publish no result and are not counted.
     */
    public synchronized Execution execute(
            String code, boolean silent, boolean storeHistory, CellOutput out, CellInput in) {
        int count = silent || !storeHistory ? executionCount.get() : executionCount.incrementAndGet();
        if (!silent) {
            var input = new JsonObject();
            input.addProperty("code", code);
            input.addProperty("execution_count", count);
            out.publish("execute_input", input);
        }
        output = out;
        input = in;
        capture.attachInput(this::readLine);
        capture.attach((name, text) -> {
            var content = new JsonObject();
            content.addProperty("name", name);
            content.addProperty("text", text);
            out.publish("stream", content);
        });
        String resultText = "";
        CellError error = null;
        try {
            var parts = CellSource.parse(code).parts();
            for (int i = 0; i < parts.size(); i++) {
                var part = parts.get(i);
                Evaluator.Result result = switch (part.kind()) {
                    case JAVA -> evaluator.run(part.text(), count, part.firstLine());
                    case LINE_MAGIC -> Magics.runLine(this, part, count);
                    case CELL_MAGIC -> Magics.runCell(this, part, count);
                };
                if (result.error() != null) {
                    error = result.error();
                    break;
                }
                if (result.hasValue() && !silent && i == parts.size() - 1) {
                    DisplayData data = renderer.render(result.value());
                    capture.flush();
                    var content = DisplayBundle.of(data, false);
                    content.addProperty("execution_count", count);
                    out.publish("execute_result", content);
                    Object text = data.getData(MIMEType.TEXT_PLAIN);
                    resultText = text == null ? "" : text.toString();
                }
            }
        } catch (RuntimeException e) {
            error = CellError.of(e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        }
        capture.flush();
        if (error != null) {
            out.publish("error", error.toJson());
        }
        capture.flush();
        if (storeHistory && !silent) {
            history.add(count, code, resultText);
        }
        return new Execution(count, error == null, error);
    }

    /**
     * Warms the kernel up while it is idle, one short step at a time, stopping as soon as
     * {@code keepGoing} says a request is waiting (see {@link KernelWarmUp}).
     */
    public void warmUp(BooleanSupplier keepGoing) {
        KernelWarmUp.run(this, evaluator, keepGoing);
    }

    /** See {@link Evaluator#importAtStart}. */
    @Override
    public List<String> importAtStart(List<String> imports) {
        return evaluator.importAtStart(imports);
    }

    public int executionCount() {
        return executionCount.get();
    }

    Evaluator evaluator() {
        return evaluator;
    }

    /** {@code listener} runs when cells start coming from another frontend session (see {@link #newPage()}). */
    @Override
    public void onNewPage(Runnable listener) {
        newPageListeners.add(listener);
    }

    /**
     * Cells now come from another frontend session than before: a reloaded or newly opened page
     * that may lack what earlier outputs put on the old one (the plotly.js bundle).
     */
    public void newPage() {
        newPageListeners.forEach(Runnable::run);
    }

    MavenDependencies maven() {
        return maven;
    }

    /** Renders and publishes {@code value} as display data; returns its display id. */
    @Override
    public String display(Object value, String... mimeTypes) {
        DisplayData data = mimeTypes.length == 0 ? renderer.render(value) : renderer.renderAs(value, mimeTypes);
        String id = data.getDisplayId();
        if (id == null) {
            id = "umbrella-display-" + displayIds.incrementAndGet();
            data.setDisplayId(id);
        }
        display(data);
        return id;
    }

    @Override
    public void display(DisplayData data) {
        publish("display_data", DisplayBundle.of(data, true));
    }

    @Override
    public void updateDisplay(String id, Object value, String... mimeTypes) {
        DisplayData data = mimeTypes.length == 0 ? renderer.render(value) : renderer.renderAs(value, mimeTypes);
        data.setDisplayId(id);
        publish("update_display_data", DisplayBundle.of(data, true));
    }

    /**
     * One line of input for the running cell (what {@code System.in}, {@code readLine} and
     * {@code readPassword} use): the cell's output so far is sent first, so the prompt follows it.
     */
    @Override
    public String readLine(String prompt, boolean password) {
        capture.flush();
        return input.readLine(prompt == null ? "" : prompt, password);
    }

    @Override
    public void clearOutput(boolean wait) {
        var content = new JsonObject();
        content.addProperty("wait", wait);
        publish("clear_output", content);
    }

    private void publish(String type, JsonObject content) {
        CellOutput out = output;
        if (out == null) {
            throw new IllegalStateException("display needs a running cell");
        }
        capture.flush();
        out.publish(type, content);
    }

    @Override
    public Object evalRaw(String source) {
        return evaluator.evalRaw(source);
    }

    @Override
    public synchronized DisplayData inspect(String code, int at, boolean extraDetail) {
        var docs = evaluator.inspect(code, at, extraDetail);
        if (docs.isEmpty()) {
            return null;
        }
        var plain = new StringBuilder();
        var markdown = new StringBuilder();
        for (var doc : docs) {
            var text = JavadocText.parse(doc.javadoc());
            plain.append(plain.length() > 0 ? "\n\n" : "").append(doc.signature());
            markdown.append(markdown.length() > 0 ? "\n\n---\n\n" : "")
                    .append("```java\n")
                    .append(doc.signature())
                    .append("\n```");
            if (!text.isEmpty()) {
                plain.append("\n\n").append(text.plain());
                markdown.append("\n\n").append(text.markdown());
            }
        }
        var data = new DisplayData(plain.toString());
        data.putData(MIMEType.TEXT_MARKDOWN, markdown.toString());
        return data;
    }

    @Override
    public synchronized ReplacementOptions complete(String code, int at) {
        int lineStart = code.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        String line = code.substring(lineStart, at);
        if (line.stripLeading().startsWith("%")) {
            String typed = line.stripLeading().replaceFirst("^%+", "");
            var names = getMagicsRegistry().getLineMagicNames().stream()
                    .filter(n -> n.startsWith(typed))
                    .sorted()
                    .toList();
            return new ReplacementOptions(names, at - typed.length(), at);
        }
        var c = evaluator.complete(code, at);
        return new ReplacementOptions(c.matches(), c.start(), c.end());
    }

    @Override
    public synchronized String isComplete(String code) {
        return evaluator.isComplete(code);
    }

    @Override
    public void interrupt() {
        evaluator.stop();
    }

    @Override
    protected ClassLoader getClassLoader() {
        return UmbrellaKernel.class.getClassLoader();
    }

    @Override
    public String getBanner() {
        return KernelInfo.banner();
    }

    /** Ends this kernel: extensions, JShell, the notebook-kernel slot. */
    public void shutdown() {
        try {
            onShutdown(false);
        } finally {
            output = null;
            input = CellInput.NONE;
            capture.attachInput(null);
            capture.attach(null);
            evaluator.close();
        }
    }

    public HistoryManager history() {
        return history;
    }
}
