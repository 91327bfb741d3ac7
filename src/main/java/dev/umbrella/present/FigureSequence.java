package dev.umbrella.present;

import java.util.HashMap;
import java.util.Map;

/**
 * The figures of one notebook session, in the order they are shown: the first carries the plotly.js
 * bundle and later ones reuse {@code window.Plotly}; a figure shown again gets {@code _2}, {@code _3}
 * appended to its content-derived id, so div ids stay unique on the page and stable across runs.
 *
 * <p>A page can lose the bundle while the kernel keeps running (reloaded without saving, or opened
 * afresh): re-running the cell of the figure that carried it sends it again, as a figure's "plotly.js
 * is not loaded" note advises, and after {@link #pageMayLackBundle()} the next figure carries it. A
 * notebook run once from top to bottom still carries it once.
 */
public final class FigureSequence {
    private final Map<String, Integer> seen = new HashMap<>();
    private boolean bundleSent;
    /** The content id of the figure that carried the bundle last. */
    private String carrier;

    /** The view to show next: unique id, bundle on the first figure (and on that figure shown again). */
    public synchronized FigureView next(FigureView view) {
        int n = seen.merge(view.divId(), 1, Integer::sum);
        var shown = n == 1 ? view : view.withDivId(view.divId() + "_" + n);
        boolean carry = !bundleSent || view.includeBundle() || view.divId().equals(carrier);
        if (!bundleSent) {
            carrier = view.divId();
        }
        bundleSent = true;
        return shown.withBundle(carry);
    }

    /** The page the figures go to may lack plotly.js (a new frontend session): the next figure carries it. */
    public synchronized void pageMayLackBundle() {
        bundleSent = false;
    }
}
