package dev.umbrella.kernel.server;

import dev.umbrella.kernel.NotebookSession;
import dev.umbrella.kernel.UmbrellaKernel;
import dev.umbrella.kernel.eval.KernelLog;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * Starts the Umbrella kernel for Jupyter: {@code java -cp umbrella.jar dev.umbrella.kernel.server.KernelMain CONNECTION_FILE}
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
        if (KernelLog.DEBUG) {
            KernelLog.log("sockets bound " + KernelServer.sinceStart() + " ms after JVM start");
        }
        // The kernel (JShell, javac) starts once the sockets are bound: kernel_info is answered at
        // once, and the first cell waits for the kernel. Starting it before binding, to overlap the
        // two, made both the start and the first cell slower on two cores (kernel-bench.sh).
        var starter = new Thread(
                () -> {
                    try {
                        var k = UmbrellaKernel.start();
                        if (KernelLog.DEBUG) {
                            KernelLog.log("JShell ready " + KernelServer.sinceStart() + " ms after JVM start");
                        }
                        server.kernelStarted(k);
                    } catch (Throwable e) {
                        KernelLog.log("the kernel could not start: " + e);
                        server.kernelFailed(e);
                    }
                },
                "kernel-start");
        starter.setDaemon(true);
        starter.start();
        watchParent();
        server.awaitShutdown();
        Thread.sleep(100);
        server.close();
        System.exit(0);
    }

    /**
     * A kernel_info round trip with a server on free local ports, as a client's first request: the
     * start-up archive then holds the classes of ZeroMQ and of the messages too, which the kernel
     * otherwise reads from their jars while it starts.
     */
    private static void warmUpServer() throws Exception {
        int[] ports = new int[5];
        for (int i = 0; i < ports.length; i++) {
            try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                ports[i] = socket.getLocalPort();
            }
        }
        var props = KernelConnectionProperties.parse(String.format(
                Locale.ROOT,
                "{\"shell_port\": %d, \"iopub_port\": %d, \"stdin_port\": %d, \"control_port\": %d, \"hb_port\": %d, "
                        + "\"ip\": \"127.0.0.1\", \"key\": \"warm-up\", \"transport\": \"tcp\", \"signature_scheme\": \"hmac-sha256\"}",
                ports[0],
                ports[1],
                ports[2],
                ports[3],
                ports[4]));
        var server = new KernelServer(props);
        server.start();
        var context = ZMQ.context(1);
        try (var client = new Channel(
                context,
                SocketType.DEALER,
                props.createHMACGenerator(),
                "warm-up",
                KernelConnectionProperties::getShellPort)) {
            client.connect("tcp://127.0.0.1:" + props.getShellPort());
            var request = new KernelInfoRequest();
            client.sendMessage(new Message<>(new Header<>(request.getType()), request));
            var poller = context.poller(1);
            poller.register(client, ZMQ.Poller.POLLIN);
            if (poller.poll(10_000) > 0) {
                client.readMessage();
            }
            poller.close();
        } finally {
            server.close();
            context.close();
        }
    }

    /** Jupyter names its process in JPY_PARENT_PID; if it dies without shutting us down, we go too. */
    private static void watchParent() {
        String pid = System.getenv("JPY_PARENT_PID");
        if (pid == null || !pid.matches("\\d+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(pid))
                .ifPresent(parent -> parent.onExit().thenRun(() -> {
                    KernelLog.log("the Jupyter process " + pid + " ended; stopping");
                    System.exit(0);
                }));
    }

    private static void warmUp() {
        try {
            warmUpServer();
        } catch (Exception e) {
            System.err.println(
                    "warm-up: no kernel_info round trip (" + e + "); the archive lacks the server's classes");
        }
        try (var session = NotebookSession.start()) {
            session.warmUp();
            session.execute("var t = Table.create(\"t\", IntColumn.indexColumn(\"n\", 3, 1));\nt");
            session.execute("System.out.println(t.rowCount());");
            session.execute(
                    "new tech.tablesaw.plotly.components.Figure(tech.tablesaw.plotly.traces.ScatterTrace.builder(new double[] {1}, new double[] {2}).build())");
            session.execute("int f(int x) { return x + 1; }");
            session.execute("f(1)");
            session.execute("1 / 0");
            session.execute("%lsmagic");
        }
    }
}
