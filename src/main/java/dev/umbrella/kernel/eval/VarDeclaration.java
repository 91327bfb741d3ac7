package dev.umbrella.kernel.eval;

import dev.umbrella.kernel.eval.JavaTokens.Token;
import java.util.List;
import java.util.Set;

/**
 * A snippet that declares one variable and nothing else: {@code Type name;}, {@code Type name = init;}
 * or {@code var name = init;}, where the type is a primitive or class type with type arguments and
 * array dimensions. This is the shape {@link CellCompiler} declares on the quick path. Anything else
 * (modifiers, annotations, several declarators, brackets after the name, an array initializer) is
 * not recognised and goes to JShell as written. What is recognised is still compiled by javac, which
 * rejects anything misread (Java has no comma operator, so a second declarator that slipped through
 * does not compile either): recognising too little costs time, never meaning.
 *
 * @param type      the declared type, its tokens joined by single spaces, or {@code var}
 * @param name      the variable's name
 * @param init      the initializer as written (without the final semicolon), or null
 * @param initStart offset of the initializer in the snippet (-1 without one)
 */
record VarDeclaration(String type, String name, String init, int initStart) {
    private static final Set<String> PRIMITIVES =
            Set.of("boolean", "byte", "char", "short", "int", "long", "float", "double");
    /** Java's reserved words (JLS 3.9) and literals: never a type or a variable name here. */
    private static final Set<String> RESERVED = Set.of(
            "abstract",
            "assert",
            "break",
            "case",
            "catch",
            "class",
            "const",
            "continue",
            "default",
            "do",
            "else",
            "enum",
            "extends",
            "final",
            "finally",
            "for",
            "goto",
            "if",
            "implements",
            "import",
            "instanceof",
            "interface",
            "native",
            "new",
            "package",
            "private",
            "protected",
            "public",
            "return",
            "static",
            "strictfp",
            "super",
            "switch",
            "synchronized",
            "this",
            "throw",
            "throws",
            "transient",
            "try",
            "void",
            "volatile",
            "while",
            "true",
            "false",
            "null",
            "_",
            "sealed",
            "non",
            "record",
            "yield");

    boolean inferred() {
        return type.equals("var");
    }

    /** The declaration in {@code snippet} (one JShell snippet), or null when it is not this simple shape. */
    static VarDeclaration parse(String snippet) {
        List<Token> tokens = JavaTokens.of(snippet, true);
        if (tokens == null) {
            return null;
        }
        int end = tokens.size();
        while (end > 0 && tokens.get(end - 1).is(";")) {
            end--;
        }
        int eq = -1;
        for (int i = 0; i < end; i++) {
            if (tokens.get(i).is("=")) {
                eq = i;
                break;
            }
            if (tokens.get(i).is(";")) {
                return null;
            }
        }
        int headEnd = eq < 0 ? end : eq;
        if (headEnd < 2) {
            return null;
        }
        Token name = tokens.get(headEnd - 1);
        if (!name.identifier()
                || RESERVED.contains(name.text())
                || PRIMITIVES.contains(name.text())
                || name.text().equals("var")) {
            return null;
        }
        List<Token> typeTokens = tokens.subList(0, headEnd - 1);
        String type;
        if (typeTokens.size() == 1 && typeTokens.get(0).is("var")) {
            if (eq < 0) {
                return null;
            }
            type = "var";
        } else {
            int[] at = {0};
            if (!type(typeTokens, at) || at[0] != typeTokens.size()) {
                return null;
            }
            var text = new StringBuilder();
            for (Token t : typeTokens) {
                text.append(text.length() == 0 ? "" : " ").append(t.text());
            }
            type = text.toString();
        }
        if (eq < 0) {
            return new VarDeclaration(type, name.text(), null, -1);
        }
        if (eq + 1 >= end || tokens.get(eq + 1).is("{")) {
            return null;
        }
        int depth = 0;
        for (int i = eq + 1; i < end; i++) {
            String t = tokens.get(i).text();
            switch (t) {
                case "(", "[", "{" -> depth++;
                case ")", "]", "}" -> depth--;
                case ";" -> {
                    if (depth == 0) {
                        return null;
                    }
                }
                case "," -> {
                    // Java has no comma operator: at depth 0 a comma separates type arguments
                    // (Map.<K, V>of(), new HashMap<K, V>()) or starts another declarator (", b = 2").
                    if (depth == 0 && declarator(tokens, i + 1, end)) {
                        return null;
                    }
                }
                default -> {}
            }
            if (depth < 0) {
                return null;
            }
        }
        if (depth != 0) {
            return null;
        }
        int initStart = tokens.get(eq + 1).start();
        int initEnd = tokens.get(end - 1).end();
        return new VarDeclaration(type, name.text(), snippet.substring(initStart, initEnd), initStart);
    }

    /** Whether the tokens from {@code at} read "name" followed by '=', ',', '[' or the end: another declarator. */
    private static boolean declarator(List<Token> t, int at, int end) {
        if (at >= end || !t.get(at).identifier()) {
            return false;
        }
        return at + 1 == end
                || t.get(at + 1).is("=")
                || t.get(at + 1).is(",")
                || t.get(at + 1).is("[");
    }

    /** Type := (primitive | ClassType) ('[' ']')*; ClassType := Ident TypeArgs? ('.' Ident TypeArgs?)*. */
    private static boolean type(List<Token> t, int[] at) {
        if (at[0] >= t.size()
                || !t.get(at[0]).identifier()
                || RESERVED.contains(t.get(at[0]).text())
                || t.get(at[0]).is("var")) {
            return false;
        }
        boolean primitive = PRIMITIVES.contains(t.get(at[0]).text());
        at[0]++;
        while (!primitive) {
            if (at[0] < t.size() && t.get(at[0]).is("<") && !typeArguments(t, at)) {
                return false;
            }
            if (at[0] + 1 < t.size()
                    && t.get(at[0]).is(".")
                    && t.get(at[0] + 1).identifier()
                    && !RESERVED.contains(t.get(at[0] + 1).text())
                    && !PRIMITIVES.contains(t.get(at[0] + 1).text())) {
                at[0] += 2;
            } else {
                break;
            }
        }
        while (at[0] + 1 < t.size() && t.get(at[0]).is("[") && t.get(at[0] + 1).is("]")) {
            at[0] += 2;
        }
        return true;
    }

    /** '<' TypeArg (',' TypeArg)* '>' with TypeArg := Type | '?' (('extends' | 'super') Type)?. */
    private static boolean typeArguments(List<Token> t, int[] at) {
        at[0]++;
        while (true) {
            if (at[0] < t.size() && t.get(at[0]).is("?")) {
                at[0]++;
                if (at[0] < t.size()
                        && (t.get(at[0]).is("extends") || t.get(at[0]).is("super"))) {
                    at[0]++;
                    if (!type(t, at)) {
                        return false;
                    }
                }
            } else if (!type(t, at) || PRIMITIVES.contains(t.get(at[0] - 1).text())) {
                return false;
            }
            if (at[0] >= t.size()) {
                return false;
            }
            if (t.get(at[0]).is(">")) {
                at[0]++;
                return true;
            }
            if (!t.get(at[0]).is(",")) {
                return false;
            }
            at[0]++;
        }
    }
}
