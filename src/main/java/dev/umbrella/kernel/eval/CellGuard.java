package dev.umbrella.kernel.eval;

/**
 * What rewritten cell code calls instead of ending the JVM or running on after an interrupt
 * (see {@link CellBytecode}). A cell calling {@code System.exit} gets a {@link ExitRequested}
 * error and the kernel stays up; a cell that is interrupted stops at the next loop iteration or
 * method call with {@link Interrupted}. Both are {@link Error}s so that a cell's own
 * {@code catch (Exception e)} does not swallow them.
 *
 * <p>Public only because rewritten cell code calls it; not an API for notebooks.
 */
public final class CellGuard {
    private static volatile boolean stopRequested;

    private CellGuard() {}

    /** Called at every method start and before every backward jump in cell code. */
    public static void poll() {
        if (stopRequested) {
            throw new Interrupted();
        }
    }

    /** Replaces {@code System.exit(status)}. */
    public static void exit(int status) {
        throw new ExitRequested("System.exit(" + status + ")");
    }

    /** Replaces {@code Runtime.getRuntime().exit(status)}. */
    public static void exit(Runtime runtime, int status) {
        throw new ExitRequested("Runtime.exit(" + status + ")");
    }

    /** Replaces {@code Runtime.getRuntime().halt(status)}. */
    public static void halt(Runtime runtime, int status) {
        throw new ExitRequested("Runtime.halt(" + status + ")");
    }

    static void requestStop() {
        stopRequested = true;
    }

    static void reset() {
        stopRequested = false;
    }

    public static boolean stopRequested() {
        return stopRequested;
    }

    /** A cell tried to end the JVM. */
    public static final class ExitRequested extends Error {
        private static final long serialVersionUID = 1L;

        ExitRequested(String call) {
            super(call + " was called in a cell; the kernel keeps running " + "(use Kernel > Restart to start afresh)");
        }
    }

    /** The cell was interrupted. */
    public static final class Interrupted extends Error {
        private static final long serialVersionUID = 1L;

        public Interrupted() {
            super("cell interrupted");
        }
    }
}
