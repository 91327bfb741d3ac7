package dev.umbrella.kernel;

/**
 * Where a cell's expression leaves its value. The evaluator runs an expression snippet as the
 * statement {@code { CellValue.of(() -> expr); }}: JShell then compiles one statement instead of
 * analysing the expression's type and declaring a temporary {@code $N} variable, which is about
 * twice as fast and keeps JShell from growing by one variable per cell. Overload resolution picks
 * {@link Value} for expressions with a value and {@link Effect} for {@code void} calls.
 *
 * <p>Public only because generated cell code calls it; not an API for notebooks.
 */
public final class CellValue {
    /** An expression with a value. */
    @FunctionalInterface
    public interface Value<T> {
        T get() throws Throwable;
    }

    /** A {@code void} expression (a method call or assignment used for its effect). */
    @FunctionalInterface
    public interface Effect {
        void run() throws Throwable;
    }

    private static final Object NONE = new Object();
    private static volatile Object last = NONE;

    private CellValue() {}

    public static <T> void of(Value<T> value) throws Throwable {
        last = value.get();
    }

    public static void of(Effect effect) throws Throwable {
        effect.run();
        last = NONE;
    }

    static void clear() {
        last = NONE;
    }

    /** The value of the last {@link #of(Value)} since {@link #clear()}, or {@code NONE}. */
    static Object take() {
        Object value = last;
        last = NONE;
        return value;
    }

    static boolean isNone(Object value) {
        return value == NONE;
    }
}
