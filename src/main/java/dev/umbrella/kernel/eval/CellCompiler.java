package dev.umbrella.kernel.eval;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.umbrella.env.Env;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DiagnosticListener;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import jdk.jshell.JShell;
import jdk.jshell.PersistentSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.StoppedException;

/**
 * The quick path for the commonest cells of a notebook: one expression or statement that declares
 * nothing, and the declaration of one variable. JShell runs four javac tasks for such a snippet
 * (parse, a trial compile, analyse, generate: about 10 ms each cell at best on these machines, twice
 * that while the JIT warms up), and the wrapper it compiles imports every earlier declaration of the
 * session, so that its cost grows with every cell; here it is one javac task (two for {@code var},
 * whose type is inferred first, as JShell does), compiled into the same {@code REPL} package with the
 * session's imports and a static import of only the declarations the cell names, loaded into the same
 * class loader and run by the same {@link CellExecutionControl}, so interrupt, the {@code System.exit}
 * guard and the error format are unchanged. Anything that does not compile here goes to JShell as
 * written, which then reports its own diagnostics; methods, classes and imports always go to JShell.
 *
 * <p>A variable declared here lives where JShell keeps one: a {@code public static} field of its own
 * wrapper class, assigned by the class's {@code do_it$()}. A redefinition is a new class, as JShell's
 * in-process engine makes it (it cannot redefine classes): code compiled earlier keeps the old field,
 * later code sees the new one, with its new type. The variables are listed here ({@link #owner});
 * {@link JShellBridge} makes one known to JShell (an import snippet) when a snippet JShell runs names it.
 *
 * <p>javac's task pool (which keeps the compiler's symbol tables between tasks, as JShell does) is
 * internal to {@code jdk.compiler}: the kernelspec and the launcher export it to Umbrella. Without
 * that export {@link #create} returns null and every snippet goes through JShell.
 *
 * <p>Nearly 500 lines: compiling, loading and running a snippet, and the preamble of imports it is
 * compiled with, are one mechanism; the in-memory files ({@link CellFiles}), the purge of javac's
 * package cache ({@link ReplPackage}) and the mapping of stack frames ({@link CellFrames}) are apart.
 */
final class CellCompiler {
    /** Set {@code -Dumbrella.kernel.quickCompile=false} to send every snippet through JShell. */
    static final boolean ENABLED = Env.quickCompile();

    static final String PACKAGE = "REPL";
    /** Classes of the quick path's own snippets: their frames already name the snippet ({@code #u<n>}). */
    static final String OWN_CLASSES = PACKAGE + ".$JShell$u";

    /** How compiling and running one snippet here ended. */
    enum Status {
        /** It did not compile here: nothing ran, the caller hands the snippet to JShell. */
        NOT_COMPILED,
        /** It did not compile because the expression is a void call: nothing ran; run it as a statement instead. */
        VOID_CALL,
        /** It ran to its end. */
        RAN,
        /** It ran and threw {@link Outcome#failure()}. */
        THREW,
        /** It was interrupted. */
        STOPPED
    }

    /** What compiling and running one snippet gave: its {@link Status}, and what it threw if it threw. */
    record Outcome(Status status, Throwable failure) {
        static final Outcome NOT_COMPILED = new Outcome(Status.NOT_COMPILED, null);
        static final Outcome VOID_CALL = new Outcome(Status.VOID_CALL, null);
        static final Outcome RAN = new Outcome(Status.RAN, null);
        static final Outcome STOPPED = new Outcome(Status.STOPPED, null);

        static Outcome threw(Throwable failure) {
            return new Outcome(Status.THREW, failure);
        }

        /** Whether it compiled here (and so ran, however that ended). */
        boolean compiled() {
            return status != Status.NOT_COMPILED && status != Status.VOID_CALL;
        }
    }

    private final JShell shell;
    private final SourceCodeAnalysis analysis;
    private final CellLoader loader;
    private final CellExecutionControl control;
    private final JavaCompiler javac;
    private final Constructor<?> poolConstructor;
    private final Method getTask;
    private final Class<?> workerType;
    private final List<String> classpath = new ArrayList<>();
    private final ReplPackage purge;
    private final CellFrames frames;
    private Object pool;
    private CellFiles.Memory files;
    /** Imports cells see that JShell has not been given yet (see {@link Evaluator#importAtStart}). */
    private final List<String> pendingImports;
    /** The quick path's variables: name to the binary name of the class whose field holds it. */
    private final Map<String, String> variables = new HashMap<>();
    /** The class files javac wrote for each variable's class (that class and its nested ones). */
    private final Map<String, Map<String, byte[]>> variableClasses = new HashMap<>();

    private CellCompiler(
            JShell shell,
            SourceCodeAnalysis analysis,
            CellLoader loader,
            CellExecutionControl control,
            List<String> pendingImports,
            JavaCompiler javac,
            Class<?> poolType,
            Class<?> workerType)
            throws ReflectiveOperationException {
        this.shell = shell;
        this.pendingImports = pendingImports;
        this.analysis = analysis;
        this.loader = loader;
        this.control = control;
        this.javac = javac;
        this.poolConstructor = poolType.getConstructor(int.class);
        this.workerType = workerType;
        this.purge = new ReplPackage();
        this.frames = new CellFrames(shell, analysis);
        this.getTask = poolType.getMethod(
                "getTask",
                Writer.class,
                JavaFileManager.class,
                DiagnosticListener.class,
                Iterable.class,
                Iterable.class,
                Iterable.class,
                workerType);
        addToClasspath(System.getProperty("java.class.path", ""));
    }

    /**
     * A compiler for {@code shell}'s cells, or null when javac's task pool is not accessible here.
     * {@code pendingImports}: imports cells see besides JShell's own (the caller's list, read at each compile).
     */
    static CellCompiler create(
            JShell shell,
            SourceCodeAnalysis analysis,
            CellLoader loader,
            CellExecutionControl control,
            List<String> pendingImports) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (!ENABLED || javac == null) {
            return null;
        }
        try {
            Class<?> poolType = Class.forName("com.sun.tools.javac.api.JavacTaskPool");
            Class<?> workerType = Class.forName("com.sun.tools.javac.api.JavacTaskPool$Worker");
            var me = CellCompiler.class.getModule();
            for (String p :
                    List.of("com.sun.tools.javac.api", "com.sun.tools.javac.code", "com.sun.tools.javac.util")) {
                if (!poolType.getModule().isExported(p, me)) {
                    return null;
                }
            }
            return new CellCompiler(shell, analysis, loader, control, pendingImports, javac, poolType, workerType);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The id of the quick path's {@code n}th snippet (JShell's own ids are plain numbers). */
    static String snippetId(int n) {
        return "u" + n;
    }

    /** A jar or directory added with {@code %classpath}: compiled against from now on. */
    void addToClasspath(String path) {
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                classpath.add(entry);
            }
        }
        pool = null;
        files = null;
    }

    /**
     * Compiles {@code statement} (one statement, lines as in the cell) as the body of a method and
     * runs it. Not compiled: nothing ran, the caller hands the snippet to JShell.
     */
    Outcome run(String statement, String id) {
        String className = "$JShell$" + id;
        String source =
                "final class " + className + " { static void do_it$() throws Throwable { " + statement + "\n} }\n";
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        Map<String, byte[]> classes = compile(className, id, preamble(statement), source, diagnostics, JavacTask::call);
        if (classes == null) {
            boolean isVoid = diagnostics.getDiagnostics().stream()
                    .anyMatch(d ->
                            d.getKind() == Diagnostic.Kind.ERROR && d.getCode().contains("void.not.allowed"));
            return isVoid ? Outcome.VOID_CALL : Outcome.NOT_COMPILED;
        }
        return loadAndRun(className, classes, null);
    }

    /**
     * Declares the variable {@code declaration} (the whole of snippet {@code id}) as JShell would:
     * a {@code public static} field of a new class {@code REPL.$JShell$<id>}, assigned by its
     * {@code do_it$()}, which then runs. A {@code var} gets the type javac infers for the initializer,
     * written out in full (a first, analysis-only task). Not compiled (nothing ran, the caller hands
     * the snippet to JShell): it does not compile here, its type cannot be written in source (an
     * anonymous class, a captured wildcard), or its type is one of JShell's snippet classes, whose
     * redefinition JShell follows into the variables declared with it.
     */
    Outcome declare(VarDeclaration declaration, String snippet, String id) {
        String className = "$JShell$" + id;
        Preamble preamble = preamble(snippet);
        String fieldType = declaration.type();
        if (declaration.inferred()) {
            String asLocal = "final class " + className + " { static void do_it$() throws Throwable { "
                    + snippet.strip() + (snippet.strip().endsWith(";") ? "" : ";") + "\n} }\n";
            String[] inferred = new String[1];
            var analysed = new DiagnosticCollector<JavaFileObject>();
            compile(className, id, preamble, asLocal, analysed, task -> {
                var units = task.parse();
                task.analyze();
                if (hasErrors(analysed)) {
                    return false;
                }
                var local = typeOf(task, units, declaration.name());
                inferred[0] = local == null ? null : TypeText.of(local);
                return false; // analysis only: nothing is generated
            });
            if (inferred[0] == null) {
                return Outcome.NOT_COMPILED;
            }
            fieldType = inferred[0];
        }
        // public, as JShell's wrappers are: JShell takes a static import only from a public class
        var source = new StringBuilder("public final class ")
                .append(className)
                .append(" { public static ")
                .append(fieldType)
                .append(' ')
                .append(declaration.name())
                .append("; static void do_it$() throws Throwable { ");
        if (declaration.init() != null) {
            // the initializer keeps its line: line n of the snippet is line n of this source
            String head = snippet.substring(0, declaration.initStart());
            source.append(declaration.name())
                    .append(" = ")
                    .append("\n"
                            .repeat((int) head.chars().filter(c -> c == '\n').count()))
                    .append(declaration.init())
                    .append("\n;");
        }
        source.append(" } }\n");
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        Map<String, byte[]> classes = compile(className, id, preamble, source.toString(), diagnostics, task -> {
            var units = task.parse();
            task.analyze();
            var field = hasErrors(diagnostics) ? null : typeOf(task, units, declaration.name());
            if (field == null || TypeText.of(field) == null) {
                return false;
            }
            task.generate();
            return !hasErrors(diagnostics);
        });
        if (classes == null) {
            return Outcome.NOT_COMPILED;
        }
        return loadAndRun(className, classes, declaration.name());
    }

    private static boolean hasErrors(DiagnosticCollector<JavaFileObject> diagnostics) {
        return diagnostics.getDiagnostics().stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
    }

    /** The type javac gave the first variable called {@code name} in {@code units} (analysed), or null. */
    private static TypeMirror typeOf(JavacTask task, Iterable<? extends CompilationUnitTree> units, String name) {
        var trees = Trees.instance(task);
        TypeMirror[] type = new TypeMirror[1];
        for (var unit : units) {
            new TreePathScanner<Void, Void>() {
                @Override
                public Void visitVariable(VariableTree tree, Void unused) {
                    if (type[0] == null && tree.getName().contentEquals(name)) {
                        var element = trees.getElement(getCurrentPath());
                        type[0] = element == null ? null : element.asType();
                    }
                    return null;
                }
            }.scan(unit, null);
        }
        return type[0];
    }

    /**
     * Loads the classes of snippet {@code className} and runs its {@code do_it$()}. {@code variable}:
     * the name of the variable the class declares (registered once loaded: like JShell's, it exists
     * even when its initializer throws), or null.
     */
    private Outcome loadAndRun(String className, Map<String, byte[]> classes, String variable) {
        var bytecodes = new ArrayList<ClassBytecodes>();
        classes.forEach((name, bytes) -> bytecodes.add(new ClassBytecodes(name, bytes)));
        try {
            loader.loadOwn(bytecodes.toArray(new ClassBytecodes[0]));
            String owner = PACKAGE + "." + className;
            if (variable != null) {
                variables.put(variable, owner);
                variableClasses.put(owner, classes);
            }
            Method doIt = loader.findClass(owner).getDeclaredMethod("do_it$");
            doIt.setAccessible(true);
            control.invoke(doIt);
            return Outcome.RAN;
        } catch (InvocationTargetException e) {
            return Outcome.threw(e.getCause());
        } catch (StoppedException e) {
            return Outcome.STOPPED;
        } catch (Exception e) {
            return Outcome.threw(e);
        }
    }

    /** The binary name of the class whose field holds the quick path's variable {@code name}, or null. */
    String owner(String name) {
        return variables.get(name);
    }

    /** Names of the quick path's variables. */
    Set<String> variables() {
        return Collections.unmodifiableSet(variables.keySet());
    }

    /** The class files of {@code owner} (a variable's class) and of its nested classes, as javac wrote them. */
    Map<String, byte[]> classFiles(String owner) {
        return variableClasses.getOrDefault(owner, Map.of());
    }

    /** {@code name} is JShell's from now on (JShell declared a variable of that name). */
    void forget(String name) {
        variables.remove(name);
    }

    /** The stack of {@code thrown} as JShell would report it (see {@link CellFrames}). */
    StackTraceElement[] cellFrames(Throwable thrown) {
        return frames.of(thrown);
    }

    /**
     * Everything before the cell's code, on one line, so that line n of the cell is line n of the
     * source: the session's imports and a static import of each valid declaration whose name the
     * statement mentions, JShell's and this path's. Only those: importing every declaration of the
     * session (as JShell's own wrappers do) made each cell slower than the one before over a long
     * session. The import snippets that make this path's variables known to JShell are left out
     * (they may name a variable's earlier class).
     */
    private Preamble preamble(String statement) {
        var out = new StringBuilder("package ").append(PACKAGE).append("; ");
        var owners = new ArrayList<String>();
        imports(out);
        Set<String> mentioned = identifiers(statement);
        shell.snippets()
                .filter(s -> s.kind() == Snippet.Kind.VAR
                        || s.kind() == Snippet.Kind.METHOD
                        || s.kind() == Snippet.Kind.TYPE_DECL)
                .filter(s -> mentioned.contains(((PersistentSnippet) s).name()))
                .filter(s -> shell.status(s) == Snippet.Status.VALID)
                .forEach(s -> {
                    // Asked every time: JShell gives a snippet a new class name when a change elsewhere
                    // forces it to be replaced rather than redefined.
                    String owner = analysis.wrapper(s).fullClassName();
                    out.append("import static ")
                            .append(owner)
                            .append('.')
                            .append(((PersistentSnippet) s).name())
                            .append("; ");
                });
        for (String name : mentioned) {
            String owner = variables.get(name);
            if (owner != null) {
                out.append("import static ")
                        .append(owner)
                        .append('.')
                        .append(name)
                        .append("; ");
                owners.add(owner);
            }
        }
        return new Preamble(out.toString(), owners);
    }

    /** The session's imports: JShell's (not those that tell it of this path's variables), then those it has not been given yet. */
    private void imports(StringBuilder out) {
        shell.imports()
                .filter(i ->
                        shell.status(i) == Snippet.Status.VALID && !i.fullname().startsWith(PACKAGE + "."))
                .forEach(i -> out.append("import ")
                        .append(i.isStatic() ? "static " : "")
                        .append(i.fullname())
                        .append("; "));
        pendingImports.forEach(i -> out.append("import ").append(i).append("; "));
    }

    /**
     * Those of {@code imports} ({@code java.util.*}, {@code static java.lang.Math.PI}) that do not
     * compile after the session's imports, found in one javac task (each on its own line, so that
     * javac's errors name them); null if javac could not be asked or failed otherwise.
     */
    List<String> rejectedImports(List<String> imports, String id) {
        String className = "$JShell$" + id;
        var head = new StringBuilder("package ").append(PACKAGE).append("; ");
        imports(head);
        var source = new StringBuilder();
        imports.forEach(i -> source.append("\nimport ").append(i).append(';'));
        source.append("\nfinal class ").append(className).append(" {}\n");
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        var classes = compile(
                className,
                id,
                new Preamble(head.toString(), List.of()),
                source.toString(),
                diagnostics,
                JavacTask::call);
        if (classes != null) {
            return List.of();
        }
        var rejected = new ArrayList<String>();
        for (var d : diagnostics.getDiagnostics()) {
            int index = (int) d.getLineNumber() - 2;
            if (d.getKind() == Diagnostic.Kind.ERROR
                    && index >= 0
                    && index < imports.size()
                    && !rejected.contains(imports.get(index))) {
                rejected.add(imports.get(index));
            }
        }
        return rejected.isEmpty() ? null : rejected;
    }

    /** The text before a cell's class, and the classes of this path's variables it imports. */
    private record Preamble(String text, List<String> owners) {}

    /** Every Java identifier in {@code code} (words inside literals and comments too: an extra import is harmless). */
    static Set<String> identifiers(String code) {
        var out = new HashSet<String>();
        int i = 0;
        while (i < code.length()) {
            if (Character.isJavaIdentifierStart(code.charAt(i))) {
                int start = i;
                while (i < code.length() && Character.isJavaIdentifierPart(code.charAt(i))) {
                    i++;
                }
                out.add(code.substring(start, i));
            } else {
                i++;
            }
        }
        return out;
    }

    /** What one javac task does with its unit (parse, analyse, generate); true: its classes are wanted. */
    private interface TaskBody {
        boolean run(JavacTask task) throws IOException;
    }

    /**
     * Runs {@code body} in one pooled javac task on {@code source} after {@code preamble}; the classes it wrote, or null
     * when it did not compile (or {@code body} did not want them). javac is shown JShell's snippet
     * classes and the classes of the variables {@code source} imports from this path, from memory.
     */
    private Map<String, byte[]> compile(
            String className,
            String id,
            Preamble preamble,
            String source,
            DiagnosticCollector<JavaFileObject> diagnostics,
            TaskBody body) {
        try {
            if (pool == null) {
                var standard = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
                standard.setLocation(
                        StandardLocation.CLASS_PATH,
                        classpath.stream().map(File::new).toList());
                files = new CellFiles.Memory(standard);
                pool = poolConstructor.newInstance(1);
            }
            files.outputs.clear();
            var unit = new CellFiles.Source(id, preamble.text() + source);
            List<String> options = List.of("-proc:none", "-g", "-Xlint:none", "-implicit:none");
            Map<String, byte[]> visible = loader.jshellClasses();
            preamble.owners().forEach(owner -> visible.putAll(variableClasses.get(owner)));
            files.visible = visible;
            Set<String> cellClasses = visible.keySet();
            Object worker = Proxy.newProxyInstance(
                    workerType.getClassLoader(), new Class<?>[] {workerType}, (proxy, method, args) -> {
                        if (method.getName().equals("withTask")) {
                            Object context = purge.contextOf(args[0]); // the task lets go of it when done
                            try {
                                return body.run((JavacTask) args[0]);
                            } finally {
                                try {
                                    purge.forget(context, cellClasses);
                                } catch (InvocationTargetException e) {
                                    throw new IllegalStateException(
                                            "purging package REPL failed: " + e.getCause(), e.getCause());
                                }
                            }
                        }
                        return method.invoke(this, args);
                    });
            Boolean ok = (Boolean) getTask.invoke(pool, null, files, diagnostics, options, null, List.of(unit), worker);
            if (!Boolean.TRUE.equals(ok) || !files.outputs.containsKey(PACKAGE + "." + className)) {
                if (KernelLog.DEBUG && !diagnostics.getDiagnostics().isEmpty()) {
                    diagnostics
                            .getDiagnostics()
                            .forEach(d ->
                                    KernelLog.log("quick compile: " + d.getCode() + " " + d.getMessage(Locale.ROOT)));
                    KernelLog.log("quick compile source: " + preamble.text() + source);
                }
                return null;
            }
            var out = new LinkedHashMap<String, byte[]>();
            files.outputs.forEach((name, bytes) -> out.put(name, bytes.toByteArray()));
            return out;
        } catch (ReflectiveOperationException | RuntimeException | IOException e) {
            Throwable cause = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
            KernelLog.log("quick compile unavailable, using JShell: " + cause);
            pool = null;
            files = null;
            return null;
        }
    }
}
