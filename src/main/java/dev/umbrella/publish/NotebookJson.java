package dev.umbrella.publish;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes a notebook exactly as Jupyter does, so that a file written by the embedded runner and one
 * written by {@code jupyter nbconvert --execute} are the same bytes.
 *
 * <p>nbformat's v4 writer splits multi-line text into lists of lines, drops transient keys, then calls
 * {@code json.dumps(nb, sort_keys=True, indent=1, separators=(",", ": "), ensure_ascii=False)} and
 * appends a newline. This class reproduces each of those steps, including Python's float
 * {@code repr}, its {@code str.splitlines(True)} line boundaries and its string escapes, so the output
 * depends on nothing but the notebook (no zone, locale or platform line separator).
 *
 * <p>About 350 lines as one class: reading and writing must be exact inverses of each other and of nbformat,
 * so the Python-compatible escapes, float repr and line splitting sit beside both.
 */
final class NotebookJson {
    private NotebookJson() {}

    /** The file content nbformat would write for this in-memory notebook (multi-line text as strings). */
    public static String write(JsonObject notebook) {
        JsonObject disk = notebook.deepCopy();
        splitLines(disk);
        stripTransient(disk);
        var out = new StringBuilder(64 * 1024);
        dump(disk, 0, out);
        return out.append('\n').toString();
    }

    /** Undoes nbformat's line splitting, so that text fields are single strings in memory. */
    static void rejoinLines(JsonObject notebook) {
        for (JsonElement c : cells(notebook)) {
            JsonObject cell = c.getAsJsonObject();
            if (cell.has("source") && cell.get("source").isJsonArray()) {
                cell.addProperty("source", join(cell.getAsJsonArray("source")));
            }
            forEachAttachment(cell, NotebookJson::rejoinBundle);
            forEachOutput(cell, NotebookJson::rejoinBundle, output -> {
                String type = string(output, "output_type");
                if (type != null
                        && !type.isEmpty()
                        && output.has("text")
                        && output.get("text").isJsonArray()) {
                    output.addProperty("text", join(output.getAsJsonArray("text")));
                }
            });
        }
    }

    private static void splitLines(JsonObject notebook) {
        for (JsonElement c : cells(notebook)) {
            JsonObject cell = c.getAsJsonObject();
            if (isString(cell.get("source"))) {
                cell.add("source", lines(cell.get("source").getAsString()));
            }
            forEachAttachment(cell, NotebookJson::splitBundle);
            forEachOutput(cell, NotebookJson::splitBundle, output -> {
                if ("stream".equals(string(output, "output_type")) && isString(output.get("text"))) {
                    output.add("text", lines(output.get("text").getAsString()));
                }
            });
        }
    }

    private static void stripTransient(JsonObject notebook) {
        if (notebook.has("metadata")) {
            JsonObject metadata = notebook.getAsJsonObject("metadata");
            metadata.remove("orig_nbformat");
            metadata.remove("orig_nbformat_minor");
            metadata.remove("signature");
        }
        for (JsonElement c : cells(notebook)) {
            JsonObject cell = c.getAsJsonObject();
            if (cell.has("metadata")) {
                cell.getAsJsonObject("metadata").remove("trusted");
            }
        }
    }

    private static void splitBundle(JsonObject bundle) {
        for (Map.Entry<String, JsonElement> e : bundle.entrySet()) {
            String mime = e.getKey();
            boolean text =
                    mime.startsWith("text/") || mime.equals("application/javascript") || mime.equals("image/svg+xml");
            if (text && isString(e.getValue())) {
                e.setValue(lines(e.getValue().getAsString()));
            }
        }
    }

    private static void rejoinBundle(JsonObject bundle) {
        for (Map.Entry<String, JsonElement> e : bundle.entrySet()) {
            String mime = e.getKey();
            boolean json =
                    mime.equals("application/json") || (mime.startsWith("application/") && mime.endsWith("+json"));
            if (!json && e.getValue().isJsonArray() && allStrings(e.getValue().getAsJsonArray())) {
                e.setValue(new JsonPrimitive(join(e.getValue().getAsJsonArray())));
            }
        }
    }

    /**
     * Each output of a code cell: the MIME bundle of a result or display to {@code bundle}, any other output
     * (stream, error) whole to {@code other}. Reading and writing walk the outputs alike, in opposite directions.
     */
    private static void forEachOutput(JsonObject cell, Consumer<JsonObject> bundle, Consumer<JsonObject> other) {
        if (!"code".equals(string(cell, "cell_type")) || !cell.has("outputs")) {
            return;
        }
        for (JsonElement o : cell.getAsJsonArray("outputs")) {
            JsonObject output = o.getAsJsonObject();
            String type = string(output, "output_type");
            if ("execute_result".equals(type) || "display_data".equals(type)) {
                if (output.has("data")) {
                    bundle.accept(output.getAsJsonObject("data"));
                }
            } else {
                other.accept(output);
            }
        }
    }

    private static void forEachAttachment(JsonObject cell, Consumer<JsonObject> action) {
        if (cell.has("attachments") && cell.get("attachments").isJsonObject()) {
            for (Map.Entry<String, JsonElement> e :
                    cell.getAsJsonObject("attachments").entrySet()) {
                if (e.getValue().isJsonObject()) {
                    action.accept(e.getValue().getAsJsonObject());
                }
            }
        }
    }

    /** Python's {@code str.splitlines(keepends=True)}: the same line boundaries, not just {@code \n}. */
    static JsonArray lines(String s) {
        var result = new JsonArray();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                i++;
            } else if (!isLineBoundary(ch)) {
                continue;
            }
            result.add(s.substring(start, i + 1));
            start = i + 1;
        }
        if (start < s.length()) {
            result.add(s.substring(start));
        }
        return result;
    }

    private static boolean isLineBoundary(char ch) {
        return ch == '\n'
                || ch == '\r'
                || ch == '\u000b'
                || ch == '\u000c'
                || ch == '\u001c'
                || ch == '\u001d'
                || ch == '\u001e'
                || ch == '\u0085'
                || ch == '\u2028'
                || ch == '\u2029';
    }

    private static void dump(JsonElement value, int depth, StringBuilder out) {
        if (value == null || value.isJsonNull()) {
            out.append("null");
        } else if (value.isJsonPrimitive()) {
            primitive(value.getAsJsonPrimitive(), out);
        } else if (value.isJsonArray()) {
            JsonArray array = value.getAsJsonArray();
            if (array.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            for (int i = 0; i < array.size(); i++) {
                out.append(i == 0 ? "" : ",");
                newline(depth + 1, out);
                dump(array.get(i), depth + 1, out);
            }
            newline(depth, out);
            out.append(']');
        } else {
            JsonObject object = value.getAsJsonObject();
            if (object.size() == 0) {
                out.append("{}");
                return;
            }
            List<String> keys = new ArrayList<>(object.keySet());
            keys.sort(NotebookJson::compareCodePoints);
            out.append('{');
            boolean first = true;
            for (String key : keys) {
                out.append(first ? "" : ",");
                first = false;
                newline(depth + 1, out);
                quote(key, out);
                out.append(": ");
                dump(object.get(key), depth + 1, out);
            }
            newline(depth, out);
            out.append('}');
        }
    }

    private static void newline(int depth, StringBuilder out) {
        out.append('\n');
        out.append(" ".repeat(depth));
    }

    private static void primitive(JsonPrimitive p, StringBuilder out) {
        if (p.isBoolean()) {
            out.append(p.getAsBoolean() ? "true" : "false");
        } else if (p.isString()) {
            quote(p.getAsString(), out);
        } else {
            out.append(number(p.getAsNumber()));
        }
    }

    /** A JSON number as Python prints it: integers as integers, everything else as {@code repr(float)}. */
    static String number(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            return n.toString();
        }
        if (n instanceof BigInteger) {
            return n.toString();
        }
        if (!(n instanceof Double) && !(n instanceof Float) && !(n instanceof BigDecimal)) {
            String text = n.toString(); // Gson keeps the source text: "7" is an int, "7.0" or "7e0" a float
            if (text.matches("-?\\d+")) {
                return new BigInteger(text).toString();
            }
        }
        return pythonFloatRepr(n.doubleValue());
    }

    /** Python's {@code repr(float)}: the shortest digits that read back as the same double. */
    static String pythonFloatRepr(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shortest = exact;
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == d) {
                shortest = candidate;
                break;
            }
        }
        String digits = shortest.unscaledValue().abs().toString().replaceFirst("0+$", "");
        if (digits.isEmpty()) {
            digits = "0";
        }
        // value = 0.d1d2d3... x 10^decimalPoint
        int decimalPoint = shortest.precision() - shortest.scale();
        String sign = d < 0 ? "-" : "";
        int exponent = decimalPoint - 1;
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String exp = String.format(Locale.ROOT, "%02d", Math.abs(exponent));
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
        }
        if (decimalPoint <= 0) {
            return sign + "0." + "0".repeat(-decimalPoint) + digits;
        }
        if (decimalPoint >= digits.length()) {
            return sign + digits + "0".repeat(decimalPoint - digits.length()) + ".0";
        }
        return sign + digits.substring(0, decimalPoint) + "." + digits.substring(decimalPoint);
    }

    /** Python's JSON string escaping with {@code ensure_ascii=False}: only quote, backslash and controls. */
    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\b':
                    out.append("\\b");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                default:
                    if (ch < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
            }
        }
        out.append('"');
    }

    /** Python sorts str keys by code point; Java's compareTo sorts UTF-16 units (differs above U+FFFF). */
    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static JsonArray cells(JsonObject notebook) {
        return notebook.has("cells") && notebook.get("cells").isJsonArray()
                ? notebook.getAsJsonArray("cells")
                : new JsonArray();
    }

    private static boolean isString(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
    }

    private static boolean allStrings(JsonArray array) {
        for (JsonElement e : array) {
            if (!isString(e)) {
                return false;
            }
        }
        return true;
    }

    private static String join(JsonArray array) {
        var sb = new StringBuilder();
        for (JsonElement e : array) {
            sb.append(e.getAsString());
        }
        return sb.toString();
    }

    private static String string(JsonObject o, String key) {
        return isString(o.get(key)) ? o.get(key).getAsString() : null;
    }
}
