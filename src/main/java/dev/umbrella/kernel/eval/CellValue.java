package dev.umbrella.kernel.eval;

/**
 * Where a cell's expression leaves its value. The evaluator runs an expression snippet as the block
 * statement {@code { CellValue.set(expr); }}: JShell then compiles one plain statement instead of
 * analysing the expression's type twice and declaring a temporary {@code $N} variable, which roughly
 * halves the time of a small cell and keeps JShell from growing by one variable per cell.
 *
 * <p>Public only because generated cell code calls it; not an API for notebooks.
 */
public final class CellValue {
    private static final Object NONE = new Object();
    private static volatile Object last = NONE;

    private CellValue() {}

    public static void set(Object value) {
        last = value;
    }

    static void clear() {
        last = NONE;
    }

    /** The value of the last {@link #set} since {@link #clear()}, or {@code NONE}. */
    static Object take() {
        Object value = last;
        last = NONE;
        return value;
    }

    static boolean isNone(Object value) {
        return value == NONE;
    }
}
