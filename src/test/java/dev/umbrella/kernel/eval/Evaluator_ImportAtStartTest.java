package dev.umbrella.kernel.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The imports a session starts with are checked by javac at once and given to JShell only when it is
 * needed: quick cells see them from the start, JShell's methods too, and one that does not compile is
 * left out and named.
 */
class Evaluator_ImportAtStartTest {
    @Test
    void quickCellsAndJShellBothSeeTheImportsAndABadOneIsLeftOut() {
        try (var evaluator = new Evaluator(Evaluator_ImportAtStartTest.class.getClassLoader(), true)) {
            var rejected = evaluator.importAtStart(
                    List.of("java.util.concurrent.atomic.*", "no.such.pkg.*", "static java.lang.Math.max"));
            assertThat(rejected).containsExactly("no.such.pkg.*");
            int before = evaluator.quickRuns();
            assertThat(evaluator
                            .run("new AtomicInteger(2).incrementAndGet()", 1, 1)
                            .value())
                    .isEqualTo(3);
            assertThat(evaluator.run("max(1, 2)", 2, 1).value()).isEqualTo(2);
            assertThat(evaluator.quickRuns()).as("both on the quick path").isEqualTo(before + 2);
            // a method goes to JShell, which now needs the imports
            assertThat(evaluator
                            .run("int bump(AtomicInteger a) { return max(0, a.incrementAndGet()); }", 3, 1)
                            .error())
                    .isNull();
            assertThat(evaluator.run("bump(new AtomicInteger(4))", 4, 1).value())
                    .isEqualTo(5);
            var missing = evaluator.run("Object o = no.such.pkg.Thing.class;", 5, 1);
            assertThat(missing.error().ename()).isEqualTo("CompilationException");
        }
    }

    @Test
    void idleWarmUpGivesJShellTheImportsOneAtATime() {
        try (var evaluator = new Evaluator(Evaluator_ImportAtStartTest.class.getClassLoader(), true)) {
            assertThat(evaluator.importAtStart(List.of("java.util.concurrent.atomic.*", "java.util.function.*")))
                    .isEmpty();
            assertThat(evaluator.warmUpStep()).isTrue();
            assertThat(evaluator.warmUpStep()).isTrue();
            assertThat(evaluator.warmUpStep()).as("nothing left").isFalse();
            assertThat(evaluator
                            .run(
                                    "Function<AtomicInteger, Integer> get = AtomicInteger::get;\nget.apply(new AtomicInteger(7))",
                                    1,
                                    1)
                            .value())
                    .isEqualTo(7);
            assertThat(evaluator.complete("AtomicInteg", 11).matches()).contains("AtomicInteger");
        }
    }

    @Test
    void withoutTheQuickPathJShellTakesThemAtOnce() {
        try (var evaluator = new Evaluator(Evaluator_ImportAtStartTest.class.getClassLoader(), false)) {
            assertThat(evaluator.importAtStart(List.of("java.util.concurrent.atomic.*", "no.such.pkg.*")))
                    .containsExactly("no.such.pkg.*");
            assertThat(evaluator.warmUpStep()).isFalse();
            assertThat(evaluator
                            .run("new AtomicInteger(2).incrementAndGet()", 1, 1)
                            .value())
                    .isEqualTo(3);
        }
    }
}
