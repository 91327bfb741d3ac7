package dev.umbrella.kernel.server;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.KernelTimestamp;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;

/**
 * Jupyter messages as the kernel sends them: a header for this kernel's session (or the parent
 * request's), protocol {@value #PROTOCOL}, timestamps in UTC, and the small contents every reply shares.
 */
final class Messages {
    static final String PROTOCOL = "5.3";
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    /** The kernel's own session id, for messages without a parent (the first "starting" status). */
    private final String session = UUID.randomUUID().toString();

    @SuppressWarnings({"unchecked", "rawtypes"})
    Message<JsonObject> message(Message<?> parent, String type, JsonObject content, List<byte[]> identities) {
        MessageType messageType = MessageType.getType(type);
        var header = new Header(
                UUID.randomUUID().toString(),
                parent != null ? parent.getHeader().getUsername() : "kernel",
                parent != null ? parent.getHeader().getSessionId() : session,
                new KernelTimestamp(DATE.format(Instant.now())),
                messageType,
                PROTOCOL);
        return new Message(
                identities,
                header,
                parent == null ? null : parent.getHeader(),
                new LinkedHashMap<String, Object>(),
                content,
                null);
    }

    static JsonObject ok() {
        var json = new JsonObject();
        json.addProperty("status", "ok");
        return json;
    }

    static JsonObject status(String state) {
        var json = new JsonObject();
        json.addProperty("execution_state", state);
        return json;
    }
}
