package dev.umbrella.kernel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.jshell.execution.DirectExecutionControl;

/**
 * Runs cell code inside the kernel JVM (JShell's in-process engine, several times faster per cell
 * than a separate JVM), each snippet on its own thread so that the kernel can interrupt it. The raw
 * value a snippet returns is kept for rendering (JShell itself only passes on its string form).
 *
 * <p>Interrupt: {@link CellGuard} stops rewritten cell code at its next loop iteration or call,
 * and the thread is interrupted to wake it from sleeps and waits. Where the JDK still allows it
 * (before Java 20), a thread still running library code after a grace period is stopped with
 * {@code Thread.stop}; on newer JDKs such a cell ends when the library call returns.
 */
final class CellExecutionControl extends DirectExecutionControl {
    private static final long STOP_GRACE_MILLIS = 300;
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final CellLoader loader;
    private volatile Thread running;
    private volatile boolean stopped;
    private volatile Object lastValue;

    CellExecutionControl(CellLoader loader) {
        super(loader);
        this.loader = loader;
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        lastValue = null;
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                result[0] = doit.invoke(null);
            } catch (InvocationTargetException e) {
                failure[0] = e.getCause();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "cell-" + THREADS.incrementAndGet(), 0);
        thread.setContextClassLoader(loader.classLoader());
        thread.setDaemon(true);
        running = thread;
        try {
            if (stopped) {
                throw new StoppedException();
            }
            thread.start();
            thread.join();
        } finally {
            running = null;
        }
        if (stopped || failure[0] instanceof CellGuard.Interrupted) {
            throw new StoppedException();
        }
        if (failure[0] != null) {
            throw new InvocationTargetException(failure[0]);
        }
        lastValue = result[0];
        return valueString(result[0]);
    }

    /** The object the last snippet returned (its value for expressions, null for statements). */
    Object lastValue() {
        return lastValue;
    }

    /** Starts a new cell: clears the interrupt of the previous one. */
    void beginCell() {
        stopped = false;
        CellGuard.reset();
    }

    boolean wasStopped() {
        return stopped;
    }

    @Override
    public void stop() {
        stopped = true;
        CellGuard.requestStop();
        Thread thread = running;
        if (thread == null) {
            return;
        }
        thread.interrupt();
        Thread killer = new Thread(() -> forceStop(thread), "cell-stop");
        killer.setDaemon(true);
        killer.start();
    }

    @SuppressWarnings({"removal", "deprecation"})
    private static void forceStop(Thread thread) {
        try {
            thread.join(STOP_GRACE_MILLIS);
            if (thread.isAlive()) {
                thread.stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (UnsupportedOperationException e) {
            StreamCapture.log("interrupt: the cell is inside library code and this JDK cannot stop "
                    + "threads; it ends when that call returns");
        }
    }
}
