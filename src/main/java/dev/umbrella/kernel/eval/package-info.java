/**
 * Running Java source for the kernel: {@link dev.umbrella.kernel.eval.Evaluator} splits a cell into
 * snippets and runs each on the first path that applies (the quick path through one javac task,
 * {@link dev.umbrella.kernel.eval.CellCompiler}, or JShell), in this JVM under
 * {@link dev.umbrella.kernel.eval.CellExecutionControl}, and reports errors as notebook cells and
 * lines ({@link dev.umbrella.kernel.eval.CellError}). Also the editor's questions (completion,
 * documentation, is-complete), {@code %maven}'s resolution and the kernel's log.
 *
 * <p>The lowest kernel package: it may use the JDK (jdk.jshell, javax.tools, javac's internals
 * exported to it), Gson, Maven's resolver and {@code env}, not JJava and no other kernel package.
 */
package dev.umbrella.kernel.eval;
