/**
 * Umbrella's Java kernel: {@link dev.umbrella.kernel.UmbrellaKernel}, the one path every notebook
 * cell takes (JShell in this JVM, magics, renderers, the display API), and its in-process entry,
 * {@link dev.umbrella.kernel.NotebookSession}, which {@code umbrella run} uses. {@link
 * dev.umbrella.kernel.KernelInfo} is the one place that says what the kernel is (language_info,
 * version, banner, help links).
 *
 * <p>Sub-packages, each by concern: {@code eval} runs Java source (JShell and the quick path),
 * {@code display} turns values and streams into notebook outputs, {@code server} speaks the Jupyter
 * protocol over ZeroMQ, {@code install} writes the kernelspec. Dependencies point one way:
 * {@code install → server → kernel → display → eval}; this package may use {@code display},
 * {@code eval}, JJava's base kernel, the analysis packages and {@code env}, never {@code server}
 * or {@code install}. Only the kernel packages import JJava.
 */
package dev.umbrella.kernel;
