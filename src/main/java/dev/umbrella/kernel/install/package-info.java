/**
 * Making the kernel known to Jupyter: {@link dev.umbrella.kernel.install.Kernelspec} writes
 * {@code kernel.json} (the command that starts {@code server.KernelMain}, with the module flags from
 * {@code env}) and records the start-up archive. May use {@code server} (for the main class's name)
 * and {@code env}; used by the command line.
 */
package dev.umbrella.kernel.install;
