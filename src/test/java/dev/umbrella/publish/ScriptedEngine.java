package dev.umbrella.publish;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Test double for the kernel: a tiny line language, so runner tests need no JShell.
 * {@code print TEXT} writes a stdout line, {@code html "JSON string"} displays HTML,
 * {@code = VALUE} makes an execute_result, {@code fail NAME: MESSAGE} raises; other lines
 * (Java declarations) are accepted silently. Records every executed source.
 */
final class ScriptedEngine implements CellEngine {
    final List<String> executed = new ArrayList<>();
    boolean closed;
    private int count;

    static CellEngine.Factory factory(List<ScriptedEngine> started) {
        return () -> {
            var engine = new ScriptedEngine();
            started.add(engine);
            return engine;
        };
    }

    @Override
    public CellExecution execute(String source) {
        executed.add(source);
        count++;
        List<JsonObject> outputs = new ArrayList<>();
        var stdout = new StringBuilder();
        for (String line : source.split("\n")) {
            if (line.startsWith("print ")) {
                stdout.append(line.substring(6)).append('\n');
            } else if (line.startsWith("html ")) {
                var data = new JsonObject();
                data.addProperty(
                        "text/html", JsonParser.parseString(line.substring(5)).getAsString());
                data.addProperty("text/plain", "HTML");
                var out = new JsonObject();
                out.add("data", data);
                out.add("metadata", new JsonObject());
                out.addProperty("output_type", "display_data");
                outputs.add(out);
            } else if (line.startsWith("= ")) {
                var data = new JsonObject();
                data.addProperty("text/plain", line.substring(2));
                var out = new JsonObject();
                out.add("data", data);
                out.addProperty("execution_count", count);
                out.add("metadata", new JsonObject());
                out.addProperty("output_type", "execute_result");
                outputs.add(out);
            } else if (line.startsWith("fail ")) {
                String[] parts = line.substring(5).split(": ", 2);
                var out = new JsonObject();
                out.addProperty("ename", parts[0]);
                out.addProperty("evalue", parts.length > 1 ? parts[1] : "");
                out.addProperty("output_type", "error");
                var traceback = new JsonArray();
                traceback.add("\u001b[1;31m" + parts[0] + "\u001b[0m: " + (parts.length > 1 ? parts[1] : ""));
                traceback.add("    at cell line 1");
                out.add("traceback", traceback);
                outputs.add(out);
                return new CellExecution(count, outputs, false);
            }
        }
        if (stdout.length() > 0) {
            var out = new JsonObject();
            out.addProperty("name", "stdout");
            out.addProperty("output_type", "stream");
            out.addProperty("text", stdout.toString());
            outputs.add(0, out);
        }
        return new CellExecution(count, outputs, true);
    }

    @Override
    public JsonObject languageInfo() {
        var info = new JsonObject();
        info.addProperty("codemirror_mode", "java");
        info.addProperty("file_extension", ".jshell");
        info.addProperty("mimetype", "text/x-java-source");
        info.addProperty("name", "Java");
        info.addProperty("version", "17");
        return info;
    }

    @Override
    public void close() {
        closed = true;
    }
}
