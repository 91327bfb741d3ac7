package dev.umbrella.kernel.eval;

import dev.umbrella.kernel.eval.CellCompiler.Outcome;
import dev.umbrella.kernel.eval.Evaluator.Result;
import java.util.Map;
import java.util.Optional;

/**
 * The quick path: snippets compiled by {@link CellCompiler} in one javac task and run by the same
 * {@link CellExecutionControl} as JShell's. It takes the declaration of one variable whose name
 * JShell has no say in, and one expression or plain statement. What does not compile here has not
 * run, and goes to {@link JShellPath}.
 */
final class QuickPath {
    private final CellCompiler compiler;
    private final CellExecutionControl control;
    /** Where each snippet came from, by snippet id (shared with {@link JShellPath}, for error positions). */
    private final Map<String, CellError.Origin> origins;

    private int snippets;
    private int runs;

    QuickPath(CellCompiler compiler, CellExecutionControl control, Map<String, CellError.Origin> origins) {
        this.compiler = compiler;
        this.control = control;
        this.origins = origins;
    }

    /** The id of the next snippet this path compiles. */
    String nextId() {
        return CellCompiler.snippetId(++snippets);
    }

    /** Snippets that ran here (rather than through JShell). */
    int runs() {
        return runs;
    }

    /**
     * The declaration of one variable whose name JShell has no say in, through {@link CellCompiler}.
     * Empty when it did not compile there (nothing ran; it goes to JShell as written).
     */
    Optional<Result> declare(VarDeclaration declaration, String snippet, CellError.Origin origin) {
        String id = nextId();
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
    Optional<Result> run(String expression, boolean effectOnly, CellError.Origin origin, boolean shown) {
        String id = nextId();
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
        runs++;
        if (outcome.status() == CellCompiler.Status.STOPPED || control.wasStopped()) {
            return CellError.interrupted();
        }
        if (outcome.status() == CellCompiler.Status.THREW) {
            return CellError.exception(outcome.failure(), compiler::cellFrames, origins);
        }
        return null;
    }
}
