package dev.umbrella.kernel.display;

import java.util.List;

/**
 * What the display side needs of the kernel that runs the cells: showing and replacing outputs
 * and asking for input ({@link NotebookStatics}), and, for {@link UmbrellaExtension}, the start-up
 * imports and the news that cells come from a new page. Umbrella's kernel implements it; a stock
 * JJava kernel does not, and gets the renderers only.
 */
public interface NotebookKernel {
    /** Renders and publishes {@code value} now (in {@code mimeTypes} only, if any are given); returns its display id. */
    String display(Object value, String... mimeTypes);

    /** Replaces the output with display id {@code id}, wherever it is on the page. */
    void updateDisplay(String id, Object value, String... mimeTypes);

    /** Clears the running cell's output; with {@code wait}, only when the next output arrives. */
    void clearOutput(boolean wait);

    /** One line typed by the user (the running cell's output so far is sent first). */
    String readLine(String prompt, boolean password);

    /** Imports every cell sees from now on; returns those that do not compile (left out). */
    List<String> importAtStart(List<String> imports);

    /** {@code listener} runs when cells start coming from another frontend session (a reloaded page). */
    void onNewPage(Runnable listener);
}
