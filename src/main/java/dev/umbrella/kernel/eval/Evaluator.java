package dev.umbrella.kernel.eval;

import dev.umbrella.kernel.eval.CellCompiler.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell, running cell code in this JVM. A cell's Java source is split into snippets and run one by
 * one until the first error; the value of a final expression (no trailing semicolon) is returned for
 * rendering. Each snippet takes the first of these paths that applies to it:
 * <ol>
 *   <li>{@link #declareQuick}: the declaration of one variable whose name JShell has no say in,
 *       compiled and run by {@link CellCompiler} (one javac task instead of JShell's four);
 *   <li>{@link #runQuick}: one expression or plain statement, through {@link CellCompiler};
 *   <li>{@link #runAsBlockInJShell}: one expression or plain statement the quick path could not take
 *       (it is off, or the code did not compile there), through JShell as a block statement, which
 *       declares nothing and so stays cheap;
 *   <li>{@link #runThroughJShell}: everything else (methods, classes, imports, what did not compile
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

    /**
     * A rewritten snippet run through JShell: its {@code result}, or null when JShell rejected it,
     * and then whether it was rejected because the expression is a void call.
     */
    private record BlockRun(Result result, boolean rejectedAsVoidCall) {
        boolean ran() {
            return result != null;
        }
    }

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
    private int quickCells;
    private int quickRuns;
    private final Map<String, CellError.Origin> origins = new ConcurrentHashMap<>();

    public Evaluator(ClassLoader parent) {
        this(parent, true);
    }

    /** {@code quickCompile}: small snippets through {@link CellCompiler} where it is available (else all through JShell). */
    public Evaluator(ClassLoader parent, boolean quickCompile) {
        this.loader = new CellLoader(parent);
        this.control = new CellExecutionControl(loader);
        this.shell = JShell.builder()
                .executionEngine(new ExecutionControlProvider() {
                    @Override
                    public String name() {
                        return "umbrella";
                    }

                    @Override
                    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                        return control;
                    }
                }, Map.of())
                .build();
        this.analysis = shell.sourceCodeAnalysis();
        this.indexing = new ClassIndexing(analysis);
        List<String> pendingImports = new ArrayList<>();
        this.compiler = quickCompile ? CellCompiler.create(shell, analysis, loader, control, pendingImports) : null;
        this.sources = new SourceRoots(analysis);
        this.bridge = new JShellBridge(shell, analysis, compiler, pendingImports);
        this.insight = new CodeInsight(analysis, bridge, indexing, sources, compiler);
        indexing.pause();
    }

    /** Snippets that ran through {@link CellCompiler} rather than JShell. */
    public int quickRuns() {
        return quickRuns;
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
            rejected = compiler.rejectedImports(imports, CellCompiler.snippetId(++quickCells));
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
            return runSnippet(single, new CellError.Origin(cell, firstLine + countLines(source, lead)),
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
            throw new IllegalStateException(result.error().ename() + ": " + result.error().evalue()
                    + "\n" + String.join("\n", result.error().traceback()));
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
            Optional<Result> declared = declareQuick(declaration, snippet, origin);
            if (declared.isPresent()) {
                return declared.get();
            }
            return runThroughJShell(snippet, origin, shown);   // a declaration is never tried as an expression
        }
        String expression = declaration != null ? null : SnippetShape.expressionCandidate(snippet);
        if (expression != null) {
            boolean effectOnly = SnippetShape.isPrintCall(expression);
            Optional<Result> ran = compiler != null ? runQuick(expression, effectOnly, origin, shown) : Optional.empty();
            if (ran.isEmpty()) {
                ran = runAsBlockInJShell(expression, effectOnly, origin, shown);
            }
            if (ran.isPresent()) {
                return ran.get();
            }
        }
        return runThroughJShell(snippet, origin, shown);
    }

    /**
     * The declaration of one variable whose name JShell has no say in, through {@link CellCompiler}.
     * Empty when it did not compile there (nothing ran; it goes to JShell as written).
     */
    private Optional<Result> declareQuick(VarDeclaration declaration, String snippet, CellError.Origin origin) {
        String id = CellCompiler.snippetId(++quickCells);
        Outcome outcome = compiler.declare(declaration, snippet, id);
        if (!outcome.compiled()) {
            return Optional.empty();
        }
        CellError error = quickRunError(outcome, id, origin);
        return Optional.of(error == null ? Result.EMPTY : Result.failed(error));
    }

    /**
     * One expression or plain statement, through {@link CellCompiler}: as the value of
     * {@link CellValue#set}, or, if it is a void call (or {@code effectOnly}), as a statement.
     * Empty when it did not compile there (nothing ran).
     */
    private Optional<Result> runQuick(String expression, boolean effectOnly, CellError.Origin origin, boolean shown) {
        String id = CellCompiler.snippetId(++quickCells);
        Outcome outcome;
        if (effectOnly) {
            outcome = compiler.run(expression + "\n;", id);
        } else {
            CellValue.clear();
            outcome = compiler.run(CellValue.class.getName() + ".set(" + expression + "\n);", id);
            if (outcome.status() == CellCompiler.Status.VOID_CALL) {
                outcome = compiler.run(expression + "\n;", id);
            }
        }
        if (!outcome.compiled()) {
            return Optional.empty();
        }
        CellError error = quickRunError(outcome, id, origin);
        if (error != null) {
            return Optional.of(Result.failed(error));
        }
        Object value = CellValue.take();
        boolean has = shown && !CellValue.isNone(value) && value != null;
        return Optional.of(has ? Result.shown(value) : Result.EMPTY);
    }

    /** Notes a snippet that ran on the quick path; how it failed, or null if it did not. */
    private CellError quickRunError(Outcome outcome, String id, CellError.Origin origin) {
        origins.put(id, origin);
        quickRuns++;
        if (outcome.status() == CellCompiler.Status.STOPPED || control.wasStopped()) {
            return CellError.interrupted();
        }
        if (outcome.status() == CellCompiler.Status.THREW) {
            return CellError.exception(outcome.failure(), compiler::cellFrames, origins);
        }
        return null;
    }

    /**
     * One expression or plain statement the quick path did not take, through JShell as the block
     * {@code { CellValue.set(expr); }}, or, if it is a void call (or {@code effectOnly}),
     * {@code { expr; }}: JShell compiles a block without declaring anything. Empty when JShell
     * rejected it (nothing ran; the snippet then runs as written, so that declarations and genuine
     * compile errors are JShell's own).
     */
    private Optional<Result> runAsBlockInJShell(String expression, boolean effectOnly, CellError.Origin origin,
                                                boolean shown) {
        if (!effectOnly) {
            CellValue.clear();
            BlockRun valued = runBlock("{ " + CellValue.class.getName() + ".set(" + expression + "\n); }", origin);
            if (valued.ran()) {
                Object value = CellValue.take();
                CellError error = valued.result().error();
                boolean has = error == null && shown && !CellValue.isNone(value) && value != null;
                return Optional.of(has ? Result.shown(value) : Result.failed(error));
            }
            if (!valued.rejectedAsVoidCall()) {
                return Optional.empty();
            }
        }
        BlockRun statement = runBlock("{ " + expression + "\n; }", origin);
        return statement.ran() ? Optional.of(statement.result()) : Optional.empty();
    }

    /** Runs a rewritten snippet through JShell (see {@link BlockRun}). */
    private BlockRun runBlock(String code, CellError.Origin origin) {
        SnippetEvent main = primary(bridge.eval(code));
        if (main == null) {
            return new BlockRun(null, false);
        }
        if (main.status() == Snippet.Status.REJECTED) {
            boolean isVoid = shell.diagnostics(main.snippet())
                    .anyMatch(d -> d.isError() && d.getCode().contains("void.not.allowed"));
            return new BlockRun(null, isVoid);
        }
        origins.put(main.snippet().id(), origin);
        CellError error = failure(main);
        return new BlockRun(error != null ? Result.failed(error) : Result.EMPTY, false);
    }

    /** Any snippet, through JShell as written: the path for whatever the paths above did not take. */
    private Result runThroughJShell(String snippet, CellError.Origin origin, boolean shown) {
        List<SnippetEvent> events = bridge.eval(snippet);
        SnippetEvent main = primary(events);
        if (main == null) {
            return Result.EMPTY;
        }
        origins.put(main.snippet().id(), origin);
        if (main.status() == Snippet.Status.REJECTED) {
            return Result.failed(CellError.compile(snippet, origin, shell.diagnostics(main.snippet()).toList()));
        }
        CellError error = failure(main);
        if (error != null) {
            return Result.failed(error);
        }
        noteUnresolved(main);
        Snippet s = main.snippet();
        boolean isExpression = s instanceof ExpressionSnippet
                || (s instanceof VarSnippet && s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND);
        Object value = control.lastValue();
        boolean has = shown && isExpression && value != null;
        return new Result(has ? value : null, has, null);
    }

    private CellError failure(SnippetEvent event) {
        if (control.wasStopped()) {
            return CellError.interrupted();
        }
        if (event.exception() instanceof UnresolvedReferenceException ure) {
            var names = shell.unresolvedDependencies(ure.getSnippet()).toList();
            return CellError.of("UnresolvedReferenceException", describe(ure.getSnippet())
                    + " cannot be used until " + String.join(", ", names) + " is defined");
        }
        if (event.exception() instanceof EvalException ee) {
            return CellError.exception(ee, origins);
        }
        if (event.exception() != null) {
            return CellError.of(event.exception().getClass().getSimpleName(), String.valueOf(event.exception().getMessage()));
        }
        return null;
    }

    private void noteUnresolved(SnippetEvent event) {
        if (event.snippet() instanceof DeclarationSnippet d && event.status() == Snippet.Status.RECOVERABLE_DEFINED) {
            var names = shell.unresolvedDependencies(d).toList();
            if (!names.isEmpty()) {
                System.err.println("note: " + describe(d) + " is defined but cannot be used until "
                        + String.join(", ", names) + " is defined");
            }
        }
    }

    private static String describe(DeclarationSnippet d) {
        return d.kind().name().toLowerCase(Locale.ROOT).replace("type_decl", "class") + " " + d.name();
    }

    private static SnippetEvent primary(List<SnippetEvent> events) {
        for (SnippetEvent e : events) {
            if (e.causeSnippet() == null) {
                return e;
            }
        }
        return events.isEmpty() ? null : events.get(0);
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
