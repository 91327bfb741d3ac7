/**
 * How cells' values and streams reach the notebook: {@link dev.umbrella.kernel.display.UmbrellaExtension}
 * (renderers for tables, figures, results and slides, loaded as a JJava extension), the display API
 * cells call ({@link dev.umbrella.kernel.display.NotebookStatics}), captured {@code System.out},
 * {@code System.err} and {@code System.in} ({@link dev.umbrella.kernel.display.StreamCapture}), and
 * outputs recorded as nbformat does ({@link dev.umbrella.kernel.display.NotebookOutputs}).
 *
 * <p>May use {@code eval} (the log), JJava's display API, Gson, {@code model} and {@code present};
 * it reaches the running kernel only through {@link dev.umbrella.kernel.display.NotebookKernel},
 * so that it does not depend on the kernel package above it.
 */
package dev.umbrella.kernel.display;
