package dev.umbrella.kernel.display;

import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;

/**
 * The display API cells use, as in IJava and JJava (statically imported in every cell):
 * {@code display(obj)} shows an object now and returns a display id, {@code updateDisplay(id, obj)}
 * replaces that output in place (live demos), {@code render(obj)} renders without showing.
 * Optional MIME types ({@code "text/html"}, ...) pick the representations; {@code clearOutput()}
 * empties the cell's output. {@code readLine(prompt)} and {@code readPassword(prompt)} ask the user for
 * input, like {@code java.io.Console} (which a kernel has none of).
 */
public final class NotebookStatics {
    private NotebookStatics() {}

    /**
     * Shows {@code value} below the cell now, rendered as the kernel renders a cell's result (tables
     * as HTML, figures as plotly charts).
     *
     * @param value what to show
     * @return the display id, for {@link #updateDisplay(String, Object)}
     */
    public static String display(Object value) {
        return kernel().display(value);
    }

    /**
     * Shows {@code value} in the given representations only.
     *
     * @param value     what to show
     * @param mimeTypes the MIME types to render, e.g. {@code "text/plain"}
     * @return the display id, for {@link #updateDisplay(String, Object)}
     */
    public static String display(Object value, String... mimeTypes) {
        return kernel().display(value, mimeTypes);
    }

    /**
     * Renders {@code value} without showing it.
     *
     * @param value what to render
     * @return its representations by MIME type
     */
    public static DisplayData render(Object value) {
        return renderer().render(value);
    }

    public static DisplayData render(Object value, String... mimeTypes) {
        return renderer().renderAs(value, mimeTypes);
    }

    /**
     * Replaces an earlier output in place, wherever it is on the page (live demos).
     *
     * @param id    a display id that {@link #display(Object)} returned
     * @param value what to show instead
     */
    public static void updateDisplay(String id, Object value) {
        kernel().updateDisplay(id, value);
    }

    public static void updateDisplay(String id, Object value, String... mimeTypes) {
        kernel().updateDisplay(id, value, mimeTypes);
    }

    /** Clears this cell's output now (for live demos: clear, then display the next frame). */
    public static void clearOutput() {
        kernel().clearOutput(false);
    }

    /** Clears this cell's output; with {@code wait}, only when the next output arrives (no flicker). */
    public static void clearOutput(boolean wait) {
        kernel().clearOutput(wait);
    }

    /**
     * Asks the user for one line, as {@code Console.readLine} does: in Jupyter an input box with
     * {@code prompt} appears under the cell. Where the client takes no input (nbclient,
     * {@code ./umbrella run}) it fails at once with a clear error.
     *
     * @param prompt the text shown before the input box, e.g. {@code "Seed? "}
     * @return the line typed, without its line end
     */
    public static String readLine(String prompt) {
        return kernel().readLine(prompt, false);
    }

    /**
     * Asks for a secret, as {@code Console.readPassword} does: the frontend does not echo it, and it
     * is neither printed nor kept in the kernel's history.
     *
     * @param prompt the text shown before the input box
     * @return the characters typed (clear the array when done)
     */
    public static char[] readPassword(String prompt) {
        return kernel().readLine(prompt, true).toCharArray();
    }

    private static NotebookKernel kernel() {
        if (BaseKernel.notebookKernel() instanceof NotebookKernel k) {
            return k;
        }
        throw new IllegalStateException("display needs the Umbrella kernel (in JJava, use its own display API)");
    }

    private static Renderer renderer() {
        kernel();
        return BaseKernel.notebookKernel().getRenderer();
    }
}
