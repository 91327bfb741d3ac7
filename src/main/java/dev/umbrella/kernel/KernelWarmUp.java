package dev.umbrella.kernel;

import dev.umbrella.kernel.display.DisplayBundle;
import dev.umbrella.kernel.eval.Evaluator;
import java.util.function.BooleanSupplier;

/** Warming a new kernel up while it waits for its first cells, so that they do not pay for it. */
final class KernelWarmUp {
    private KernelWarmUp() {}

    /**
     * Each kind of snippet a notebook runs (expression, declarations, a redefinition with a new type,
     * a void call, a statement JShell runs, a rendered table), so that javac, JShell and the
     * renderers are loaded and compiled before the first real cells of that kind.
     */
    private static final String[] SNIPPETS = {
        "1 + 1",
        "int umbrellaWarm$ = 1 + 1;",
        "var umbrellaWarms$ = java.util.List.of(umbrellaWarm$);",
        "long umbrellaWarm$ = umbrellaWarms$.size();",
        "umbrellaWarm$ + 1",
        "System.out.print(\"\");",
        "{ int w = 1; }",
        "tech.tablesaw.api.Table.create(\"warm\", tech.tablesaw.api.IntColumn.create(\"n\", new int[] {1}))"
    };

    /**
     * Warms the kernel up while it is idle, one short step at a time, stopping as soon as
     * {@code keepGoing} says a request is waiting: JShell's imports (see
     * {@link Evaluator#importAtStart}), then {@link #SNIPPETS}, then a few throw-away snippets so that
     * javac is compiled by the JIT when the first real cells come. Nothing of it stays visible.
     */
    static void run(UmbrellaKernel kernel, Evaluator evaluator, BooleanSupplier keepGoing) {
        while (keepGoing.getAsBoolean()) {
            synchronized (kernel) {
                if (!keepGoing.getAsBoolean() || !evaluator.warmUpStep()) {
                    break;
                }
            }
        }
        try {
            for (String code : SNIPPETS) {
                synchronized (kernel) {
                    if (!keepGoing.getAsBoolean()) {
                        return;
                    }
                    Evaluator.Result r = evaluator.run(code, 0, 1);
                    if (r.hasValue()) {
                        DisplayBundle.of(kernel.getRenderer().render(r.value()), false);
                    }
                }
            }
        } finally {
            synchronized (kernel) {
                evaluator.forget("umbrellaWarm$");
                evaluator.forget("umbrellaWarms$");
            }
        }
        String[] snippets = {"{ int w = 1; }", "1 + 2", "Math.max(1, 2);", "String.valueOf(3)", "\"w\".length()"};
        for (int i = 0; i < 40 && keepGoing.getAsBoolean(); i++) {
            synchronized (kernel) {
                if (!keepGoing.getAsBoolean()) {
                    return;
                }
                evaluator.evalRaw(snippets[i % snippets.length]);
            }
        }
    }
}
