package dev.umbrella.kernel.eval;

import dev.umbrella.kernel.eval.Evaluator.Result;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * Snippets through JShell: an expression or plain statement the quick path did not take, as a
 * block statement ({@link #runAsBlock}, cheap: it declares nothing), and everything else as written
 * ({@link #runAsWritten}). JShell is first told the quick path's variables the code names
 * ({@link JShellBridge}).
 */
final class JShellPath {
    private final JShell shell;
    private final JShellBridge bridge;
    private final CellExecutionControl control;
    /** Where each snippet came from, by snippet id (shared with {@link QuickPath}, for error positions). */
    private final Map<String, CellError.Origin> origins;

    JShellPath(JShell shell, JShellBridge bridge, CellExecutionControl control, Map<String, CellError.Origin> origins) {
        this.shell = shell;
        this.bridge = bridge;
        this.control = control;
        this.origins = origins;
    }

    /**
     * A rewritten snippet run through JShell: its {@code result}, or null when JShell rejected it,
     * and then whether it was rejected because the expression is a void call.
     */
    private record BlockRun(Result result, boolean rejectedAsVoidCall) {
        boolean ran() {
            return result != null;
        }
    }

    /**
     * One expression or plain statement the quick path did not take, through JShell as the block
     * {@code { CellValue.set(expr); }}, or, if it is a void call (or {@code effectOnly}),
     * {@code { expr; }}: JShell compiles a block without declaring anything. Empty when JShell
     * rejected it (nothing ran; the snippet then runs as written, so that declarations and genuine
     * compile errors are JShell's own).
     */
    Optional<Result> runAsBlock(String expression, boolean effectOnly, CellError.Origin origin, boolean shown) {
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
    Result runAsWritten(String snippet, CellError.Origin origin, boolean shown) {
        List<SnippetEvent> events = bridge.eval(snippet);
        SnippetEvent main = primary(events);
        if (main == null) {
            return Result.EMPTY;
        }
        origins.put(main.snippet().id(), origin);
        if (main.status() == Snippet.Status.REJECTED) {
            return Result.failed(CellError.compile(
                    snippet, origin, shell.diagnostics(main.snippet()).toList()));
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
            return CellError.of(
                    "UnresolvedReferenceException",
                    describe(ure.getSnippet()) + " cannot be used until " + String.join(", ", names) + " is defined");
        }
        if (event.exception() instanceof EvalException ee) {
            return CellError.exception(ee, origins);
        }
        if (event.exception() != null) {
            return CellError.of(
                    event.exception().getClass().getSimpleName(),
                    String.valueOf(event.exception().getMessage()));
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
}
