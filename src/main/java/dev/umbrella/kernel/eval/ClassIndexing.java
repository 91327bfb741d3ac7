package dev.umbrella.kernel.eval;

import java.lang.reflect.Method;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import jdk.jshell.SourceCodeAnalysis;

/**
 * When JShell builds its class-name index. JShell indexes every class on the class path and in the
 * JDK in a background thread (it serves completion of names that are not imported yet). On two
 * cores that thread took as much CPU as the cell thread during the first seconds of a session and
 * made the first cells about twice as slow, so here the index is built only while the kernel is
 * idle: paused while a cell runs, resumed a quiet moment after the last cell, or at once when
 * completion or inspection needs it.
 *
 * <p>Pausing calls JShell's own {@code suspendIndexing()}, which is not exported: the kernelspec and
 * the launcher open {@code jdk.jshell/jdk.jshell} to Umbrella. Without that opening indexing simply
 * runs as JShell schedules it.
 */
final class ClassIndexing implements AutoCloseable {
    /** How long the kernel must be idle before the index is built: longer than the gap between queued cells. */
    static final long QUIET_MILLIS = 1000;

    private final SourceCodeAnalysis analysis;
    private final Method suspend;
    private final Method resume;
    private final ScheduledExecutorService timer;
    private boolean paused;
    private ScheduledFuture<?> pending;

    ClassIndexing(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
        Method s = null;
        Method r = null;
        try {
            s = analysis.getClass().getMethod("suspendIndexing");
            r = analysis.getClass().getMethod("resumeIndexing");
            s.setAccessible(true);
            r.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            s = null;
            r = null;
        }
        this.suspend = s;
        this.resume = r;
        this.timer = suspend == null
                ? null
                : Executors.newSingleThreadScheduledExecutor(task -> {
                    var t = new Thread(task, "class-indexing");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Whether indexing can be paused in this JVM (false without the opened jdk.jshell package). */
    boolean controllable() {
        return suspend != null;
    }

    /** A cell is about to run: indexing waits. */
    synchronized void pause() {
        if (suspend == null) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        if (!paused) {
            call(suspend);
            paused = true;
        }
    }

    /** The cell finished: indexing goes on once the kernel has been quiet for {@link #QUIET_MILLIS}. */
    synchronized void resumeWhenQuiet() {
        if (suspend == null || !paused) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = timer.schedule(this::resumeNow, QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Completion or inspection is asked for: the index is needed now. */
    synchronized void resumeNow() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        if (paused) {
            call(resume);
            paused = false;
        }
    }

    private void call(Method m) {
        try {
            m.invoke(analysis);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JShell's " + m.getName() + " failed", e);
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
        resumeNow();
    }
}
