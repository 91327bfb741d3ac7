package dev.umbrella.kernel.eval;

import java.util.HashMap;
import java.util.Map;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Stack frames of an exception thrown on the quick path, as JShell would report them: frames in the
 * class of a JShell snippet name the snippet, so that {@link CellError} maps them to notebook cells.
 */
final class CellFrames {
    private final JShell shell;
    private final SourceCodeAnalysis analysis;

    CellFrames(JShell shell, SourceCodeAnalysis analysis) {
        this.shell = shell;
        this.analysis = analysis;
    }

    /**
     * The stack of {@code thrown} as JShell would report it: frames in the class of a JShell snippet
     * name the snippet ({@code #id}, the file name JShell gives) and the line within the snippet, so
     * that {@link CellError} maps them to cells exactly as it does for errors JShell reports.
     */
    StackTraceElement[] of(Throwable thrown) {
        StackTraceElement[] frames = thrown.getStackTrace().clone();
        Map<String, Snippet> byClass = null;
        for (int i = 0; i < frames.length; i++) {
            StackTraceElement f = frames[i];
            if (!f.getClassName().startsWith(CellCompiler.PACKAGE + ".$JShell$")
                    || f.getClassName().startsWith(CellCompiler.OWN_CLASSES)) {
                continue;
            }
            if (byClass == null) {
                byClass = new HashMap<>();
                for (Snippet s : (Iterable<Snippet>) shell.snippets()::iterator) {
                    byClass.putIfAbsent(analysis.wrapper(s).fullClassName(), s);
                }
            }
            String top = f.getClassName();
            int nested = top.indexOf('$', (CellCompiler.PACKAGE + ".$JShell$").length());
            Snippet snippet = byClass.get(nested < 0 ? top : top.substring(0, nested));
            if (snippet == null) {
                continue;
            }
            int line = snippetLine(snippet, f.getLineNumber());
            frames[i] = new StackTraceElement(
                    f.getClassLoaderName(),
                    f.getModuleName(),
                    f.getModuleVersion(),
                    f.getClassName(),
                    f.getMethodName(),
                    "#" + snippet.id(),
                    line);
        }
        return frames;
    }

    /** Line {@code wrappedLine} of a snippet's JShell wrapper as a line of the snippet (1-based), or -1. */
    private int snippetLine(Snippet snippet, int wrappedLine) {
        if (wrappedLine <= 0) {
            return -1;
        }
        var wrapper = analysis.wrapper(snippet);
        String wrapped = wrapper.wrapped();
        int pos = 0;
        for (int l = 1; l < wrappedLine && pos >= 0; l++) {
            pos = wrapped.indexOf('\n', pos) + 1;
            if (pos == 0) {
                return -1;
            }
        }
        while (pos < wrapped.length() && Character.isWhitespace(wrapped.charAt(pos)) && wrapped.charAt(pos) != '\n') {
            pos++;
        }
        int inSource = wrapper.wrappedToSourcePosition(pos);
        if (inSource < 0) {
            return -1;
        }
        String source = snippet.source();
        int line = 1;
        for (int i = 0; i < inSource && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
