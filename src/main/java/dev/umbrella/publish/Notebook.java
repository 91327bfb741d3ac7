package dev.umbrella.publish;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An nbformat-4 notebook in memory: the JSON tree as Jupyter keeps it (multi-line text joined into
 * strings), with every key it does not know left untouched, so a round trip changes nothing but what
 * the runner deliberately sets. Not thread-safe; the runner works on its own {@link #copy()}.
 */
public final class Notebook {
    private final String name;
    private final JsonObject json;

    private Notebook(String name, JsonObject json) {
        this.name = name;
        this.json = json;
    }

    /** Reads a notebook; a broken file gives one message naming the file and the JSON position. */
    public static Notebook read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PublishException(file + ": cannot read notebook: " + e.getMessage(), e);
        }
        return parse(file.getFileName().toString(), text, file.toString());
    }

    /** Parses notebook text; {@code where} names it in error messages. */
    static Notebook parse(String name, String text, String where) {
        JsonElement root;
        try {
            var reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            root = JsonParser.parseReader(reader);
        } catch (JsonParseException | IllegalStateException e) {
            String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new PublishException(where + ": not valid notebook JSON: " + reason, e);
        }
        if (!root.isJsonObject()
                || !root.getAsJsonObject().has("cells")
                || !root.getAsJsonObject().get("cells").isJsonArray()) {
            throw new PublishException(where + ": not a notebook (no \"cells\" list at the top level)");
        }
        JsonObject json = root.getAsJsonObject();
        JsonElement major = json.get("nbformat");
        if (major == null || !major.isJsonPrimitive() || !major.getAsString().equals("4")) {
            throw new PublishException(where + ": nbformat " + major + " is not supported (nbformat 4 only)");
        }
        int index = 0;
        for (JsonElement cell : json.getAsJsonArray("cells")) {
            index++;
            if (!cell.isJsonObject() || !cell.getAsJsonObject().has("cell_type")) {
                throw new PublishException(where + ": cell " + index + " has no cell_type");
            }
        }
        NotebookJson.rejoinLines(json);
        return new Notebook(name, json);
    }

    /** File name, e.g. {@code 02-mike-fiedler.ipynb}. */
    public String name() {
        return name;
    }

    /** The underlying JSON tree (live, for the runner and renderers of this package). */
    JsonObject json() {
        return json;
    }

    public Notebook copy() {
        return new Notebook(name, json.deepCopy());
    }

    public List<JsonObject> cells() {
        List<JsonObject> cells = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("cells")) {
            cells.add(e.getAsJsonObject());
        }
        return cells;
    }

    JsonArray cellArray() {
        return json.getAsJsonArray("cells");
    }

    public JsonObject metadata() {
        if (!json.has("metadata")) {
            json.add("metadata", new JsonObject());
        }
        return json.getAsJsonObject("metadata");
    }

    /** The kernelspec name the notebook asks for ({@code metadata.kernelspec.name}), or "" if none. */
    public String kernelName() {
        JsonObject m = metadata();
        if (m.has("kernelspec") && m.getAsJsonObject("kernelspec").has("name")) {
            return m.getAsJsonObject("kernelspec").get("name").getAsString();
        }
        return "";
    }

    /** The file content, byte for byte as nbformat would write it. */
    public byte[] toBytes() {
        return NotebookJson.write(json).getBytes(StandardCharsets.UTF_8);
    }

    static String source(JsonObject cell) {
        JsonElement s = cell.get("source");
        return s == null || s.isJsonNull() ? "" : s.getAsString();
    }

    static String type(JsonObject cell) {
        return cell.get("cell_type").getAsString();
    }

    static List<String> tags(JsonObject cell) {
        List<String> tags = new ArrayList<>();
        if (cell.has("metadata") && cell.getAsJsonObject("metadata").has("tags")) {
            for (JsonElement t : cell.getAsJsonObject("metadata").getAsJsonArray("tags")) {
                tags.add(t.getAsString());
            }
        }
        return tags;
    }

    static String id(JsonObject cell) {
        return cell.has("id") ? cell.get("id").getAsString() : "";
    }
}
