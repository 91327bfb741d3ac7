package dev.umbrella.datasets;

import java.util.Locale;

/** One column of a dataset: its CSV header name and its type. */
public record Column(String name, ColumnType type) {
    /** Parses {@code name} or {@code name:type} (type in lower case, e.g. {@code start:date}). */
    static Column parse(String spec) {
        int colon = spec.indexOf(':');
        if (colon < 0) {
            return new Column(spec, ColumnType.STRING);
        }
        return new Column(
                spec.substring(0, colon),
                ColumnType.valueOf(spec.substring(colon + 1).toUpperCase(Locale.ROOT)));
    }
}
