package dev.umbrella.kernel.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jshell.ImportSnippet;
import jdk.jshell.JShell;
import jdk.jshell.PersistentSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;

/**
 * JShell, kept in step with the quick path ({@link CellCompiler}). JShell does not know the quick
 * path's variables: before it evaluates or analyses source, those the source names are made known
 * to it, each by an import snippet of its field (so JShell's code and the quick path's use the same
 * field). It also holds the imports cells see that JShell has not been given yet, and the names
 * JShell has a say in, which the quick path must leave to it.
 */
final class JShellBridge implements AutoCloseable {
    private final JShell shell;
    private final SourceCodeAnalysis analysis;
    /** The quick path, or null when it is not available (then there is nothing to bridge). */
    private final CellCompiler compiler;
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
     * is first needed (to run or analyse a snippet) or while the kernel is idle ({@link #importNext}).
     * Evaluating them at start, four javac tasks each, made the first cell wait about a second longer.
     * The quick path compiles with them (it reads this list at each compile).
     */
    private final List<String> pendingImports;

    JShellBridge(JShell shell, SourceCodeAnalysis analysis, CellCompiler compiler, List<String> pendingImports) {
        this.shell = shell;
        this.analysis = analysis;
        this.compiler = compiler;
        this.pendingImports = pendingImports;
    }

    /** Whether JShell has a say in {@code name} (see {@link #jshellNames}). */
    boolean isJShells(String name) {
        return jshellNames.contains(name);
    }

    /** Imports cells see from now on, given to JShell when it is first needed. */
    void addPendingImports(List<String> imports) {
        pendingImports.addAll(imports);
    }

    boolean hasPendingImports() {
        return !pendingImports.isEmpty();
    }

    /** Gives JShell the imports it has not had yet, in order. */
    void flushImports() {
        while (!pendingImports.isEmpty()) {
            importNext();
        }
    }

    /** Gives JShell the next of the imports it has not had yet. */
    void importNext() {
        noteJShell(shell.eval("import " + pendingImports.get(0) + ";"), Set.of());
        pendingImports.remove(0); // only now: the quick path uses it until JShell has it
    }

    /**
     * Evaluates {@code source} in JShell, after making the quick path's variables it names known to
     * JShell. A variable the source declares anew is JShell's from then on (its import, if any, is
     * dropped first, so that JShell sees one declaration of it).
     */
    List<SnippetEvent> eval(String source) {
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
        redeclared.forEach(this::bridge); // JShell rejected the new declaration: the old variable stays
        return events;
    }

    /**
     * Notes the names JShell's new declarations give it a say in ({@link #jshellNames}); a variable
     * of {@code redeclared} that JShell took is JShell's from now on (and leaves that set).
     */
    private List<SnippetEvent> noteJShell(List<SnippetEvent> events, Set<String> redeclared) {
        for (SnippetEvent e : events) {
            if (e.causeSnippet() != null
                    || !(e.snippet() instanceof PersistentSnippet p)
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

    /** Makes the quick path's variables that {@code code} names known to JShell (for its analysis). */
    void bridgeNamed(String code) {
        if (compiler != null && !compiler.variables().isEmpty()) {
            CellCompiler.identifiers(code).stream()
                    .filter(n -> compiler.owner(n) != null)
                    .sorted()
                    .forEach(this::bridge);
        }
    }

    /** Makes the quick path's variable {@code name} known to JShell, as an import of its current field. */
    private void bridge(String name) {
        String owner = compiler.owner(name);
        var current = bridged.get(name);
        if (owner == null
                || (current != null
                        && current.fullname().equals(owner + "." + name)
                        && shell.status(current) == Snippet.Status.VALID)) {
            return;
        }
        try {
            if (bridgeDir == null) {
                bridgeDir = Files.createTempDirectory("umbrella-cells");
                Files.createDirectories(bridgeDir.resolve(CellCompiler.PACKAGE));
                shell.addToClasspath(bridgeDir.toString());
            }
            for (var file : compiler.classFiles(owner).entrySet()) {
                var path = bridgeDir
                        .resolve(CellCompiler.PACKAGE)
                        .resolve(file.getKey().substring(CellCompiler.PACKAGE.length() + 1) + ".class");
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
                            + shell.diagnostics(i)
                                    .map(d -> d.getMessage(Locale.ROOT))
                                    .toList());
                }
            }
        }
    }

    /** Deletes the bridge's class files. */
    @Override
    public void close() {
        if (bridgeDir != null) {
            try (var files = Files.walk(bridgeDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                KernelLog.log("could not delete " + bridgeDir + ": " + e);
            }
        }
    }
}
