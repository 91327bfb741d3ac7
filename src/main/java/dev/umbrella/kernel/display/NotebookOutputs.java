package dev.umbrella.kernel.display;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a cell's IOPub messages into notebook outputs the way {@code jupyter nbconvert --to notebook
 * --execute} records them (nbclient 0.7 plus nbconvert's coalesce_streams): one output per message,
 * consecutive streams of the same name merged, text before a carriage return on the same line
 * dropped, {@code update_display_data} rewriting every earlier output with that display id (in any
 * cell), {@code clear_output} clearing now or, with {@code wait}, before the next output.
 */
public final class NotebookOutputs {
    /** nbconvert's {@code cr_pat}: Python's "." matches everything but "\n", hence UNIX_LINES. */
    private static final Pattern CARRIAGE_RETURN = Pattern.compile(".*\r(?=[^\n])", Pattern.UNIX_LINES);

    private final Map<String, List<JsonObject>> byDisplayId = new HashMap<>();
    private List<JsonObject> outputs = new ArrayList<>();
    private boolean clearBeforeNext;

    /** Starts collecting a new cell's outputs. */
    public void beginCell() {
        outputs = new ArrayList<>();
        clearBeforeNext = false;
    }

    /** The current cell's outputs, with carriage returns applied. */
    public List<JsonObject> finishCell() {
        for (JsonObject o : outputs) {
            if (o.get("output_type").getAsString().equals("stream")) {
                String text = o.get("text").getAsString();
                if (text.indexOf('\r') >= 0) {
                    o.addProperty("text", CARRIAGE_RETURN.matcher(text).replaceAll(""));
                }
            }
        }
        return outputs;
    }

    public synchronized void accept(String msgType, JsonObject content) {
        switch (msgType) {
            case "stream" -> add(stream(content));
            case "display_data" -> {
                var out = new JsonObject();
                out.addProperty("output_type", "display_data");
                out.add("data", content.get("data").deepCopy());
                out.add("metadata", content.get("metadata").deepCopy());
                add(out);
                String id = displayId(content);
                if (id != null) {
                    byDisplayId.computeIfAbsent(id, k -> new ArrayList<>()).add(out);
                }
            }
            case "execute_result" -> {
                var out = new JsonObject();
                out.addProperty("output_type", "execute_result");
                out.add("data", content.get("data").deepCopy());
                out.add("metadata", content.get("metadata").deepCopy());
                out.add("execution_count", content.get("execution_count"));
                add(out);
            }
            case "error" -> {
                var out = new JsonObject();
                out.addProperty("output_type", "error");
                out.add("ename", content.get("ename"));
                out.add("evalue", content.get("evalue"));
                out.add("traceback", content.get("traceback").deepCopy());
                add(out);
            }
            case "update_display_data" -> {
                String id = displayId(content);
                for (JsonObject out : byDisplayId.getOrDefault(id, List.of())) {
                    out.add("data", content.get("data").deepCopy());
                    out.add("metadata", content.get("metadata").deepCopy());
                }
            }
            case "clear_output" -> {
                JsonElement wait = content.get("wait");
                if (wait != null && wait.getAsBoolean()) {
                    clearBeforeNext = true;
                } else {
                    clear();
                }
            }
            default -> {}
        }
    }

    private void add(JsonObject out) {
        if (clearBeforeNext) {
            clear();
            clearBeforeNext = false;
        }
        if (out.get("output_type").getAsString().equals("stream") && !outputs.isEmpty()) {
            JsonObject last = outputs.get(outputs.size() - 1);
            if (last.get("output_type").getAsString().equals("stream")
                    && last.get("name").getAsString().equals(out.get("name").getAsString())) {
                last.addProperty(
                        "text", last.get("text").getAsString() + out.get("text").getAsString());
                return;
            }
        }
        outputs.add(out);
    }

    private void clear() {
        for (List<JsonObject> list : byDisplayId.values()) {
            list.removeAll(outputs);
        }
        outputs.clear();
    }

    private static JsonObject stream(JsonObject content) {
        var out = new JsonObject();
        out.addProperty("output_type", "stream");
        out.addProperty("name", content.get("name").getAsString());
        out.addProperty("text", content.get("text").getAsString());
        return out;
    }

    private static String displayId(JsonObject content) {
        JsonElement t = content.get("transient");
        if (t == null || !t.isJsonObject() || !t.getAsJsonObject().has("display_id")) {
            return null;
        }
        return t.getAsJsonObject().get("display_id").getAsString();
    }
}
