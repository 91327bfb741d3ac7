/**
 * The kernel as Jupyter starts it: {@link dev.umbrella.kernel.server.KernelMain} binds the five
 * ZeroMQ sockets of a connection file ({@link dev.umbrella.kernel.server.KernelServer}), answers
 * the Jupyter messaging protocol and hands every {@code execute_request} to the kernel.
 *
 * <p>May use the kernel package, {@code display} and {@code eval}, JJava's message classes and
 * JeroMQ; nothing but {@code install} uses it.
 */
package dev.umbrella.kernel.server;
