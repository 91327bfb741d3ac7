package dev.umbrella.publish;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** Where the runner reports each notebook and cell as it goes (the console; silent in tests). */
interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void notebookStarted(String notebook, int codeCells) {}

        @Override
        public void cellFinished(String notebook, int cellNumber, int codeCell, int codeCells, Duration took) {}

        @Override
        public void notebookFinished(String notebook, Duration took) {}
    };

    void notebookStarted(String notebook, int codeCells);

    void cellFinished(String notebook, int cellNumber, int codeCell, int codeCells, Duration took);

    void notebookFinished(String notebook, Duration took);

    /** Human progress lines; timings go to the console only, never into a file. */
    static Progress to(PrintStream out) {
        return new Progress() {
            @Override
            public void notebookStarted(String notebook, int codeCells) {
                out.println(notebook + ": " + codeCells + " code cells");
            }

            @Override
            public void cellFinished(String notebook, int cellNumber, int codeCell, int codeCells, Duration took) {
                out.println(String.format(
                        Locale.ROOT,
                        "  [%d/%d] cell %d ok  %.2f s",
                        codeCell,
                        codeCells,
                        cellNumber,
                        took.toNanos() / 1e9));
            }

            @Override
            public void notebookFinished(String notebook, Duration took) {
                out.println(String.format(Locale.ROOT, "  %s done in %.2f s", notebook, took.toNanos() / 1e9));
            }
        };
    }
}
