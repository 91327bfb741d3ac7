package dev.umbrella.kernel.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.umbrella.kernel.KernelInfo;
import dev.umbrella.kernel.UmbrellaKernel;
import dev.umbrella.kernel.display.CellInput;
import dev.umbrella.kernel.display.DisplayBundle;
import dev.umbrella.kernel.eval.CellError;
import dev.umbrella.kernel.eval.CellGuard;
import dev.umbrella.kernel.eval.KernelLog;
import dev.umbrella.kernel.eval.OpenBlocks;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.KernelTimestamp;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.comm.CommOpenCommand;
import org.dflib.jjava.jupyter.messages.reply.InputReply;
import org.dflib.jjava.jupyter.messages.request.CompleteRequest;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.dflib.jjava.jupyter.messages.request.InspectRequest;
import org.dflib.jjava.jupyter.messages.request.IsCompleteRequest;
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
 * {@code kernel_info} is answered at once while the kernel warms up in the background.
 */
final class KernelServer {
    private static final String PROTOCOL = "5.3";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final long POLL_MILLIS = 500;

    static long sinceStart() {
        return ProcessHandle.current().info().startInstant()
                .map(i -> Duration.between(i, Instant.now()).toMillis()).orElse(-1L);
    }

    private final KernelConnectionProperties props;
    private final ZMQ.Context context = ZMQ.context(1);
    private final Channel shell;
    private final Channel control;
    private final Channel stdin;
    private final Channel iopub;
    private final ZMQ.Socket heartbeat;
    private final String session = UUID.randomUUID().toString();
    private final CompletableFuture<UmbrellaKernel> kernel = new CompletableFuture<>();
    /** The only thread that uses the stdin socket (see {@link #askFrontend}). */
    private final ExecutorService stdinThread = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "stdin");
        t.setDaemon(true);
        return t;
    });
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
        this.control = new Channel(context, SocketType.ROUTER, hmac, "control", KernelConnectionProperties::getControlPort);
        this.stdin = new Channel(context, SocketType.ROUTER, hmac, "stdin", KernelConnectionProperties::getStdinPort);
        this.iopub = new Channel(context, SocketType.PUB, hmac, "iopub", KernelConnectionProperties::getIopubPort);
        this.heartbeat = context.socket(SocketType.REP);
        this.heartbeat.setLinger(0);
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
        publish(null, "status", status("starting"));
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
                KernelLog.log("dropped a message with a missing or wrong signature on the " + channel.name() + " channel");
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
                KernelLog.log(String.format(Locale.ROOT, "%s handled in %.1f ms (%d ms after JVM start)",
                        type, (System.nanoTime() - t0) / 1e6, sinceStart()));
            }
        }
    }

    private void handle(Channel channel, Message<?> request, boolean isControl) {
        String type = request.getHeader().getType().getName();
        if (isControl) {
            switch (type) {
                case "interrupt_request" -> {
                    busy(request, () -> reply(channel, request, "interrupt_reply", ok()));
                    kernel.thenAccept(UmbrellaKernel::interrupt);
                }
                case "shutdown_request" -> shutdown(channel, request);
                case "kernel_info_request" -> busy(request, () -> reply(channel, request, "kernel_info_reply", kernelInfo()));
                default -> KernelLog.log("ignored " + type + " on the control channel (code runs only from the shell channel)");
            }
            return;
        }
        switch (type) {
            case "kernel_info_request" -> busy(request, () -> reply(channel, request, "kernel_info_reply", kernelInfo()));
            case "execute_request" -> {
                busy(request, () -> execute(channel, request));
                if (abortAfterReply) {
                    abortAfterReply = false;
                    abortQueued(channel);
                }
            }
            case "complete_request" -> busy(request, () -> reply(channel, request, "complete_reply", complete(request)));
            case "inspect_request" -> busy(request, () -> reply(channel, request, "inspect_reply", inspect(request)));
            case "is_complete_request" -> busy(request, () -> reply(channel, request, "is_complete_reply", isComplete(request)));
            case "history_request" -> busy(request, () -> reply(channel, request, "history_reply", history(request)));
            case "comm_info_request" -> busy(request, () -> {
                var content = ok();
                content.add("comms", new JsonObject());
                reply(channel, request, "comm_info_reply", content);
            });
            case "comm_open" -> busy(request, () -> closeComm(request));
            case "comm_msg", "comm_close" -> busy(request, () -> { });
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
        publish(request, "status", status("busy"));
        List<Runnable> held = heldReplies.get();
        int mark = held.size();
        try {
            work.run();
        } finally {
            publish(request, "status", status("idle"));
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
        CellInput input = content.isStdinEnabled() ? (prompt, password) -> askFrontend(request, prompt, password) : CellInput.NONE;
        var run = k.execute(content.getCode(), silent, content.shouldStoreHistory() && !silent,
                (msgType, json) -> publish(request, msgType, json), input);
        JsonObject reply;
        if (run.ok()) {
            reply = ok();
            reply.add("payload", new JsonArray());
            reply.add("user_expressions", userExpressions(k, content.getUserExpr()));
        } else {
            reply = run.error().toJson();
            reply.addProperty("status", "error");
        }
        reply.addProperty("execution_count", run.count());
        reply(channel, request, "execute_reply", reply);
        abortAfterReply = !run.ok() && content.shouldStopOnError();
    }

    /**
     * Sends an {@code input_request} to the frontend that sent {@code parent} (its stdin socket has
     * the identity of its shell socket) and waits for the matching {@code input_reply}. The socket is
     * used only from the one "stdin" thread: the cell thread waits for it interruptibly, and an
     * interrupt of the cell ends the wait (and the cell) with {@link CellGuard.Interrupted} without
     * touching ZeroMQ from an interrupted thread.
     */
    private String askFrontend(Message<?> parent, String prompt, boolean password) {
        var cancelled = new AtomicBoolean();
        var answer = stdinThread.submit(() -> {
            var poller = context.poller(1);
            poller.register(stdin, ZMQ.Poller.POLLIN);
            try {
                while (poller.poll(0) > 0) {
                    discard(stdin);   // a reply to an earlier, abandoned request
                }
                var content = new JsonObject();
                content.addProperty("prompt", prompt);
                content.addProperty("password", password);
                var request = message(parent, "input_request", content, parent.getIdentities());
                stdin.sendMessage(request);
                while (!cancelled.get() && running.get()) {
                    if (poller.poll(100) <= 0) {
                        continue;
                    }
                    Message<?> reply = discard(stdin);
                    // jupyter_client's input() sends its reply without a parent header; one that has one must match.
                    if (reply != null && reply.getContent() instanceof InputReply r
                            && (!reply.hasParentHeader() || request.getHeader().getId().equals(reply.getParentHeader().getId()))) {
                        return r.getValue();
                    }
                }
                return null;
            } finally {
                poller.close();
            }
        });
        try {
            while (true) {
                if (CellGuard.stopRequested()) {
                    throw new CellGuard.Interrupted();
                }
                try {
                    String value = answer.get(100, TimeUnit.MILLISECONDS);
                    if (value == null) {
                        throw new CellGuard.Interrupted();
                    }
                    return value;
                } catch (TimeoutException e) {
                    // still waiting for the user
                }
            }
        } catch (InterruptedException e) {
            throw new CellGuard.Interrupted();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not ask the frontend for input: " + e.getCause(), e.getCause());
        } finally {
            cancelled.set(true);
        }
    }

    /** Reads one message from the stdin socket; null (logged) if it is unreadable or wrongly signed. */
    private static Message<?> discard(Channel channel) {
        try {
            return channel.readMessage();
        } catch (SecurityException e) {
            KernelLog.log("dropped a message with a missing or wrong signature on the stdin channel");
        } catch (RuntimeException e) {
            KernelLog.log("dropped an unreadable message on the stdin channel: " + e);
        }
        return null;
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

    private JsonObject userExpressions(UmbrellaKernel k, Map<String, String> expressions) {
        var out = new JsonObject();
        if (expressions == null) {
            return out;
        }
        expressions.forEach((name, code) -> {
            JsonObject value;
            try {
                Object result;
                synchronized (k) {
                    result = k.evalRaw(code);
                }
                value = DisplayBundle.of(k.getRenderer().render(String.valueOf(result)), false);
                value.addProperty("status", "ok");
            } catch (RuntimeException e) {
                value = CellError.of(e.getClass().getSimpleName(), String.valueOf(e.getMessage())).toJson();
                value.addProperty("status", "error");
            }
            out.add(name, value);
        });
        return out;
    }

    private JsonObject complete(Message<?> request) {
        var content = (CompleteRequest) request.getContent();
        var k = kernel();
        var options = k.complete(content.getCode(), content.getCursorPos());
        var reply = ok();
        var matches = new JsonArray();
        options.getReplacements().forEach(matches::add);
        reply.add("matches", matches);
        reply.addProperty("cursor_start", options.getSourceStart());
        reply.addProperty("cursor_end", options.getSourceEnd());
        reply.add("metadata", new JsonObject());
        return reply;
    }

    private JsonObject inspect(Message<?> request) {
        var content = (InspectRequest) request.getContent();
        DisplayData data = kernel().inspect(content.getCode(), content.getCursorPos(), content.getDetailLevel() > 0);
        var reply = ok();
        reply.addProperty("found", data != null);
        var bundle = DisplayBundle.of(data == null ? DisplayData.EMPTY : data, false);
        reply.add("data", bundle.get("data"));
        reply.add("metadata", bundle.get("metadata"));
        return reply;
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

    private JsonObject isComplete(Message<?> request) {
        var content = (IsCompleteRequest) request.getContent();
        String status = kernel().isComplete(content.getCode());
        var reply = new JsonObject();
        reply.addProperty("status", status);
        if (status.equals("incomplete")) {
            reply.addProperty("indent", OpenBlocks.indent(content.getCode()));
        }
        return reply;
    }

    private JsonObject history(Message<?> request) {
        var content = (HistoryRequest) request.getContent();
        var manager = kernel().history();
        var flags = EnumSet.noneOf(HistoryManager.ResultFlag.class);
        if (content.includeOutput()) {
            flags.add(HistoryManager.ResultFlag.INCLUDE_OUTPUT);
        }
        List<HistoryEntry> entries = switch (content.getAccessType()) {
            case TAIL -> manager.lookupTail(((HistoryRequest.Tail) content).getMaxReturnLength(), flags);
            case RANGE -> {
                var range = (HistoryRequest.Range) content;
                yield manager.lookupRange(range.getSessionIndex(), range.getStart(), range.getStop(), flags);
            }
            case SEARCH -> {
                var search = (HistoryRequest.Search) content;
                if (search.filterUnique()) {
                    flags.add(HistoryManager.ResultFlag.UNIQUE);
                }
                yield manager.search(search.getPattern(), search.getMaxReturnLength(), flags);
            }
        };
        var list = new JsonArray();
        for (HistoryEntry e : entries == null ? new ArrayList<HistoryEntry>() : entries) {
            var row = new JsonArray();
            row.add(e.getSession());
            row.add(e.getCellNumber());
            if (e.hasOutput()) {
                var pair = new JsonArray();
                pair.add(e.getInput());
                pair.add(e.getOutput());
                row.add(pair);
            } else {
                row.add(e.getInput());
            }
            list.add(row);
        }
        var reply = ok();
        reply.add("history", list);
        return reply;
    }

    private JsonObject kernelInfo() {
        var reply = ok();
        reply.addProperty("protocol_version", PROTOCOL);
        KernelInfo.addTo(reply);
        return reply;
    }

    private void shutdown(Channel channel, Message<?> request) {
        boolean restart = ((ShutdownRequest) request.getContent()).isRestart();
        publish(request, "status", status("busy"));
        var reply = ok();
        reply.addProperty("restart", restart);
        reply(channel, request, "shutdown_reply", reply);
        publish(request, "status", status("idle"));
        restartRequested = restart;
        running.set(false);
        stopped.countDown();
    }

    /** Closes the sockets after a short wait, so the last replies reach the client. */
    void close() {
        running.set(false);
        stdinThread.shutdownNow();
        for (ZMQ.Socket s : List.of(shell, control, stdin, iopub, heartbeat)) {
            try {
                s.close();
            } catch (RuntimeException ignored) {
                // closing anyway
            }
        }
        context.close();
    }

    private static JsonObject ok() {
        var json = new JsonObject();
        json.addProperty("status", "ok");
        return json;
    }

    private static JsonObject status(String state) {
        var json = new JsonObject();
        json.addProperty("execution_state", state);
        return json;
    }

    private void reply(Channel channel, Message<?> request, String type, JsonObject content) {
        var message = message(request, type, content, request.getIdentities());
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
        iopub.sendMessage(message(parent, type, content, List.of()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Message<JsonObject> message(Message<?> parent, String type, JsonObject content, List<byte[]> identities) {
        MessageType messageType = MessageType.getType(type);
        var header = new Header(UUID.randomUUID().toString(),
                parent != null ? parent.getHeader().getUsername() : "kernel",
                parent != null ? parent.getHeader().getSessionId() : session,
                new KernelTimestamp(DATE.format(Instant.now())), messageType, PROTOCOL);
        return new Message(identities, header, parent == null ? null : parent.getHeader(),
                new LinkedHashMap<String, Object>(), content, null);
    }
}
