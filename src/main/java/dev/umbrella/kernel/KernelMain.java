package dev.umbrella.kernel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * Starts the Umbrella kernel for Jupyter: {@code java -cp umbrella.jar dev.umbrella.kernel.KernelMain CONNECTION_FILE}
 * (the command {@code umbrella kernel install} writes into kernel.json). With {@code --warm-up} instead
 * of a connection file it runs a few typical cells and exits, which is how the install step records the
 * classes for the start-up archive (AppCDS).
 */
public final class KernelMain {
    private KernelMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: KernelMain CONNECTION_FILE | --warm-up");
            System.exit(2);
        }
        if (args[0].equals("--warm-up")) {
            warmUp();
            System.exit(0);
        }
        Path file = Path.of(args[0]);
        var props = KernelConnectionProperties.parse(Files.readString(file, StandardCharsets.UTF_8));
        var server = new KernelServer(props);
        server.start();
        if (KernelServer.DEBUG) {
            StreamCapture.log("sockets bound " + KernelServer.sinceStart() + " ms after JVM start");
        }
        watchParent();
        var starter = new Thread(() -> {
            try {
                var k = UmbrellaKernel.start();
                if (KernelServer.DEBUG) {
                    StreamCapture.log("JShell ready " + KernelServer.sinceStart() + " ms after JVM start");
                }
                server.kernelStarted(k);
            } catch (Throwable e) {
                StreamCapture.log("the kernel could not start: " + e);
                server.kernelFailed(e);
            }
        }, "kernel-start");
        starter.setDaemon(true);
        starter.start();
        server.awaitShutdown();
        Thread.sleep(100);
        server.close();
        System.exit(0);
    }

    /** Jupyter names its process in JPY_PARENT_PID; if it dies without shutting us down, we go too. */
    private static void watchParent() {
        String pid = System.getenv("JPY_PARENT_PID");
        if (pid == null || !pid.matches("\\d+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(pid)).ifPresent(parent -> parent.onExit().thenRun(() -> {
            StreamCapture.log("the Jupyter process " + pid + " ended; stopping");
            System.exit(0);
        }));
    }

    private static void warmUp() {
        try (var session = NotebookSession.start()) {
            session.execute("var t = Table.create(\"t\", IntColumn.indexColumn(\"n\", 3, 1));\nt");
            session.execute("System.out.println(t.rowCount());");
            session.execute("new tech.tablesaw.plotly.components.Figure(tech.tablesaw.plotly.traces.ScatterTrace.builder(new double[] {1}, new double[] {2}).build())");
            session.execute("int f(int x) { return x + 1; }");
            session.execute("f(1)");
            session.execute("1 / 0");
            session.execute("%lsmagic");
        }
    }
}
