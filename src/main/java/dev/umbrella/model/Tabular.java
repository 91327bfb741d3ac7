package dev.umbrella.model;

import tech.tablesaw.api.Table;

/**
 * A result that can show itself as a table. Every value object the analysis returns to a notebook
 * (estimates, ROI summaries, "insufficient data" answers) implements it, so the presentation layer
 * and the Jupyter renderers need to know only this one type, never the analysis classes.
 */
public interface Tabular {
    /** The result as a small, immutable-by-convention Tablesaw table (a fresh table on every call). */
    Table toTable();
}
