package dev.umbrella.kernel.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;

/**
 * A failed cell as Jupyter shows it: {@code ename}, {@code evalue} and traceback lines. Positions
 * are given as notebook cells and lines ("Cell In[3], line 2", as ipykernel writes them), never as
 * JShell snippet numbers. Frames of the kernel's own machinery are left out; JDK frames are shown
 * without file and line (those differ between JDK builds, and outputs must not); runs of identical
 * frames (deep recursion) are collapsed. Plain text without colour codes, readable in any theme.
 */
public record CellError(String ename, String evalue, List<String> traceback) {
    private static final int MAX_FRAMES = 30;

    /** Where a JShell snippet came from: the execution count of its cell and its first line there (1-based). */
    record Origin(int cell, int firstLine) {
        String label(int lineInSnippet) {
            return "Cell In[" + cell + "], line " + (firstLine + lineInSnippet - 1);
        }
    }

    public JsonObject toJson() {
        var json = new JsonObject();
        json.addProperty("ename", ename);
        json.addProperty("evalue", evalue);
        var lines = new JsonArray();
        traceback.forEach(lines::add);
        json.add("traceback", lines);
        return json;
    }

    static CellError interrupted() {
        return new CellError("Interrupted", "cell interrupted", List.of("Interrupted: the cell was stopped"));
    }

    public static CellError of(String ename, String evalue) {
        return new CellError(ename, evalue, List.of(ename + ": " + evalue));
    }

    /** A snippet that did not compile: each error with its cell line, the code and a caret. */
    static CellError compile(String snippet, Origin origin, List<Diag> diags) {
        var lines = new ArrayList<String>();
        String first = null;
        for (Diag d : diags) {
            if (!d.isError()) {
                continue;
            }
            String message = cleanMessage(d.getMessage(Locale.ROOT));
            if (first == null) {
                first = message.lines().findFirst().orElse(message);
            }
            int pos = (int) Math.max(
                    0, Math.min(snippet.length(), d.getStartPosition() >= 0 ? d.getStartPosition() : d.getPosition()));
            int end = (int) Math.max(pos + 1, Math.min(snippet.length(), d.getEndPosition()));
            int lineStart = snippet.lastIndexOf('\n', pos - 1) + 1;
            int lineEnd = snippet.indexOf('\n', pos);
            if (lineEnd < 0) {
                lineEnd = snippet.length();
            }
            int lineNo = (int) snippet.substring(0, lineStart)
                            .chars()
                            .filter(c -> c == '\n')
                            .count()
                    + 1;
            String code = snippet.substring(lineStart, lineEnd);
            int caretEnd = Math.min(end, lineEnd);
            lines.add(origin.label(lineNo));
            lines.add("    " + code.stripTrailing());
            lines.add("    " + " ".repeat(Math.max(0, pos - lineStart)) + "^".repeat(Math.max(1, caretEnd - pos)));
            message.lines().forEach(lines::add);
        }
        if (first == null) {
            first = "the code does not compile";
            lines.add(origin.label(1));
            lines.add(first);
        }
        return new CellError("CompilationException", first, lines);
    }

    /** An exception thrown by cell code, with frames mapped to cells. */
    static CellError exception(EvalException e, Map<String, Origin> origins) {
        return exception(e.getExceptionClassName(), e, Throwable::getStackTrace, origins);
    }

    /** An exception thrown by cell code that ran outside JShell ({@link CellCompiler}), with frames mapped to cells. */
    static CellError exception(
            Throwable e, Function<Throwable, StackTraceElement[]> frames, Map<String, Origin> origins) {
        return exception(e.getClass().getName(), e, frames, origins);
    }

    private static CellError exception(
            String className,
            Throwable e,
            Function<Throwable, StackTraceElement[]> frames,
            Map<String, Origin> origins) {
        String message = e.getMessage() == null ? "" : withoutWrappers(e.getMessage());
        if (className.equals(CellGuard.ExitRequested.class.getName())) {
            return new CellError("SystemExit", message, List.of("SystemExit: " + message));
        }
        var lines = new ArrayList<String>();
        Throwable current = e;
        boolean firstThrowable = true;
        while (current != null) {
            String name = current instanceof EvalException ee
                    ? ee.getExceptionClassName()
                    : current.getClass().getName();
            String msg = current.getMessage() == null ? null : withoutWrappers(current.getMessage());
            lines.add((firstThrowable ? "" : "Caused by: ") + readableClass(name) + (msg == null ? "" : ": " + msg));
            addFrames(frames.apply(current), origins, lines);
            firstThrowable = false;
            current = current.getCause() == current ? null : current.getCause();
        }
        return new CellError(simpleName(className), message, lines);
    }

    /**
     * A message without the wrapper classes of cells' variables: the JVM's helpful NullPointerException
     * names a variable {@code "REPL.$JShell$20B.qs"}, after an internal snippet number that says nothing
     * to the reader (and differs between JShell and the quick path); shown as {@code "qs"}.
     */
    private static String withoutWrappers(String message) {
        return WRAPPER_FIELD.matcher(message).replaceAll("");
    }

    private static final Pattern WRAPPER_FIELD = Pattern.compile("REPL\\.\\$JShell\\$\\w+\\.(?=[\\w$]+\")");

    private static void addFrames(StackTraceElement[] frames, Map<String, Origin> origins, List<String> out) {
        int last = frames.length - 1;
        while (last >= 0 && !isSnippetEntry(frames[last])) {
            last--;
        }
        if (last < 0) {
            last = frames.length - 1;
        }
        String previous = null;
        int repeats = 0;
        int shown = 0;
        for (int i = 0; i <= last; i++) {
            String line = frameLine(frames[i], origins);
            if (line == null) {
                continue;
            }
            if (line.equals(previous)) {
                repeats++;
                continue;
            }
            if (repeats > 0) {
                out.add("    ... (the line above repeats " + repeats + " more times)");
                repeats = 0;
            }
            if (shown == MAX_FRAMES) {
                out.add("    ... (more frames)");
                return;
            }
            out.add(line);
            shown++;
            previous = line;
        }
        if (repeats > 0) {
            out.add("    ... (the line above repeats " + repeats + " more times)");
        }
    }

    /** JShell reports snippet frames with file {@code #<snippet id>} and the cell's top level as method "" or do_it$. */
    private static boolean isSnippetFrame(StackTraceElement frame) {
        return frame.getClassName().startsWith("REPL.")
                || (frame.getFileName() != null && frame.getFileName().startsWith("#"));
    }

    private static boolean isSnippetEntry(StackTraceElement frame) {
        return isSnippetFrame(frame)
                && (frame.getMethodName().isEmpty() || frame.getMethodName().equals("do_it$"));
    }

    private static String frameLine(StackTraceElement frame, Map<String, Origin> origins) {
        String cls = frame.getClassName();
        if (cls.startsWith("dev.umbrella.kernel.")
                || cls.startsWith("jdk.internal.reflect.")
                || cls.startsWith("java.lang.reflect.")
                || cls.startsWith("jdk.jshell.")
                || cls.startsWith("java.lang.invoke.")) {
            return null;
        }
        if (isSnippetFrame(frame)) {
            String file = frame.getFileName();
            Origin origin = file != null && file.startsWith("#") ? origins.get(file.substring(1)) : null;
            String where = origin != null && frame.getLineNumber() > 0 ? origin.label(frame.getLineNumber()) : "a cell";
            String method = frame.getMethodName();
            if (method.isEmpty() || method.equals("do_it$") || method.startsWith("lambda$do_it$")) {
                return "    at " + where;
            }
            String owner = cls.replaceFirst("^REPL\\.\\$JShell\\$\\w*?(\\$|$)", "");
            owner = owner.substring(owner.lastIndexOf('$') + 1);
            String shown = method.startsWith("lambda$") ? method.split("\\$")[1] + " (lambda)" : method;
            return "    at " + (owner.isEmpty() ? "" : owner + ".") + shown + " (" + where + ")";
        }
        if (cls.startsWith("java.")
                || cls.startsWith("javax.")
                || cls.startsWith("jdk.")
                || cls.startsWith("sun.")
                || cls.startsWith("com.sun.")) {
            return "    at " + cls + "." + frame.getMethodName();
        }
        String file = frame.getFileName();
        return "    at " + cls + "." + frame.getMethodName()
                + (file == null
                        ? ""
                        : "(" + file + (frame.getLineNumber() > 0 ? ":" + frame.getLineNumber() : "") + ")");
    }

    /** "REPL.$JShell$12$MyError" → "MyError"; "java.lang.ArithmeticException" → "ArithmeticException". */
    static String simpleName(String className) {
        String s = className.substring(className.lastIndexOf('.') + 1);
        return s.substring(s.lastIndexOf('$') + 1);
    }

    private static String readableClass(String className) {
        return className.startsWith("REPL.") ? simpleName(className) : className;
    }

    /** JShell reports its wrapper class as an empty "location: class"; that line only confuses. */
    private static String cleanMessage(String message) {
        var out = new StringBuilder();
        for (String line : message.split("\n")) {
            String t = line.strip();
            if (t.equals("location: class")
                    || t.startsWith("location: class $JShell")
                    || t.startsWith("location: class REPL.")) {
                continue;
            }
            out.append(out.length() == 0 ? "" : "\n").append(line.replace("REPL.$JShell$", "cell "));
        }
        return out.toString();
    }
}
