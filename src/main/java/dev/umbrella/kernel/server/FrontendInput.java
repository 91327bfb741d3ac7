package dev.umbrella.kernel.server;

import com.google.gson.JsonObject;
import dev.umbrella.kernel.eval.CellGuard;
import dev.umbrella.kernel.eval.KernelLog;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.reply.InputReply;
import org.zeromq.ZMQ;

/** A running cell's keyboard input, asked of the frontend over the stdin channel (see {@link #ask}). */
final class FrontendInput {
    private final ZMQ.Context context;
    private final Channel stdin;
    private final Messages messages;
    private final BooleanSupplier running;
    /** The only thread that uses the stdin socket. */
    private final ExecutorService stdinThread = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "stdin");
        t.setDaemon(true);
        return t;
    });

    FrontendInput(ZMQ.Context context, Channel stdin, Messages messages, BooleanSupplier running) {
        this.context = context;
        this.stdin = stdin;
        this.messages = messages;
        this.running = running;
    }

    /**
     * Sends an {@code input_request} to the frontend that sent {@code parent} (its stdin socket has
     * the identity of its shell socket) and waits for the matching {@code input_reply}. The socket is
     * used only from the one "stdin" thread: the cell thread waits for it interruptibly, and an
     * interrupt of the cell ends the wait (and the cell) with {@link CellGuard.Interrupted} without
     * touching ZeroMQ from an interrupted thread.
     */
    String ask(Message<?> parent, String prompt, boolean password) {
        var cancelled = new AtomicBoolean();
        var answer = stdinThread.submit(() -> {
            var poller = context.poller(1);
            poller.register(stdin, ZMQ.Poller.POLLIN);
            try {
                while (poller.poll(0) > 0) {
                    discard(stdin); // a reply to an earlier, abandoned request
                }
                var content = new JsonObject();
                content.addProperty("prompt", prompt);
                content.addProperty("password", password);
                var request = messages.message(parent, "input_request", content, parent.getIdentities());
                stdin.sendMessage(request);
                while (!cancelled.get() && running.getAsBoolean()) {
                    if (poller.poll(100) <= 0) {
                        continue;
                    }
                    Message<?> reply = discard(stdin);
                    // jupyter_client's input() sends its reply without a parent header; one that has one must match.
                    if (reply != null
                            && reply.getContent() instanceof InputReply r
                            && (!reply.hasParentHeader()
                                    || request.getHeader()
                                            .getId()
                                            .equals(reply.getParentHeader().getId()))) {
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

    void close() {
        stdinThread.shutdownNow();
    }
}
