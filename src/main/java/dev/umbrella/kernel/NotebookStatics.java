package dev.umbrella.kernel;

import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * The display API cells use, as in IJava and JJava (statically imported in every cell):
 * {@code display(obj)} shows an object now and returns a display id, {@code updateDisplay(id, obj)}
 * replaces that output in place (live demos), {@code render(obj)} renders without showing.
 * Optional MIME types ({@code "text/html"}, ...) pick the representations; {@code clearOutput()}
 * empties the cell's output.
 */
public final class NotebookStatics {
    private NotebookStatics() {}

    public static String display(Object value) {
        return kernel().display(value);
    }

    public static String display(Object value, String... mimeTypes) {
        return kernel().display(value, mimeTypes);
    }

    public static DisplayData render(Object value) {
        return kernel().getRenderer().render(value);
    }

    public static DisplayData render(Object value, String... mimeTypes) {
        return kernel().getRenderer().renderAs(value, mimeTypes);
    }

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

    private static UmbrellaKernel kernel() {
        if (BaseKernel.notebookKernel() instanceof UmbrellaKernel k) {
            return k;
        }
        throw new IllegalStateException("display needs the Umbrella kernel (in JJava, use its own display API)");
    }
}
