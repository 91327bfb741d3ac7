package dev.umbrella.kernel.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell, running cell code in this JVM. A cell's Java source is split into snippets and run one by
 * one until the first error; the value of a final expression (no trailing semicolon) is returned for
 * rendering. Each snippet takes the first of these paths that applies to it:
 * <ol>
 *   <li>{@link QuickPath#declare}: the declaration of one variable whose name JShell has no say in,
 *       compiled and run by {@link CellCompiler} (one javac task instead of JShell's four);
 *   <li>{@link QuickPath#run}: one expression or plain statement, through {@link CellCompiler};
 *   <li>{@link JShellPath#runAsBlock}: one expression or plain statement the quick path could not take
 *       (it is off, or the code did not compile there), through JShell as a block statement, which
 *       declares nothing and so stays cheap;
 *   <li>{@link JShellPath#runAsWritten}: everything else (methods, classes, imports, what did not compile
 *       above), through JShell as written, which then reports its own diagnostics.
 * </ol>
 * Completion, inspection and is-complete questions are answered by {@link CodeInsight}.
 */
public final class Evaluator implements AutoCloseable {
    /** What running some Java source produced: a value to show, an error, or neither. */
    public record Result(Object value, boolean hasValue, CellError error) {
        public static final Result EMPTY = new Result(null, false, null);

        public static Result shown(Object value) {
            return new Result(value, true, null);
        }

        public static Result failed(CellError error) {
            return new Result(null, false, error);
        }
    }

    /** Completions at {@code cursor}: the replacement texts and the start of the replaced range. */
    public record Completions(List<String> matches, int start, int end) {}

    /** One declaration's documentation: its signature and its doc comment as written (null if none was found). */
    public record Doc(String signature, String javadoc) {}

    private final JShell shell;
    private final SourceCodeAnalysis analysis;
    private final CellExecutionControl control;
    private final CellLoader loader;
    private final ClassIndexing indexing;
    /** The quick path, or null when it is off or javac's internals are not exported to Umbrella. */
    private final CellCompiler compiler;

    private final SourceRoots sources;
    private final JShellBridge bridge;
    private final CodeInsight insight;
    /** The quick path, or null (see {@link #compiler}). */
    private final QuickPath quick;

    private final JShellPath jshell;

    public Evaluator(ClassLoader parent) {
        this(parent, true);
    }

    /** {@code quickCompile}: small snippets through {@link CellCompiler} where it is available (else all through JShell). */
    public Evaluator(ClassLoader parent, boolean quickCompile) {
        this.loader = new CellLoader(parent);
        this.control = new CellExecutionControl(loader);
        this.shell = JShell.builder()
                .executionEngine(
                        new ExecutionControlProvider() {
                            @Override
                            public String name() {
                                return "umbrella";
                            }

                            @Override
                            public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                                return control;
                            }
                        },
                        Map.of())
                .build();
        this.analysis = shell.sourceCodeAnalysis();
        this.indexing = new ClassIndexing(analysis);
        List<String> pendingImports = new ArrayList<>();
        this.compiler = quickCompile ? CellCompiler.create(shell, analysis, loader, control, pendingImports) : null;
        this.sources = new SourceRoots(analysis);
        this.bridge = new JShellBridge(shell, analysis, compiler, pendingImports);
        this.insight = new CodeInsight(analysis, bridge, indexing, sources, compiler);
        Map<String, CellError.Origin> origins = new ConcurrentHashMap<>();
        this.quick = compiler == null ? null : new QuickPath(compiler, control, origins);
        this.jshell = new JShellPath(shell, bridge, control, origins);
        indexing.pause();
    }

    /** Snippets that ran through {@link CellCompiler} rather than JShell. */
    public int quickRuns() {
        return quick == null ? 0 : quick.runs();
    }

    public void addToClasspath(String path) {
        shell.addToClasspath(path);
        sources.add(path);
        if (compiler != null) {
            compiler.addToClasspath(path);
        }
    }

    /**
     * Imports every cell sees from now on ({@code java.util.*}, {@code static java.lang.Math.*}),
     * as at the start of a session. They are checked by javac at once, in one task, and given to
     * JShell only when it is needed; those that do not compile are left out and returned.
     * Without the quick path each is evaluated by JShell at once.
     */
    public List<String> importAtStart(List<String> imports) {
        List<String> rejected = null;
        if (compiler != null) {
            rejected = compiler.rejectedImports(imports, quick.nextId());
        }
        if (rejected == null) {
            var failed = new ArrayList<String>();
            for (String i : imports) {
                if (run("import " + i + ";", 0, 1).error() != null) {
                    failed.add(i);
                }
            }
            return failed;
        }
        List<String> accepted = new ArrayList<>(imports);
        accepted.removeAll(rejected);
        bridge.addPendingImports(accepted);
        return rejected;
    }

    /**
     * One step of warming the kernel while it is idle: one of JShell's pending imports (the first
     * also starts JShell's compiler). False when there is nothing left to do.
     */
    public boolean warmUpStep() {
        if (!bridge.hasPendingImports()) {
            return false;
        }
        indexing.pause();
        try {
            bridge.importNext();
        } finally {
            indexing.resumeWhenQuiet();
        }
        return true;
    }

    /** The quick path's variable {@code name} is no longer known (for the kernel's own warm-up snippets). */
    public void forget(String name) {
        if (compiler != null) {
            compiler.forget(name);
        }
    }

    /** Interrupts the running cell (from another thread). */
    public void stop() {
        control.stop();
    }

    /**
     * Runs {@code source}, which starts on line {@code firstLine} (1-based) of cell {@code cell}.
     * Stops at the first snippet that fails to compile or throws.
     */
    public Result run(String source, int cell, int firstLine) {
        indexing.pause();
        try {
            return runCell(source, cell, firstLine);
        } finally {
            indexing.resumeWhenQuiet();
        }
    }

    private Result runCell(String source, int cell, int firstLine) {
        control.beginCell();
        String single = SnippetShape.oneSnippet(source);
        if (single != null) {
            int lead = 0;
            while (Character.isWhitespace(source.charAt(lead))) {
                lead++;
            }
            return runSnippet(
                    single,
                    new CellError.Origin(cell, firstLine + countLines(source, lead)),
                    !source.strip().endsWith(";"));
        }
        String remaining = source;
        int consumed = 0;
        Result result = Result.EMPTY;
        while (!remaining.isBlank()) {
            var info = analysis.analyzeCompletion(remaining);
            String rest = info.completeness() == Completeness.EMPTY || info.source() == null ? "" : info.remaining();
            String chunk = remaining.substring(0, remaining.length() - rest.length());
            int lead = 0;
            while (lead < chunk.length() && Character.isWhitespace(chunk.charAt(lead))) {
                lead++;
            }
            int line = firstLine + countLines(source, consumed + lead);
            String snippet = (info.source() != null ? info.source() : chunk).strip();
            boolean last = rest.isBlank();
            boolean shown = last && !chunk.strip().endsWith(";");
            result = runSnippet(snippet, new CellError.Origin(cell, line), shown);
            if (result.error() != null) {
                return result;
            }
            consumed += chunk.length();
            remaining = rest;
        }
        return result;
    }

    /** Runs source for extensions and {@code eval(..)}: the value, or an exception on error. */
    public Object evalRaw(String source) {
        var result = run(source, 0, 1);
        if (result.error() != null) {
            throw new IllegalStateException(
                    result.error().ename() + ": " + result.error().evalue() + "\n"
                            + String.join("\n", result.error().traceback()));
        }
        return result.value();
    }

    /** Runs one snippet on the first path that applies to it (see the class comment); {@code shown}: its value is wanted. */
    private Result runSnippet(String snippet, CellError.Origin origin, boolean shown) {
        if (control.wasStopped()) {
            return Result.failed(CellError.interrupted());
        }
        VarDeclaration declaration = compiler == null ? null : VarDeclaration.parse(snippet);
        if (declaration != null && !bridge.isJShells(declaration.name())) {
            Optional<Result> declared = quick.declare(declaration, snippet, origin);
            if (declared.isPresent()) {
                return declared.get();
            }
            return jshell.runAsWritten(snippet, origin, shown); // a declaration is never tried as an expression
        }
        String expression = declaration != null ? null : SnippetShape.expressionCandidate(snippet);
        if (expression != null) {
            boolean effectOnly = SnippetShape.isPrintCall(expression);
            Optional<Result> ran = quick != null ? quick.run(expression, effectOnly, origin, shown) : Optional.empty();
            if (ran.isEmpty()) {
                ran = jshell.runAsBlock(expression, effectOnly, origin, shown);
            }
            if (ran.isPresent()) {
                return ran.get();
            }
        }
        return jshell.runAsWritten(snippet, origin, shown);
    }

    private static int countLines(String text, int end) {
        int n = 0;
        for (int i = 0; i < end && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    public Completions complete(String code, int cursor) {
        return insight.complete(code, cursor);
    }

    /** Signatures and Javadoc of what is at {@code cursor} (several for overloads), or an empty list. */
    public List<Doc> inspect(String code, int cursor, boolean detail) {
        return insight.inspect(code, cursor);
    }

    /** {@code complete}, {@code incomplete}, or {@code invalid}, as the Jupyter protocol spells them. */
    public String isComplete(String code) {
        return insight.isComplete(code);
    }

    @Override
    public void close() {
        indexing.close();
        sources.close();
        shell.close();
        bridge.close();
    }
}
