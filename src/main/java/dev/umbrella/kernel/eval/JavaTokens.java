package dev.umbrella.kernel.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A small scanner of Java source, enough to tell the shape of a snippet without asking javac:
 * identifiers, literals and operators, with their positions. {@link VarDeclaration} reads
 * declarations with it, and {@link SnippetShape} recognises a cell that is one simple snippet.
 */
final class JavaTokens {
    private JavaTokens() {}

    /**
     * Whether {@code code} is certainly one snippet for JShell (so that JShell's own analysis, a
     * javac parse for anything that starts with a name, can be skipped): no comment, no braces, no
     * semicolon except one at the end, brackets balanced, and ending in a name, a literal, a closing
     * bracket or that semicolon. Whether it is complete is for the caller to tell.
     */
    static boolean oneSnippet(String code) {
        List<Token> tokens = of(code, false);
        if (tokens == null || tokens.isEmpty()) {
            return false;
        }
        int end = tokens.size();
        if (tokens.get(end - 1).is(";")) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < end; i++) {
            switch (tokens.get(i).text()) {
                case "{", "}", ";" -> {
                    return false;
                }
                case "(", "[" -> depth++;
                case ")", "]" -> {
                    if (--depth < 0) {
                        return false;
                    }
                }
                default -> {}
            }
        }
        Token last = tokens.get(end - 1);
        return depth == 0
                && (last.identifier()
                        || last.is(")")
                        || last.is("]")
                        || last.is("0")
                        || last.is("\"")
                        || last.is("'")
                        || last.is("\"\"\""));
    }

    /**
     * Whether two words (names or literals) follow each other anywhere in {@code code}, other than
     * after {@code new} or {@code instanceof}: never so in an expression, always in a declaration
     * ({@code List<String> a, b}) or a statement ({@code return 1}).
     */
    static boolean wordsAdjacent(String code) {
        List<Token> tokens = of(code, true);
        if (tokens == null) {
            return true;
        }
        for (int i = 1; i < tokens.size(); i++) {
            Token before = tokens.get(i - 1);
            Token word = tokens.get(i);
            boolean isWord = word.identifier() || word.is("0") || word.is("\"") || word.is("'") || word.is("\"\"\"");
            boolean wasWord = before.identifier()
                    || before.is("0")
                    || before.is("\"")
                    || before.is("'")
                    || before.is("\"\"\"")
                    || before.is(">")
                    || before.is("]");
            if (isWord && wasWord && !before.is("new") && !before.is("instanceof")) {
                return true;
            }
        }
        return false;
    }

    /** One token: its text (a literal's is its first character, or "0" for a number) and where it is. */
    record Token(String text, int start, int end, boolean identifier) {
        boolean is(String s) {
            return text.equals(s);
        }
    }

    /**
     * The snippet's tokens: identifiers, literals (one token each) and single-character operators,
     * except that {@code ==}, {@code !=}, {@code <=}, {@code >=} and compound assignments are one token
     * (so a lone {@code =} is an assignment). {@code >} stays single, as in nested type arguments.
     * Null for text this simple scanner does not understand (an unterminated literal or comment),
     * and for text with a comment unless {@code allowComments}.
     */
    static List<Token> of(String s, boolean allowComments) {
        var out = new ArrayList<Token>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if ((s.startsWith("//", i) || s.startsWith("/*", i)) && !allowComments) {
                return null;
            } else if (s.startsWith("//", i)) {
                int eol = s.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (s.startsWith("/*", i)) {
                int close = s.indexOf("*/", i + 2);
                if (close < 0) {
                    return null;
                }
                i = close + 2;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(s.charAt(i))) {
                    i++;
                }
                out.add(new Token(s.substring(start, i), start, i, true));
            } else if (s.startsWith("\"\"\"", i)) {
                int close = s.indexOf("\"\"\"", i + 3);
                while (close > 0 && escaped(s, close)) {
                    close = s.indexOf("\"\"\"", close + 1);
                }
                if (close < 0) {
                    return null;
                }
                out.add(new Token("\"\"\"", i, close + 3, false));
                i = close + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && s.charAt(j) != c && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                if (j >= n || s.charAt(j) != c) {
                    return null;
                }
                out.add(new Token(String.valueOf(c), i, j + 1, false));
                i = j + 1;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1)))) {
                int start = i;
                while (i < n
                        && (Character.isLetterOrDigit(s.charAt(i))
                                || s.charAt(i) == '.'
                                || s.charAt(i) == '_'
                                || ((s.charAt(i) == '+' || s.charAt(i) == '-')
                                        && "eEpP".indexOf(s.charAt(i - 1)) >= 0))) {
                    i++;
                }
                out.add(new Token("0", start, i, false));
            } else {
                int len = 1;
                if (i + 1 < n && s.charAt(i + 1) == '=' && "=!<>+-*/%&|^".indexOf(c) >= 0) {
                    len = 2;
                } else if (c != '>'
                        && i + 2 < n
                        && s.charAt(i + 2) == '='
                        && s.startsWith(String.valueOf(c).repeat(2), i)
                        && "<".indexOf(c) >= 0) {
                    len = 3; // <<=
                }
                out.add(new Token(s.substring(i, i + len), i, i + len, false));
                i += len;
            }
        }
        return out;
    }

    private static boolean escaped(String s, int at) {
        int backslashes = 0;
        for (int k = at - 1; k >= 0 && s.charAt(k) == '\\'; k--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
