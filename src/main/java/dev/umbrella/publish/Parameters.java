package dev.umbrella.publish;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Papermill's parameter convention for Java notebooks. The cell tagged {@code parameters} declares the
 * defaults ({@code long seed = 20230601L;}); overrides go into a new cell tagged
 * {@code injected-parameters} right after it, as Java assignments typed like the declarations
 * ({@code long seed = 7L;}), so the notebook still reads top to bottom and the defaults stay visible.
 *
 * <p>A little over 300 lines: finding the parameters cell, reading its declarations' types and writing
 * typed assignments belong together, because the injected cell must parse as the declarations do.
 */
public final class Parameters {
    public static final String PARAMETERS_TAG = "parameters";
    public static final String INJECTED_TAG = "injected-parameters";

    /** {@code [final] Type name = initializer} for one statement of the parameters cell. */
    private static final Pattern DECLARATION = Pattern.compile(
            "^(?:final\\s+)?([A-Za-z_][\\w.]*(?:<[^=]*>)?(?:\\[\\])*)\\s+([A-Za-z_]\\w*)\\s*=\\s*(.+)$",
            Pattern.DOTALL);

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d[\\d_]*\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** One declared parameter: its Java type, name and the initializer as written. */
    public record Parameter(String type, String name, String initializer) {}

    private Parameters() {}

    /** The parameters the notebook declares, in order; empty when it has no {@code parameters} cell. */
    public static List<Parameter> declared(Notebook notebook) {
        JsonObject cell = parametersCell(notebook);
        return cell == null ? List.of() : parse(Notebook.source(cell));
    }

    /**
     * A copy of the notebook with an {@code injected-parameters} cell holding the overrides (replacing
     * an earlier injected cell). An unknown name or a value that does not fit the declared type is an
     * error naming the parameter and listing the known ones.
     */
    public static Notebook inject(Notebook notebook, Map<String, String> overrides) {
        Notebook result = notebook.copy();
        if (overrides.isEmpty()) {
            return result;
        }
        JsonObject cell = parametersCell(result);
        if (cell == null) {
            throw new PublishException(notebook.name() + ": has no cell tagged \"" + PARAMETERS_TAG
                    + "\", so it takes no parameters (given: " + String.join(", ", new TreeMap<>(overrides).keySet())
                    + ")");
        }
        Map<String, Parameter> known = new LinkedHashMap<>();
        for (Parameter p : parse(Notebook.source(cell))) {
            known.put(p.name(), p);
        }
        Parameter assumptions = known.values().stream()
                .filter(Parameters::isOverrides)
                .findFirst()
                .orElse(null);
        for (String name : new TreeMap<>(overrides).keySet()) {
            if (!known.containsKey(name) && assumptions == null) {
                throw new PublishException(notebook.name() + ": unknown parameter \"" + name + "\"; known parameters: "
                        + (known.isEmpty() ? "(none)" : String.join(", ", known.keySet())));
            }
        }
        var source = new StringBuilder("// Parameters (injected by umbrella run --param)");
        var recorded = new JsonObject();
        for (Parameter p : known.values()) {
            if (overrides.containsKey(p.name())) {
                String value = overrides.get(p.name());
                source.append('\n')
                        .append(declaredType(p))
                        .append(' ')
                        .append(p.name())
                        .append(" = ")
                        .append(literal(notebook.name(), p, value))
                        .append(';');
                recorded.addProperty(p.name(), value);
            }
        }
        // Any other name is an ROI assumption: fixed on the declared overrides (Overrides.with checks the name).
        for (Map.Entry<String, String> e : new TreeMap<>(overrides).entrySet()) {
            if (!known.containsKey(e.getKey())) {
                Parameter asDouble = new Parameter("double", e.getKey(), "");
                source.append('\n')
                        .append(assumptions.name())
                        .append(" = ")
                        .append(assumptions.name())
                        .append(".with(")
                        .append(javaString(e.getKey()))
                        .append(", ")
                        .append(literal(notebook.name(), asDouble, e.getValue()))
                        .append(");");
                recorded.addProperty(e.getKey(), e.getValue());
            }
        }
        JsonArray cells = result.cellArray();
        int at = indexOf(cells, cell) + 1;
        if (at < cells.size() && Notebook.tags(cells.get(at).getAsJsonObject()).contains(INJECTED_TAG)) {
            cells.remove(at);
        }
        cells.asList().add(at, injectedCell(source.toString()));
        var umbrella =
                result.metadata().has("umbrella") ? result.metadata().getAsJsonObject("umbrella") : new JsonObject();
        umbrella.add("parameters", recorded);
        result.metadata().add("umbrella", umbrella);
        return result;
    }

    /** Parses {@code name=value} command-line pairs (the value may itself contain '='). */
    public static Map<String, String> parseAssignments(List<String> assignments) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new PublishException("--param " + a + ": expected name=value");
            }
            result.put(a.substring(0, eq).strip(), a.substring(eq + 1).strip());
        }
        return result;
    }

    /**
     * The declaration of the notebook's ROI assumption overrides ({@code var overrides = Overrides.none();}):
     * names the cell does not declare are fixed on it.
     */
    private static boolean isOverrides(Parameter p) {
        return p.type().equals("Overrides")
                || p.type().endsWith(".Overrides")
                || p.type().equals("var") && p.initializer().matches("(?:[\\w.]*\\.)?Overrides\\.\\w+\\(.*");
    }

    private static JsonObject injectedCell(String source) {
        var cell = new JsonObject();
        cell.addProperty("cell_type", "code");
        cell.add("execution_count", JsonNull.INSTANCE);
        cell.addProperty("id", INJECTED_TAG); // fixed, not papermill's random uuid: same bytes on every run
        var metadata = new JsonObject();
        var tags = new JsonArray();
        tags.add(INJECTED_TAG);
        metadata.add("tags", tags);
        cell.add("metadata", metadata);
        cell.add("outputs", new JsonArray());
        cell.addProperty("source", source);
        return cell;
    }

    private static JsonObject parametersCell(Notebook notebook) {
        for (JsonObject cell : notebook.cells()) {
            if ("code".equals(Notebook.type(cell)) && Notebook.tags(cell).contains(PARAMETERS_TAG)) {
                return cell;
            }
        }
        return null;
    }

    private static int indexOf(JsonArray cells, JsonObject cell) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) == cell) {
                return i;
            }
        }
        throw new IllegalStateException("parameters cell vanished");
    }

    static List<Parameter> parse(String source) {
        List<Parameter> result = new ArrayList<>();
        for (String statement : statements(source)) {
            Matcher m = DECLARATION.matcher(statement.strip());
            if (m.matches() && !m.group(1).equals("return")) {
                result.add(new Parameter(m.group(1), m.group(2), m.group(3).strip()));
            }
        }
        return result;
    }

    /** Splits Java source into statements at top-level ';', dropping comments, keeping string literals. */
    private static List<String> statements(String source) {
        List<String> result = new ArrayList<>();
        var current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < source.length(); i++) {
            char ch = source.charAt(i);
            char next = i + 1 < source.length() ? source.charAt(i + 1) : '\0';
            if (ch == '/' && next == '/') {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
                current.append('\n');
            } else if (ch == '/' && next == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 1;
                current.append(' ');
            } else if (ch == '"' || ch == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != ch) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                current.append(source, i, Math.min(j + 1, source.length()));
                i = j;
            } else if (ch == ';' && depth == 0) {
                result.add(current.toString());
                current.setLength(0);
            } else {
                if (ch == '(' || ch == '{' || ch == '[') {
                    depth++;
                } else if (ch == ')' || ch == '}' || ch == ']') {
                    depth--;
                }
                current.append(ch);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString());
        }
        return result;
    }

    /** {@code var} declarations take the type their initializer literal has. */
    private static String declaredType(Parameter p) {
        if (!p.type().equals("var")) {
            return p.type();
        }
        String init = p.initializer();
        if (init.startsWith("\"")) {
            return "String";
        }
        if (init.equals("true") || init.equals("false")) {
            return "boolean";
        }
        if (init.matches("[+-]?[\\d_]+[lL]")) {
            return "long";
        }
        if (init.matches("[+-]?[\\d_]+")) {
            return "int";
        }
        if (init.matches("[+-]?[\\d_.]+([eE][+-]?\\d+)?[fF]")) {
            return "float";
        }
        if (DECIMAL.matcher(init.replaceAll("[dD]$", "")).matches()) {
            return "double";
        }
        return "var";
    }

    /** The Java literal for {@code value} as a {@code p.type()}; rejects values the type cannot hold. */
    static String literal(String notebook, Parameter p, String value) {
        String type = declaredType(p);
        String v = value.strip();
        try {
            switch (type) {
                case "long":
                case "Long":
                    return new BigDecimal(v.replaceAll("[lL]$", "").replace("_", "")).longValueExact() + "L";
                case "int":
                case "Integer":
                    return Integer.toString(new BigDecimal(v.replace("_", "")).intValueExact());
                case "short":
                case "Short":
                    return "(short) " + new BigDecimal(v).shortValueExact();
                case "byte":
                case "Byte":
                    return "(byte) " + new BigDecimal(v).byteValueExact();
                case "double":
                case "Double":
                case "float":
                case "Float":
                    return decimal(v.replaceAll("[dDfF]$", ""), type.equalsIgnoreCase("float"));
                case "boolean":
                case "Boolean":
                    if (v.equals("true") || v.equals("false")) {
                        return v;
                    }
                    throw new IllegalArgumentException("not true or false");
                case "String":
                    return javaString(unquote(v));
                case "char":
                case "Character":
                    String c = unquote(v);
                    if (c.length() != 1) {
                        throw new IllegalArgumentException("not a single character");
                    }
                    return "'" + (c.equals("'") || c.equals("\\") ? "\\" + c : c) + "'";
                case "LocalDate":
                case "java.time.LocalDate":
                    return "java.time.LocalDate.parse(\"" + LocalDate.parse(unquote(v)) + "\")";
                default:
                    throw new PublishException(notebook + ": parameter \"" + p.name() + "\" is declared as " + p.type()
                            + "; only numbers, booleans, strings, chars and LocalDate can be set with --param");
            }
        } catch (ArithmeticException | IllegalArgumentException | DateTimeParseException e) {
            throw new PublishException(
                    notebook + ": parameter \"" + p.name() + "\" is " + type + " in the parameters cell; \"" + value
                            + "\" is not a valid " + type + " (" + e.getMessage() + ")",
                    e);
        }
    }

    private static String decimal(String v, boolean isFloat) {
        if (!DECIMAL.matcher(v).matches()) {
            throw new IllegalArgumentException("not a decimal number");
        }
        double d = Double.parseDouble(v.replace("_", ""));
        if (Double.isInfinite(d) || (isFloat && Float.isInfinite((float) d))) {
            throw new IllegalArgumentException("out of range");
        }
        // Keep the user's spelling (2e6 stays 2e6): it is what they will look for in the notebook.
        String literal = v.startsWith("+") ? v.substring(1) : v;
        if (!literal.contains(".") && !literal.contains("e") && !literal.contains("E")) {
            literal = literal + ".0";
        }
        return isFloat ? literal + "f" : literal;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static String javaString(String s) {
        return s.codePoints()
                .mapToObj(cp -> {
                    switch (cp) {
                        case '"':
                            return "\\\"";
                        case '\\':
                            return "\\\\";
                        case '\n':
                            return "\\n";
                        case '\r':
                            return "\\r";
                        case '\t':
                            return "\\t";
                        default:
                            return cp < 0x20
                                    ? String.format(Locale.ROOT, "\\u%04x", cp)
                                    : new String(Character.toChars(cp));
                    }
                })
                .collect(Collectors.joining("", "\"", "\""));
    }
}
