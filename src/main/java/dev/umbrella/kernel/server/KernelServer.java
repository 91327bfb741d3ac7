package dev.umbrella.kernel.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.umbrella.kernel.UmbrellaKernel;
import dev.umbrella.kernel.display.CellInput;
import dev.umbrella.kernel.eval.CellError;
import dev.umbrella.kernel.eval.KernelLog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.comm.CommOpenCommand;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.ShutdownRequest;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * The Jupyter side of the kernel: five ZeroMQ sockets bound to the connection file's address, one
 * thread each for shell, control and heartbeat, each blocking in {@code poll} (no sleep between
 * polls, unlike the base library's {@code ShellChannel}). Every message's HMAC signature is checked;
 * unsigned or wrongly signed messages are dropped and logged. Code runs only from
 * {@code execute_request}s on the shell channel. Sockets are bound before JShell starts, so
 * {@code kernel_info} is answered at once while the kernel warms up in the background. The replies
 * to questions that run no cell are built by {@link QueryReplies}, input for a running cell is asked
 * by {@link FrontendInput}; what stays here (sockets, loops, dispatch, execution and the order of
 * replies and status messages) is one protocol state machine, about 350 lines.
 */
final class KernelServer {
    private static final long POLL_MILLIS = 500;

    static long sinceStart() {
        return ProcessHandle.current()
                .info()
                .startInstant()
                .map(i -> Duration.between(i, Instant.now()).toMillis())
                .orElse(-1L);
    }

    private final KernelConnectionProperties props;
    private final ZMQ.Context context = ZMQ.context(1);
    private final Channel shell;
    private final Channel control;
    private final Channel stdin;
    private final Channel iopub;
    private final ZMQ.Socket heartbeat;
    private final Messages messages = new Messages();
    private final CompletableFuture<UmbrellaKernel> kernel = new CompletableFuture<>();
    /** A cell's keyboard input, from the frontend over the stdin socket. */
    private final FrontendInput frontendInput;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean running = new AtomicBoolean(true);
    private volatile boolean requestSeen;
    private volatile boolean restartRequested;
    private boolean abortAfterReply;
    /** The client session of the last execute request. */
    private String lastClient;

    KernelServer(KernelConnectionProperties props) throws Exception {
        this.props = props;
        HMACGenerator hmac = props.createHMACGenerator();
        this.shell = new Channel(context, SocketType.ROUTER, hmac, "shell", KernelConnectionProperties::getShellPort);
        this.control =
                new Channel(context, SocketType.ROUTER, hmac, "control", KernelConnectionProperties::getControlPort);
        this.stdin = new Channel(context, SocketType.ROUTER, hmac, "stdin", KernelConnectionProperties::getStdinPort);
        this.iopub = new Channel(context, SocketType.PUB, hmac, "iopub", KernelConnectionProperties::getIopubPort);
        this.heartbeat = context.socket(SocketType.REP);
        this.heartbeat.setLinger(0);
        this.frontendInput = new FrontendInput(context, stdin, messages, running::get);
    }

    /** Binds every socket and starts the loops; the kernel itself is started separately. */
    void start() {
        for (Channel c : List.of(iopub, shell, control, stdin)) {
            c.bind(props);
        }
        String hb = props.getTransport() + "://" + props.getIp() + ":" + props.getHbPort();
        if (!heartbeat.bind(hb)) {
            throw new IllegalStateException("cannot bind the heartbeat channel to " + hb);
        }
        thread("heartbeat", this::heartbeatLoop);
        thread("shell", () -> loop(shell, false));
        thread("control", () -> loop(control, true));
        publish(null, "status", Messages.status("starting"));
    }

    /** Hands over the started kernel (or its startup failure) and warms it up while idle. */
    void kernelStarted(UmbrellaKernel k) {
        kernel.complete(k);
        k.warmUp(() -> !requestSeen && running.get());
    }

    void kernelFailed(Throwable e) {
        kernel.completeExceptionally(e);
    }

    /** Blocks until a shutdown request; returns whether a restart was asked for. */
    boolean awaitShutdown() throws InterruptedException {
        stopped.await();
        return restartRequested;
    }

    private static void thread(String name, Runnable body) {
        var t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
    }

    private void heartbeatLoop() {
        var poller = context.poller(1);
        poller.register(heartbeat, ZMQ.Poller.POLLIN);
        while (running.get()) {
            try {
                if (poller.poll(POLL_MILLIS) > 0) {
                    byte[] ping = heartbeat.recv(0);
                    if (ping != null) {
                        heartbeat.send(ping, 0);
                    }
                }
            } catch (ZMQException | IllegalStateException e) {
                return;
            }
        }
    }

    private void loop(Channel channel, boolean isControl) {
        var poller = context.poller(1);
        poller.register(channel, ZMQ.Poller.POLLIN);
        while (running.get()) {
            Message<?> message;
            try {
                if (poller.poll(POLL_MILLIS) <= 0) {
                    continue;
                }
                message = channel.readMessage();
            } catch (SecurityException e) {
                KernelLog.log(
                        "dropped a message with a missing or wrong signature on the " + channel.name() + " channel");
                continue;
            } catch (ZMQException | IllegalStateException e) {
                return;
            } catch (RuntimeException e) {
                KernelLog.log("dropped an unreadable message on the " + channel.name() + " channel: " + e);
                continue;
            }
            if (message == null) {
                continue;
            }
            String type = message.getHeader().getType().getName();
            if (!isControl && !type.equals("kernel_info_request")) {
                requestSeen = true;
            }
            long t0 = System.nanoTime();
            try {
                handle(channel, message, isControl);
            } catch (RuntimeException e) {
                KernelLog.log("error handling " + type + ": " + e);
            }
            if (KernelLog.DEBUG) {
                KernelLog.log(String.format(
                        Locale.ROOT,
                        "%s handled in %.1f ms (%d ms after JVM start)",
                        type,
                        (System.nanoTime() - t0) / 1e6,
                        sinceStart()));
            }
        }
    }

    private void handle(Channel channel, Message<?> request, boolean isControl) {
        String type = request.getHeader().getType().getName();
        if (isControl) {
            switch (type) {
                case "interrupt_request" -> {
                    busy(request, () -> reply(channel, request, "interrupt_reply", Messages.ok()));
                    kernel.thenAccept(UmbrellaKernel::interrupt);
                }
                case "shutdown_request" -> shutdown(channel, request);
                case "kernel_info_request" ->
                    busy(request, () -> reply(channel, request, "kernel_info_reply", QueryReplies.kernelInfo()));
                default ->
                    KernelLog.log(
                            "ignored " + type + " on the control channel (code runs only from the shell channel)");
            }
            return;
        }
        switch (type) {
            case "kernel_info_request" ->
                busy(request, () -> reply(channel, request, "kernel_info_reply", QueryReplies.kernelInfo()));
            case "execute_request" -> {
                busy(request, () -> execute(channel, request));
                if (abortAfterReply) {
                    abortAfterReply = false;
                    abortQueued(channel);
                }
            }
            case "complete_request" ->
                busy(
                        request,
                        () -> reply(channel, request, "complete_reply", QueryReplies.complete(kernel(), request)));
            case "inspect_request" ->
                busy(request, () -> reply(channel, request, "inspect_reply", QueryReplies.inspect(kernel(), request)));
            case "is_complete_request" ->
                busy(
                        request,
                        () -> reply(channel, request, "is_complete_reply", QueryReplies.isComplete(kernel(), request)));
            case "history_request" ->
                busy(request, () -> reply(channel, request, "history_reply", QueryReplies.history(kernel(), request)));
            case "comm_info_request" ->
                busy(request, () -> {
                    var content = Messages.ok();
                    content.add("comms", new JsonObject());
                    reply(channel, request, "comm_info_reply", content);
                });
            case "comm_open" -> busy(request, () -> closeComm(request));
            case "comm_msg", "comm_close" -> busy(request, () -> {});
            case "shutdown_request" -> shutdown(channel, request);
            default -> KernelLog.log("ignored unsupported message " + type);
        }
    }

    /** Replies held back until the request's "idle" is published (one list per channel thread). */
    private final ThreadLocal<List<Runnable>> heldReplies = ThreadLocal.withInitial(ArrayList::new);

    /**
     * Runs a request between "busy" and "idle". Its reply is sent right after "idle": every IOPub
     * message of the request is then on its way before the client sees the reply, so clients that
     * read IOPub with short timeouts after the reply (jupyter_kernel_test reads each with 0.1 s)
     * do not miss the tail of a cell's output on a loaded machine.
     */
    private void busy(Message<?> request, Runnable work) {
        publish(request, "status", Messages.status("busy"));
        List<Runnable> held = heldReplies.get();
        int mark = held.size();
        try {
            work.run();
        } finally {
            publish(request, "status", Messages.status("idle"));
            var mine = new ArrayList<>(held.subList(mark, held.size()));
            held.subList(mark, held.size()).clear();
            mine.forEach(Runnable::run);
        }
    }

    private UmbrellaKernel kernel() {
        return kernel.join();
    }

    private void execute(Channel channel, Message<?> request) {
        var content = (ExecuteRequest) request.getContent();
        UmbrellaKernel k;
        try {
            k = kernel();
        } catch (RuntimeException e) {
            var error = CellError.of("KernelStartupError", String.valueOf(e.getCause() != null ? e.getCause() : e));
            publish(request, "error", error.toJson());
            var reply = error.toJson();
            reply.addProperty("status", "error");
            reply.addProperty("execution_count", 0);
            reply(channel, request, "execute_reply", reply);
            return;
        }
        // A page reload (or another page on this kernel) sends with a new client session id.
        String client = request.getHeader().getSessionId();
        if (lastClient != null && client != null && !client.equals(lastClient)) {
            k.newPage();
        }
        lastClient = client;
        boolean silent = content.isSilent();
        CellInput input = content.isStdinEnabled()
                ? (prompt, password) -> frontendInput.ask(request, prompt, password)
                : CellInput.NONE;
        var run = k.execute(
                content.getCode(),
                silent,
                content.shouldStoreHistory() && !silent,
                (msgType, json) -> publish(request, msgType, json),
                input);
        JsonObject reply;
        if (run.ok()) {
            reply = Messages.ok();
            reply.add("payload", new JsonArray());
            reply.add("user_expressions", QueryReplies.userExpressions(k, content.getUserExpr()));
        } else {
            reply = run.error().toJson();
            reply.addProperty("status", "error");
        }
        reply.addProperty("execution_count", run.count());
        reply(channel, request, "execute_reply", reply);
        abortAfterReply = !run.ok() && content.shouldStopOnError();
    }

    /** After an error, execute requests already queued are answered "aborted", as ipykernel does. */
    private void abortQueued(Channel channel) {
        var poller = context.poller(1);
        poller.register(channel, ZMQ.Poller.POLLIN);
        while (poller.poll(0) > 0) {
            Message<?> queued;
            try {
                queued = channel.readMessage();
            } catch (RuntimeException e) {
                continue;
            }
            if (queued.getHeader().getType().getName().equals("execute_request")) {
                busy(queued, () -> {
                    var aborted = new JsonObject();
                    aborted.addProperty("status", "aborted");
                    aborted.addProperty("execution_count", kernel().executionCount());
                    reply(channel, queued, "execute_reply", aborted);
                });
            } else {
                handle(channel, queued, false);
            }
        }
    }

    /**
     * The kernel registers no comm targets (no widgets), so every {@code comm_open} is answered with
     * {@code comm_close} on IOPub, as ipykernel answers an unknown target: the frontend drops the comm
     * at once instead of waiting for a timeout. Messages for comms that were never opened are ignored.
     */
    private void closeComm(Message<?> request) {
        var open = (CommOpenCommand) request.getContent();
        KernelLog.log("no comm target " + open.getTargetName() + "; closing comm " + open.getCommID());
        var close = new JsonObject();
        close.addProperty("comm_id", open.getCommID());
        close.add("data", new JsonObject());
        publish(request, "comm_close", close);
    }

    private void shutdown(Channel channel, Message<?> request) {
        boolean restart = ((ShutdownRequest) request.getContent()).isRestart();
        publish(request, "status", Messages.status("busy"));
        var reply = Messages.ok();
        reply.addProperty("restart", restart);
        reply(channel, request, "shutdown_reply", reply);
        publish(request, "status", Messages.status("idle"));
        restartRequested = restart;
        running.set(false);
        stopped.countDown();
    }

    /** Closes the sockets after a short wait, so the last replies reach the client. */
    void close() {
        running.set(false);
        frontendInput.close();
        for (ZMQ.Socket s : List.of(shell, control, stdin, iopub, heartbeat)) {
            try {
                s.close();
            } catch (RuntimeException ignored) {
                // closing anyway
            }
        }
        context.close();
    }

    private void reply(Channel channel, Message<?> request, String type, JsonObject content) {
        var message = messages.message(request, type, content, request.getIdentities());
        heldReplies.get().add(() -> channel.sendMessage(message));
        if (!inBusy(request)) {
            flushReplies();
        }
    }

    private boolean inBusy(Message<?> request) {
        return !request.getHeader().getType().getName().equals("shutdown_request");
    }

    private void flushReplies() {
        List<Runnable> held = heldReplies.get();
        var all = new ArrayList<>(held);
        held.clear();
        all.forEach(Runnable::run);
    }

    private void publish(Message<?> parent, String type, JsonObject content) {
        iopub.sendMessage(messages.message(parent, type, content, List.of()));
    }
}
