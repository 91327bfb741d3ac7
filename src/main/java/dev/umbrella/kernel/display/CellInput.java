package dev.umbrella.kernel.display;

import dev.umbrella.kernel.eval.CellGuard;

/**
 * Where a cell's keyboard input comes from: {@code System.in} reads, {@code readLine(prompt)} and
 * {@code readPassword(prompt)} all ask it for one line. In Jupyter that is an {@code input_request}
 * to the frontend on the stdin channel; where the client does not allow input (nbclient,
 * {@code ./umbrella run}) a read fails at once with {@link InputNotAllowed} instead of waiting forever.
 */
public interface CellInput {
    /** No input: every read fails with {@link InputNotAllowed}. */
    CellInput NONE = (prompt, password) -> {
        throw new InputNotAllowed();
    };

    /**
     * One line typed by the user, without its line end. Blocks until it arrives; an interrupt of the
     * cell ends the wait with {@link CellGuard.Interrupted}.
     */
    String readLine(String prompt, boolean password);

    /**
     * A read where the client does not take input. Unchecked on purpose: {@code Scanner} swallows
     * {@code IOException}s and would report a bare "No line found" instead of this message.
     */
    final class InputNotAllowed extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        InputNotAllowed() {
            super("this cell asked for input, but the client does not take any (allow_stdin is false, as in "
                    + "nbclient, nbconvert --execute and ./umbrella run): set the value in the cell instead");
        }
    }
}
