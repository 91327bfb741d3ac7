package dev.umbrella.publish;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What differs between a committed notebook and its re-execution, in words a reviewer can act on:
 * "cell 7 (id plot-its), output 2 (display_data), text/html line 14: committed … / re-executed …".
 */
final class NotebookDiff {
    /** Beyond this many differences per notebook the rest is only counted. */
    static final int LIMIT = 20;

    private final List<String> differences = new ArrayList<>();
    private int omitted;

    private NotebookDiff() {}

    /**
     * The differences between a committed file and its re-execution; empty only when the file holds
     * exactly the bytes the runner writes.
     */
    public static List<String> between(byte[] committedFile, Notebook committed, Notebook executed) {
        var diff = new NotebookDiff();
        if (Arrays.equals(committedFile, executed.toBytes())) {
            return List.of();
        }
        JsonObject a = committed.json();
        JsonObject b = executed.json();
        diff.compareObjects("notebook metadata", a.getAsJsonObject("metadata"), b.getAsJsonObject("metadata"));
        for (String key : new TreeSet<>(union(a, b))) {
            if (!key.equals("cells") && !key.equals("metadata")) {
                diff.compare("notebook " + key, a.get(key), b.get(key));
            }
        }
        diff.compareCells(a.getAsJsonArray("cells"), b.getAsJsonArray("cells"));
        if (diff.differences.isEmpty()) {
            diff.differences.add(
                    "same content, different formatting (the committed file was not written by the Umbrella runner"
                            + " or by nbformat); `./umbrella run` rewrites it");
        }
        if (diff.omitted > 0) {
            diff.differences.add("... and " + diff.omitted + " more differences");
        }
        return List.copyOf(diff.differences);
    }

    private void compareCells(JsonArray a, JsonArray b) {
        if (a.size() != b.size()) {
            add("number of cells: committed " + a.size() + ", re-executed " + b.size());
        }
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            JsonObject ca = a.get(i).getAsJsonObject();
            JsonObject cb = b.get(i).getAsJsonObject();
            String where = "cell " + (i + 1) + (Notebook.id(ca).isEmpty() ? "" : " (id " + Notebook.id(ca) + ")");
            for (String key : new TreeSet<>(union(ca, cb))) {
                if (key.equals("outputs")) {
                    compareOutputs(where, ca.getAsJsonArray("outputs"), cb.getAsJsonArray("outputs"));
                } else {
                    compare(where + " " + key, ca.get(key), cb.get(key));
                }
            }
        }
    }

    private void compareOutputs(String cell, JsonArray a, JsonArray b) {
        if (a == null || b == null) {
            compare(cell + " outputs", a, b);
            return;
        }
        if (a.size() != b.size()) {
            add(cell + ": committed has " + a.size() + " outputs, re-executed " + b.size());
        }
        for (int j = 0; j < Math.min(a.size(), b.size()); j++) {
            JsonObject oa = a.get(j).getAsJsonObject();
            JsonObject ob = b.get(j).getAsJsonObject();
            String type = oa.has("output_type") ? oa.get("output_type").getAsString() : "?";
            String where = cell + ", output " + (j + 1) + " (" + type + ")";
            for (String key : new TreeSet<>(union(oa, ob))) {
                if (key.equals("data") && oa.has("data") && ob.has("data")) {
                    compareObjects(where, oa.getAsJsonObject("data"), ob.getAsJsonObject("data"));
                } else {
                    compare(where + " " + key, oa.get(key), ob.get(key));
                }
            }
        }
    }

    private void compareObjects(String where, JsonObject a, JsonObject b) {
        if (a == null || b == null) {
            compare(where, a, b);
            return;
        }
        for (String key : new TreeSet<>(union(a, b))) {
            compare(where + " " + key, a.get(key), b.get(key));
        }
    }

    private void compare(String where, JsonElement a, JsonElement b) {
        if (Objects.equals(a, b)) {
            return;
        }
        if (a == null || b == null) {
            add(where + ": " + (a == null ? "only in the re-executed notebook" : "only in the committed notebook"));
            return;
        }
        if (a.isJsonObject() && b.isJsonObject()) {
            compareObjects(where, a.getAsJsonObject(), b.getAsJsonObject());
            return;
        }
        if (a.isJsonPrimitive()
                && b.isJsonPrimitive()
                && a.getAsJsonPrimitive().isString()
                && b.getAsJsonPrimitive().isString()) {
            compareText(where, a.getAsString(), b.getAsString());
            return;
        }
        add(where + ": committed " + shorten(a.toString()) + ", re-executed " + shorten(b.toString()));
    }

    /** Names the first differing line, so a long HTML output still gives a one-line answer. */
    private void compareText(String where, String a, String b) {
        String[] la = a.split("\n", -1);
        String[] lb = b.split("\n", -1);
        for (int k = 0; k < Math.max(la.length, lb.length); k++) {
            String x = k < la.length ? la[k] : "<no line>";
            String y = k < lb.length ? lb[k] : "<no line>";
            if (!x.equals(y)) {
                int col = 0;
                while (col < x.length() && col < y.length() && x.charAt(col) == y.charAt(col)) {
                    col++;
                }
                String line = la.length > 1 || lb.length > 1 ? " line " + (k + 1) : "";
                String column = col > 60 ? " from column " + (col + 1) : "";
                add(where + line + column + ":\n      committed:   " + excerpt(x, col) + "\n      re-executed: "
                        + excerpt(y, col));
                return;
            }
        }
    }

    private void add(String difference) {
        if (differences.size() < LIMIT) {
            differences.add(difference);
        } else {
            omitted++;
        }
    }

    /** Up to 120 characters starting a little before the first difference. */
    private static String excerpt(String s, int firstDifference) {
        int from = firstDifference > 60 ? firstDifference - 20 : 0;
        String part = s.substring(Math.min(from, s.length()));
        return (from > 0 ? "..." : "") + (part.length() <= 120 ? part : part.substring(0, 117) + "...");
    }

    private static String shorten(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }

    private static TreeSet<String> union(JsonObject a, JsonObject b) {
        var keys = new TreeSet<String>();
        if (a != null) {
            keys.addAll(a.keySet());
        }
        if (b != null) {
            keys.addAll(b.keySet());
        }
        return keys;
    }
}
