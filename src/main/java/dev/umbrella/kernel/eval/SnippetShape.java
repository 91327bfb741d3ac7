package dev.umbrella.kernel.eval;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a snippet looks like, told from its text without asking javac: whether a cell is certainly
 * one snippet, and whether a snippet may be an expression (or a statement run as one). The
 * {@link Evaluator} picks its execution path by these.
 */
final class SnippetShape {
    /** Calls that never have a value worth showing; they skip the value attempt. */
    private static final Pattern PRINT_CALL = Pattern.compile("System\\s*\\.\\s*(out|err)\\s*\\.\\s*print(ln)?\\s*\\(");
    /** Words that start declarations or statements: such snippets go to JShell unchanged. */
    private static final Set<String> STATEMENT_WORDS = Set.of(
            "import",
            "package",
            "class",
            "interface",
            "enum",
            "record",
            "public",
            "private",
            "protected",
            "static",
            "final",
            "abstract",
            "sealed",
            "non-sealed",
            "strictfp",
            "default",
            "var",
            "void",
            "int",
            "long",
            "double",
            "float",
            "boolean",
            "char",
            "byte",
            "short",
            "if",
            "for",
            "while",
            "do",
            "switch",
            "try",
            "return",
            "throw",
            "break",
            "continue",
            "yield",
            "assert",
            "synchronized");

    private SnippetShape() {}

    /**
     * The commonest cell, one statement, expression or variable declaration, as the snippet JShell's
     * analysis would make of it (a declaration gets its semicolon, as there), or null when that is not
     * certain and JShell is asked. For anything that starts with a name, JShell's analysis runs a
     * javac parse to tell a declaration from an expression: 15% of such a cell's time.
     */
    static String oneSnippet(String source) {
        if (!JavaTokens.oneSnippet(source)) {
            return null;
        }
        String code = source.strip();
        if (code.endsWith(";")) {
            return code;
        }
        if (VarDeclaration.parse(code) != null) {
            return code + ";";
        }
        return expressionCandidate(code) != null && !JavaTokens.wordsAdjacent(code) ? code : null;
    }

    /** The expression to run through {@link CellValue}, or null when the snippet is clearly not one. */
    static String expressionCandidate(String snippet) {
        String s = snippet.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        if (s.isEmpty() || s.endsWith("}") || s.startsWith("{") || s.startsWith("@") || s.startsWith("/")) {
            return null;
        }
        int end = 0;
        while (end < s.length() && (Character.isJavaIdentifierPart(s.charAt(end)) || s.charAt(end) == '-')) {
            end++;
        }
        String first = s.substring(0, end);
        if (STATEMENT_WORDS.contains(first)) {
            return null;
        }
        return s;
    }

    /** Whether {@code expression} is a print call, run for its effect only (it has no value to show). */
    static boolean isPrintCall(String expression) {
        return PRINT_CALL.matcher(expression).lookingAt();
    }
}
