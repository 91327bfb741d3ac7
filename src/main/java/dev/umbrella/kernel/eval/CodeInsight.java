package dev.umbrella.kernel.eval;

import dev.umbrella.kernel.eval.Evaluator.Completions;
import dev.umbrella.kernel.eval.Evaluator.Doc;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * What the editor asks while the user types, answered by JShell's analysis: completions,
 * documentation (Shift-Tab) and whether a cell is complete. JShell is first told the quick path's
 * variables the code names ({@link JShellBridge}), and class indexing resumes at once, since the
 * user is waiting.
 */
final class CodeInsight {
    private final SourceCodeAnalysis analysis;
    private final JShellBridge bridge;
    private final ClassIndexing indexing;
    private final SourceRoots sources;
    /** The quick path, or null: its variables JShell was not told of are offered too. */
    private final CellCompiler compiler;

    CodeInsight(
            SourceCodeAnalysis analysis,
            JShellBridge bridge,
            ClassIndexing indexing,
            SourceRoots sources,
            CellCompiler compiler) {
        this.analysis = analysis;
        this.bridge = bridge;
        this.indexing = indexing;
        this.sources = sources;
        this.compiler = compiler;
    }

    Completions complete(String code, int cursor) {
        indexing.resumeNow();
        int start = snippetStart(code, cursor);
        String snippet = code.substring(start, cursor);
        bridge.flushImports();
        bridge.bridgeNamed(snippet);
        int[] anchor = new int[1];
        var suggestions = analysis.completionSuggestions(snippet, cursor - start, anchor);
        var matches = new LinkedHashSet<String>();
        suggestions.stream()
                .filter(SourceCodeAnalysis.Suggestion::matchesType)
                .forEach(s -> matches.add(s.continuation()));
        suggestions.forEach(s -> matches.add(s.continuation()));
        // The quick path's variables JShell was not told of, when a bare name is being typed.
        int word = snippet.length();
        while (word > 0 && Character.isJavaIdentifierPart(snippet.charAt(word - 1))) {
            word--;
        }
        String prefix = snippet.substring(word);
        if (compiler != null && word == anchor[0] && (word == 0 || snippet.charAt(word - 1) != '.')) {
            compiler.variables().stream()
                    .filter(n -> n.startsWith(prefix))
                    .sorted()
                    .forEach(matches::add);
        }
        return new Completions(new ArrayList<>(matches), start + anchor[0], cursor);
    }

    List<Doc> inspect(String code, int cursor) {
        indexing.resumeNow();
        sources.install();
        int start = snippetStart(code, cursor);
        int end = cursor;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        String text = code.substring(start, end);
        bridge.flushImports();
        bridge.bridgeNamed(text);
        var docs = analysis.documentation(text, text.length(), true);
        if (docs.isEmpty() && !text.endsWith("(")) {
            docs = analysis.documentation(text + "(", text.length() + 1, true);
        }
        var out = new ArrayList<Doc>();
        for (var doc : docs) {
            out.add(new Doc(doc.signature(), doc.javadoc()));
        }
        return out;
    }

    String isComplete(String code) {
        String remaining = code;
        while (!remaining.isBlank()) {
            var info = analysis.analyzeCompletion(remaining);
            switch (info.completeness()) {
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE:
                    return "incomplete";
                case UNKNOWN:
                    return "invalid";
                case EMPTY:
                    return "complete";
                default:
                    remaining = info.remaining();
            }
        }
        return "complete";
    }

    /** Offset where the snippet containing {@code cursor} starts. */
    private int snippetStart(String code, int cursor) {
        int offset = 0;
        String remaining = code.substring(0, Math.min(cursor, code.length()));
        while (!remaining.isBlank()) {
            var info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == Completeness.EMPTY
                    || !info.completeness().isComplete()
                    || info.remaining().isEmpty()) {
                break;
            }
            offset += remaining.length() - info.remaining().length();
            remaining = info.remaining();
        }
        while (offset < cursor && Character.isWhitespace(code.charAt(offset))) {
            offset++;
        }
        return offset;
    }
}
