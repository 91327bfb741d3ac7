package dev.umbrella.kernel.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.ImportSnippet;
import jdk.jshell.JShell;
import jdk.jshell.PersistentSnippet;
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
 * rendering. Also answers completion, inspection and is-complete questions.
 */
public final class Evaluator implements AutoCloseable {
    /** Calls that never have a value worth showing; they skip the value attempt. */
    private static final java.util.regex.Pattern PRINT_CALL =
            java.util.regex.Pattern.compile("System\\s*\\.\\s*(out|err)\\s*\\.\\s*print(ln)?\\s*\\(");
    /** Words that start declarations or statements: such snippets go to JShell unchanged. */
    private static final Set<String> STATEMENT_WORDS = Set.of(
            "import", "package", "class", "interface", "enum", "record", "public", "private", "protected",
            "static", "final", "abstract", "sealed", "non-sealed", "strictfp", "default", "var", "void",
            "int", "long", "double", "float", "boolean", "char", "byte", "short", "if", "for", "while", "do",
            "switch", "try", "return", "throw", "break", "continue", "yield", "assert", "synchronized");

    /** What running some Java source produced. */
    public record Result(Object value, boolean hasValue, CellError error) {
        public static final Result EMPTY = new Result(null, false, null);
    }

    private final JShell shell;
    private final SourceCodeAnalysis analysis;
    private final CellExecutionControl control;
    private final CellLoader loader;
    private final ClassIndexing indexing;
    private final CellCompiler compiler;
    private final SourceRoots sources;
    private int quickCells;
    private int quickRuns;
    private final Map<String, CellError.Origin> origins = new ConcurrentHashMap<>();
    /**
     * Names JShell has a say in: every name its declarations declare (variables, methods, classes,
     * single imports) and every word of its methods and classes, which JShell recompiles when a name
     * they use is redefined. A variable of such a name is declared through JShell, so that JShell's
     * rules apply to it; any other variable may take the quick path.
     */
    private final Set<String> jshellNames = new HashSet<>();
    /** The quick path's variables JShell was told of, by import snippet: name to that snippet. */
    private final Map<String, ImportSnippet> bridged = new HashMap<>();
    /** Where the classes of those variables are written for JShell's compiler (made when first needed). */
    private Path bridgeDir;
    /**
     * Imports cells see from the start that JShell has not been given yet: JShell gets them when it
     * is first needed (to run or analyse a snippet) or while the kernel is idle ({@link #warmUpStep}).
     * Evaluating them at start, four javac tasks each, made the first cell wait about a second longer.
     */
    private final List<String> pendingImports = new ArrayList<>();

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
        this.compiler = quickCompile ? CellCompiler.create(shell, analysis, loader, control, pendingImports) : null;
        this.sources = new SourceRoots(analysis);
        indexing.pause();
    }

    /** Snippets that ran through {@link CellCompiler} rather than JShell. */
    public int quickRuns() {
        return quickRuns;
    }

    ClassLoader classLoader() {
        return loader.classLoader();
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
        for (String i : imports) {
            if (!rejected.contains(i)) {
                pendingImports.add(i);
            }
        }
        return rejected;
    }

    /** Gives JShell the imports it has not had yet (see {@link #pendingImports}), in order. */
    private void flushImports() {
        while (!pendingImports.isEmpty()) {
            importNextInJShell();
        }
    }

    private void importNextInJShell() {
        noteJShell(shell.eval("import " + pendingImports.get(0) + ";"), Set.of());
        pendingImports.remove(0);   // only now: the quick path uses it until JShell has it
    }

    /**
     * One step of warming the kernel while it is idle: one of JShell's pending imports (the first
     * also starts JShell's compiler). False when there is nothing left to do.
     */
    public boolean warmUpStep() {
        if (pendingImports.isEmpty()) {
            return false;
        }
        indexing.pause();
        try {
            importNextInJShell();
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
        String single = oneSnippet(source);
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

    /**
     * The commonest cell, one statement, expression or variable declaration, as the snippet JShell's
     * analysis would make of it (a declaration gets its semicolon, as there), or null when that is not
     * certain and JShell is asked. For anything that starts with a name, JShell's analysis runs a
     * javac parse to tell a declaration from an expression: 15% of such a cell's time.
     */
    static String oneSnippet(String source) {
        if (!JavaTokens.oneSnippet(source)) {
            return null;
        }
        String code = source.strip();
        if (code.endsWith(";")) {
            return code;
        }
        if (VarDeclaration.parse(code) != null) {
            return code + ";";
        }
        return expressionCandidate(code) != null && !JavaTokens.wordsAdjacent(code) ? code : null;
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

    private Result runSnippet(String snippet, CellError.Origin origin, boolean shown) {
        if (control.wasStopped()) {
            return new Result(null, false, CellError.interrupted());
        }
        // One variable, of a name JShell has no say in: declared on the quick path. If it does not
        // compile there it goes to JShell as written (never to the expression path below).
        VarDeclaration declaration = compiler == null ? null : VarDeclaration.parse(snippet);
        if (declaration != null && !jshellNames.contains(declaration.name())) {
            Result quick = declareQuick(declaration, snippet, origin);
            if (quick != null) {
                return quick;
            }
        }
        String expression = declaration != null ? null : expressionCandidate(snippet);
        if (expression != null) {
            // Fast path: one plain statement. A void call fails to compile as an argument of set(..)
            // and is then run as a statement; anything else that fails goes to JShell as written,
            // so declarations and genuine compile errors are JShell's own.
            boolean effectOnly = PRINT_CALL.matcher(expression).lookingAt();
            if (compiler != null) {
                Result quick = runQuick(expression, effectOnly, origin, shown);
                if (quick != null) {
                    return quick;
                }
            }
            if (!effectOnly) {
                CellValue.clear();
                var fast = runFast("{ " + CellValue.class.getName() + ".set(" + expression + "\n); }", origin);
                if (fast != null) {
                    Object value = CellValue.take();
                    boolean has = fast.error() == null && shown && !CellValue.isNone(value) && value != null;
                    return has ? new Result(value, true, null) : new Result(null, false, fast.error());
                }
                effectOnly = lastRejectionWasVoid;
            }
            if (effectOnly) {
                var fast = runFast("{ " + expression + "\n; }", origin);
                if (fast != null) {
                    return fast;
                }
            }
        }
        List<SnippetEvent> events = eval(snippet);
        SnippetEvent main = primary(events);
        if (main == null) {
            return Result.EMPTY;
        }
        origins.put(main.snippet().id(), origin);
        if (main.status() == Snippet.Status.REJECTED) {
            return new Result(null, false, CellError.compile(snippet, origin, shell.diagnostics(main.snippet()).toList()));
        }
        CellError error = failure(main);
        if (error != null) {
            return new Result(null, false, error);
        }
        noteUnresolved(main);
        Snippet s = main.snippet();
        boolean isExpression = s instanceof ExpressionSnippet
                || (s instanceof VarSnippet && s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND);
        Object value = control.lastValue();
        boolean has = shown && isExpression && value != null;
        return new Result(has ? value : null, has, null);
    }

    private boolean lastRejectionWasVoid;

    /** Runs one expression or statement through {@link CellCompiler}; null if it did not compile there. */
    private Result runQuick(String expression, boolean effectOnly, CellError.Origin origin, boolean shown) {
        String id = CellCompiler.snippetId(++quickCells);
        CellCompiler.Outcome outcome = CellCompiler.Outcome.VOID;
        if (!effectOnly) {
            CellValue.clear();
            outcome = compiler.run(CellValue.class.getName() + ".set(" + expression + "\n);", id);
        }
        if (outcome == CellCompiler.Outcome.VOID) {
            outcome = compiler.run(expression + "\n;", id);
        }
        Result ran = quickResult(outcome, id, origin);
        if (ran != Result.EMPTY) {
            return ran;
        }
        Object value = CellValue.take();
        boolean has = shown && !CellValue.isNone(value) && value != null;
        return has ? new Result(value, true, null) : Result.EMPTY;
    }

    /** Declares one variable through {@link CellCompiler}; null if it did not compile there. */
    private Result declareQuick(VarDeclaration declaration, String snippet, CellError.Origin origin) {
        String id = CellCompiler.snippetId(++quickCells);
        return quickResult(compiler.declare(declaration, snippet, id), id, origin);
    }

    /** A quick-path snippet's outcome for the cell: null if it did not compile, its error, or {@link Result#EMPTY}. */
    private Result quickResult(CellCompiler.Outcome outcome, String id, CellError.Origin origin) {
        if (!outcome.compiled()) {
            return null;
        }
        origins.put(id, origin);
        quickRuns++;
        if (outcome.stopped() || control.wasStopped()) {
            return new Result(null, false, CellError.interrupted());
        }
        if (outcome.failure() != null) {
            return new Result(null, false, CellError.exception(outcome.failure(), compiler::cellFrames, origins));
        }
        return Result.EMPTY;
    }

    /**
     * Evaluates {@code source} in JShell. JShell does not know the quick path's variables: those the
     * source names are made known to it first, each by an import snippet of its field (so JShell's
     * code and the quick path's use the same field). A variable the source declares anew is JShell's
     * from then on (its import, if any, is dropped first, so that JShell sees one declaration of it).
     */
    private List<SnippetEvent> eval(String source) {
        flushImports();
        Set<String> quickNamed = new HashSet<>();
        if (compiler != null && !compiler.variables().isEmpty()) {
            for (String name : CellCompiler.identifiers(source)) {
                if (compiler.owner(name) != null) {
                    quickNamed.add(name);
                }
            }
        }
        Set<String> redeclared = new HashSet<>();
        if (!quickNamed.isEmpty()) {
            for (Snippet s : analysis.sourceToSnippets(source)) {
                if (s instanceof VarSnippet v && quickNamed.contains(v.name())) {
                    redeclared.add(v.name());
                }
            }
            for (String name : quickNamed) {
                if (redeclared.contains(name)) {
                    var bridge = bridged.remove(name);
                    if (bridge != null) {
                        shell.drop(bridge);
                    }
                } else {
                    bridge(name);
                }
            }
        }
        List<SnippetEvent> events = noteJShell(shell.eval(source), redeclared);
        redeclared.forEach(this::bridge);   // JShell rejected the new declaration: the old variable stays
        return events;
    }

    /**
     * Notes the names JShell's new declarations give it a say in ({@link #jshellNames}); a variable
     * of {@code redeclared} that JShell took is JShell's from now on (and leaves that set).
     */
    private List<SnippetEvent> noteJShell(List<SnippetEvent> events, Set<String> redeclared) {
        for (SnippetEvent e : events) {
            if (e.causeSnippet() != null || !(e.snippet() instanceof PersistentSnippet p)
                    || e.snippet().subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
                continue;
            }
            jshellNames.add(p.name());
            if (p.kind() == Snippet.Kind.METHOD || p.kind() == Snippet.Kind.TYPE_DECL) {
                jshellNames.addAll(CellCompiler.identifiers(p.source()));
            }
            if (redeclared.contains(p.name()) && e.status().isActive()) {
                redeclared.remove(p.name());
                compiler.forget(p.name());
            }
        }
        return events;
    }

    /** Makes the quick path's variable {@code name} known to JShell, as an import of its current field. */
    private void bridge(String name) {
        String owner = compiler.owner(name);
        var current = bridged.get(name);
        if (owner == null || (current != null && current.fullname().equals(owner + "." + name)
                && shell.status(current) == Snippet.Status.VALID)) {
            return;
        }
        try {
            if (bridgeDir == null) {
                bridgeDir = Files.createTempDirectory("umbrella-cells");
                Files.createDirectories(bridgeDir.resolve("REPL"));
                shell.addToClasspath(bridgeDir.toString());
            }
            for (var file : compiler.classFiles(owner).entrySet()) {
                var path = bridgeDir.resolve("REPL").resolve(file.getKey().substring("REPL.".length()) + ".class");
                if (!Files.exists(path)) {
                    Files.write(path, file.getValue());
                }
            }
        } catch (IOException e) {
            KernelLog.log("cannot make " + name + " known to JShell: " + e);
            return;
        }
        for (SnippetEvent e : shell.eval("import static " + owner + "." + name + ";")) {
            if (e.causeSnippet() == null && e.snippet() instanceof ImportSnippet i) {
                if (e.status().isActive()) {
                    bridged.put(name, i);
                } else {
                    KernelLog.log("JShell did not take the import of " + name + ": "
                            + shell.diagnostics(i).map(d -> d.getMessage(java.util.Locale.ROOT)).toList());
                }
            }
        }
    }

    /** Runs a rewritten snippet; null if it did not compile (then the original is run as written). */
    private Result runFast(String code, CellError.Origin origin) {
        lastRejectionWasVoid = false;
        SnippetEvent main = primary(eval(code));
        if (main == null) {
            return null;
        }
        if (main.status() == Snippet.Status.REJECTED) {
            lastRejectionWasVoid = shell.diagnostics(main.snippet())
                    .anyMatch(d -> d.isError() && d.getCode().contains("void.not.allowed"));
            return null;
        }
        origins.put(main.snippet().id(), origin);
        CellError error = failure(main);
        return error != null ? new Result(null, false, error) : Result.EMPTY;
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
        return d.kind().name().toLowerCase(java.util.Locale.ROOT).replace("type_decl", "class") + " " + d.name();
    }

    private static SnippetEvent primary(List<SnippetEvent> events) {
        for (SnippetEvent e : events) {
            if (e.causeSnippet() == null) {
                return e;
            }
        }
        return events.isEmpty() ? null : events.get(0);
    }

    /** The expression to run through {@link CellValue}, or null when the snippet is clearly not one. */
    static String expressionCandidate(String snippet) {
        String s = snippet.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        if (s.isEmpty() || s.endsWith("}") || s.startsWith("{") || s.startsWith("@") || s.startsWith("/")) {
            return null;
        }
        int end = 0;
        while (end < s.length() && (Character.isJavaIdentifierPart(s.charAt(end)) || s.charAt(end) == '-')) {
            end++;
        }
        String first = s.substring(0, end);
        if (STATEMENT_WORDS.contains(first)) {
            return null;
        }
        return s;
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

    // --- completion, inspection, is_complete ---

    /** Completions at {@code cursor}: the replacement texts and the start of the replaced range. */
    public record Completions(List<String> matches, int start, int end) {}

    public Completions complete(String code, int cursor) {
        indexing.resumeNow();
        int start = snippetStart(code, cursor);
        String snippet = code.substring(start, cursor);
        flushImports();
        bridgeNamed(snippet);
        int[] anchor = new int[1];
        var suggestions = analysis.completionSuggestions(snippet, cursor - start, anchor);
        var matches = new LinkedHashSet<String>();
        suggestions.stream().filter(SourceCodeAnalysis.Suggestion::matchesType)
                .forEach(s -> matches.add(s.continuation()));
        suggestions.forEach(s -> matches.add(s.continuation()));
        // The quick path's variables JShell was not told of, when a bare name is being typed.
        int word = snippet.length();
        while (word > 0 && Character.isJavaIdentifierPart(snippet.charAt(word - 1))) {
            word--;
        }
        String prefix = snippet.substring(word);
        if (compiler != null && word == anchor[0] && (word == 0 || snippet.charAt(word - 1) != '.')) {
            compiler.variables().stream().filter(n -> n.startsWith(prefix)).sorted().forEach(matches::add);
        }
        return new Completions(new ArrayList<>(matches), start + anchor[0], cursor);
    }

    /** Makes the quick path's variables that {@code code} names known to JShell (for its analysis). */
    private void bridgeNamed(String code) {
        if (compiler != null && !compiler.variables().isEmpty()) {
            CellCompiler.identifiers(code).stream().filter(n -> compiler.owner(n) != null).sorted().forEach(this::bridge);
        }
    }

    /** One declaration's documentation: its signature and its doc comment as written (null if none was found). */
    public record Doc(String signature, String javadoc) {}

    /** Signatures and Javadoc of what is at {@code cursor} (several for overloads), or an empty list. */
    public List<Doc> inspect(String code, int cursor, boolean detail) {
        indexing.resumeNow();
        sources.install();
        int start = snippetStart(code, cursor);
        int end = cursor;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        String text = code.substring(start, end);
        flushImports();
        bridgeNamed(text);
        var docs = analysis.documentation(text, text.length(), true);
        if (docs.isEmpty() && !text.endsWith("(")) {
            docs = analysis.documentation(text + "(", text.length() + 1, true);
        }
        var out = new ArrayList<Doc>();
        for (var doc : docs) {
            out.add(new Doc(doc.signature(), doc.javadoc()));
        }
        return out;
    }

    /** {@code complete}, {@code incomplete}, or {@code invalid}, as the Jupyter protocol spells them. */
    public String isComplete(String code) {
        String remaining = code;
        while (!remaining.isBlank()) {
            var info = analysis.analyzeCompletion(remaining);
            switch (info.completeness()) {
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE:
                    return "incomplete";
                case UNKNOWN:
                    return "invalid";
                case EMPTY:
                    return "complete";
                default:
                    remaining = info.remaining();
            }
        }
        return "complete";
    }

    /** Offset where the snippet containing {@code cursor} starts. */
    private int snippetStart(String code, int cursor) {
        int offset = 0;
        String remaining = code.substring(0, Math.min(cursor, code.length()));
        while (!remaining.isBlank()) {
            var info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == Completeness.EMPTY || !info.completeness().isComplete()
                    || info.remaining().isEmpty()) {
                break;
            }
            offset += remaining.length() - info.remaining().length();
            remaining = info.remaining();
        }
        while (offset < cursor && Character.isWhitespace(code.charAt(offset))) {
            offset++;
        }
        return offset;
    }

    @Override
    public void close() {
        indexing.close();
        sources.close();
        shell.close();
        if (bridgeDir != null) {
            try (var files = Files.walk(bridgeDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                KernelLog.log("could not delete " + bridgeDir + ": " + e);
            }
        }
    }
}
