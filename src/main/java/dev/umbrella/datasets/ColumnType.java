package dev.umbrella.datasets;

/** How a dataset column is written in CSV and which Tablesaw column type it loads as. */
public enum ColumnType {
    /** Free text; empty means missing. */
    STRING,
    /** {@code YYYY-MM-DD}; loads as a {@code DateColumn}. */
    DATE,
    /** {@code YYYY-MM-DDTHH:MM:SSZ} (UTC); loads as a {@code DateTimeColumn} of UTC local date-times. */
    INSTANT,
    /** A whole number; loads as an {@code IntColumn}. */
    INTEGER,
    /** A decimal number; loads as a {@code DoubleColumn}. */
    DOUBLE,
    /** {@code true} or {@code false}; loads as a {@code BooleanColumn}. */
    BOOLEAN
}
