package dev.umbrella.kernel.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** JShell's class indexing waits while cells run and resumes when the kernel is quiet or completion asks. */
class ClassIndexing_PauseTest {
    private JShell shell;
    private SourceCodeAnalysis analysis;

    @BeforeEach
    void open() {
        shell = JShell.builder().executionEngine("local").build();
        analysis = shell.sourceCodeAnalysis();
    }

    @AfterEach
    void close() {
        shell.close();
    }

    /** JShell's own suspension depth (how many suspendIndexing calls are not yet resumed). */
    private int suspended() throws ReflectiveOperationException {
        Field f = analysis.getClass().getDeclaredField("suspend");
        f.setAccessible(true);
        return f.getInt(analysis);
    }

    @Test
    void pausesOnceWhileACellRunsAndResumesWhenAskedForCompletion() throws Exception {
        try (var indexing = new ClassIndexing(analysis)) {
            assertThat(indexing.controllable())
                    .as("the test JVM opens jdk.jshell (surefire argLine)")
                    .isTrue();
            assertThat(suspended()).isZero();
            indexing.pause();
            indexing.pause();
            assertThat(suspended()).isEqualTo(1);
            indexing.resumeNow();
            assertThat(suspended()).isZero();
        }
    }

    @Test
    void resumesOnlyAfterAQuietMomentAndANewCellCancelsTheResume() throws Exception {
        try (var indexing = new ClassIndexing(analysis)) {
            indexing.pause();
            indexing.resumeWhenQuiet();
            Thread.sleep(ClassIndexing.QUIET_MILLIS / 4);
            indexing.pause();
            assertThat(suspended())
                    .as("still paused: a new cell came within the quiet time")
                    .isEqualTo(1);
            Thread.sleep(ClassIndexing.QUIET_MILLIS + 200);
            assertThat(suspended()).as("the cancelled resume did not fire").isEqualTo(1);
            indexing.resumeWhenQuiet();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (suspended() != 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(suspended()).isZero();
        }
    }

    @Test
    void closingLeavesIndexingRunning() throws Exception {
        var indexing = new ClassIndexing(analysis);
        indexing.pause();
        indexing.close();
        assertThat(suspended()).isZero();
    }
}
