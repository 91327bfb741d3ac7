package dev.umbrella.kernel.eval;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.jshell.execution.DirectExecutionControl;

/**
 * Runs cell code inside the kernel JVM (JShell's in-process engine, several times faster per cell
 * than a separate JVM), on a thread of its own so that the kernel can interrupt it. The raw value a
 * snippet returns is kept for rendering (JShell itself only passes on its string form).
 *
 * <p>The cell thread waits for the next snippet between cells: starting a new thread for each
 * snippet took 0.4-1 ms on these machines, handing a snippet to a waiting one about 10 us. A new
 * thread is started only when the last one was stopped (below) or ended otherwise.
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
    private volatile CellThread worker;
    private volatile Thread running;
    private volatile Snippet current;
    private volatile boolean stopped;
    private volatile Object lastValue;

    CellExecutionControl(CellLoader loader) {
        super(loader);
        this.loader = loader;
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        lastValue = null;
        if (stopped) {
            throw new StoppedException();
        }
        CellThread thread = worker;
        if (thread == null || !thread.isAlive()) {
            thread = new CellThread(loader.classLoader());
            thread.start();
            worker = thread;
        }
        var snippet = new Snippet(doit);
        current = snippet;
        running = thread;
        try {
            thread.run(snippet);
            snippet.await(thread);
        } finally {
            running = null;
            current = null;
        }
        Throwable failure = snippet.failure;
        if (stopped || failure instanceof CellGuard.Interrupted || failure instanceof ThreadDeath) {
            throw new StoppedException();
        }
        if (failure != null) {
            throw new InvocationTargetException(failure);
        }
        lastValue = snippet.result;
        return valueString(snippet.result);
    }

    /** One snippet's run: its method, then its value or what it threw. */
    private static final class Snippet {
        final Method doit;
        Object result;
        Throwable failure;
        private boolean done;

        Snippet(Method doit) {
            this.doit = doit;
        }

        synchronized void finish(Object value, Throwable thrown) {
            result = value;
            failure = thrown;
            done = true;
            notifyAll();
        }

        /** Waits until the snippet finished, or its thread ended without finishing it (stopped). */
        synchronized void await(Thread thread) throws InterruptedException {
            while (!done) {
                if (!thread.isAlive()) {
                    failure = new ThreadDeath();
                    return;
                }
                wait(100);
            }
        }

        /**
         * Stops {@code thread} if it has not finished this snippet: under the snippet's lock, so that
         * it cannot finish and go on to the next cell's snippet meanwhile.
         */
        @SuppressWarnings({"removal", "deprecation"})
        synchronized void stopUnlessFinished(Thread thread) {
            if (!done) {
                thread.stop();
            }
        }

        /** Whether it finished within {@code millis}. */
        synchronized boolean finishedWithin(long millis) throws InterruptedException {
            long end = System.nanoTime() + millis * 1_000_000;
            while (!done && System.nanoTime() < end) {
                wait(Math.max(1, (end - System.nanoTime()) / 1_000_000));
            }
            return done;
        }
    }

    /** The thread cells run on, one snippet at a time. */
    private static final class CellThread extends Thread {
        private final SynchronousQueue<Snippet> next = new SynchronousQueue<>();
        private volatile boolean closed;

        CellThread(ClassLoader cells) {
            super(null, null, "cell-" + THREADS.incrementAndGet(), 0);
            setContextClassLoader(cells);
            setDaemon(true);
        }

        void run(Snippet snippet) throws InterruptedException {
            next.put(snippet);
        }

        @Override
        public void run() {
            while (true) {
                Snippet snippet;
                try {
                    snippet = next.take();
                } catch (InterruptedException e) {
                    if (closed) {
                        return;
                    }
                    continue; // an interrupt aimed at the last cell, come late
                }
                Thread.interrupted();
                Object value = null;
                Throwable thrown = null;
                try {
                    value = snippet.doit.invoke(null);
                } catch (InvocationTargetException e) {
                    thrown = e.getCause();
                } catch (Throwable e) {
                    thrown = e;
                }
                snippet.finish(value, thrown);
            }
        }
    }

    /** The kernel or session ends: so does the cell thread (it holds the cells' class loader). */
    @Override
    public void close() {
        CellThread thread = worker;
        worker = null;
        if (thread != null) {
            thread.closed = true;
            thread.interrupt();
        }
        super.close();
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
        Snippet snippet = current;
        thread.interrupt();
        if (snippet == null) {
            return;
        }
        Thread killer = new Thread(() -> forceStop(thread, snippet), "cell-stop");
        killer.setDaemon(true);
        killer.start();
    }

    @SuppressWarnings({"removal", "deprecation"})
    private static void forceStop(Thread thread, Snippet snippet) {
        try {
            if (!snippet.finishedWithin(STOP_GRACE_MILLIS)) {
                snippet.stopUnlessFinished(thread);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (UnsupportedOperationException e) {
            KernelLog.log("interrupt: the cell is inside library code and this JDK cannot stop "
                    + "threads; it ends when that call returns");
        }
    }
}
