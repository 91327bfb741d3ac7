package dev.umbrella.present;

import java.util.HashMap;
import java.util.Map;

/**
 * The figures of one notebook session, in the order they are shown: the first carries the plotly.js
 * bundle and later ones reuse {@code window.Plotly}; a figure shown again gets {@code _2}, {@code _3}
 * appended to its content-derived id, so div ids stay unique on the page and stable across runs.
 */
public final class FigureSequence {
    private final Map<String, Integer> seen = new HashMap<>();
    private boolean bundleSent;

    /** The view to show next: unique id, bundle on the first figure only. */
    public synchronized FigureView next(FigureView view) {
        int n = seen.merge(view.divId(), 1, Integer::sum);
        var shown = n == 1 ? view : view.withDivId(view.divId() + "_" + n);
        boolean carry = !bundleSent || view.includeBundle();
        bundleSent = true;
        return shown.withBundle(carry);
    }
}
