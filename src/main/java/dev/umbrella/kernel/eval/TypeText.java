package dev.umbrella.kernel.eval;

import java.util.Locale;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * A type as Java source can write it anywhere in package {@code REPL}: primitives, arrays and public
 * classes by their canonical names, with type arguments and wildcards. Null for everything else,
 * which {@link CellCompiler} leaves to JShell: types that cannot be written (anonymous and local
 * classes, captured wildcards, intersections, the null type), classes not visible from another
 * package, inner classes of a parameterized type, and JShell's own snippet classes (a variable of
 * such a type is one JShell updates when the class is redefined).
 */
final class TypeText {
    private TypeText() {}

    static String of(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return type.getKind().name().toLowerCase(Locale.ROOT);
        }
        if (type.getKind() == TypeKind.ARRAY) {
            String component = of(((ArrayType) type).getComponentType());
            return component == null ? null : component + "[]";
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        var declared = (DeclaredType) type;
        var element = (TypeElement) declared.asElement();
        if (!visible(element) || element.getQualifiedName().toString().startsWith("REPL.")) {
            return null;
        }
        TypeMirror enclosing = declared.getEnclosingType();
        if (enclosing.getKind() == TypeKind.DECLARED
                && !((DeclaredType) enclosing).getTypeArguments().isEmpty()) {
            return null;
        }
        var out = new StringBuilder(element.getQualifiedName());
        var arguments = declared.getTypeArguments();
        if (!arguments.isEmpty()) {
            out.append('<');
            for (int i = 0; i < arguments.size(); i++) {
                String argument = argument(arguments.get(i));
                if (argument == null) {
                    return null;
                }
                out.append(i == 0 ? "" : ", ").append(argument);
            }
            out.append('>');
        }
        return out.toString();
    }

    private static String argument(TypeMirror type) {
        if (type.getKind() != TypeKind.WILDCARD) {
            return type.getKind().isPrimitive() ? null : of(type);
        }
        var wildcard = (WildcardType) type;
        TypeMirror bound = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
        if (bound == null) {
            return "?";
        }
        String text = of(bound);
        return text == null ? null : (wildcard.getExtendsBound() != null ? "? extends " : "? super ") + text;
    }

    /** A top-level or member class that is public, as are the classes around it. */
    private static boolean visible(TypeElement element) {
        for (var e = element; ; e = (TypeElement) e.getEnclosingElement()) {
            if (!e.getModifiers().contains(Modifier.PUBLIC)
                    || (e.getNestingKind() != NestingKind.TOP_LEVEL && e.getNestingKind() != NestingKind.MEMBER)) {
                return false;
            }
            if (e.getNestingKind() == NestingKind.TOP_LEVEL) {
                return true;
            }
        }
    }
}
