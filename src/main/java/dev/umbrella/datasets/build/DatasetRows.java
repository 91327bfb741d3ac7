package dev.umbrella.datasets.build;

import dev.umbrella.datasets.ColumnType;
import dev.umbrella.datasets.Dataset;
import dev.umbrella.datasets.parse.Rfc4180;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A dataset's rows in contract column order, ready to be written: sorted by the dataset's sort key
 * (numbers compared as numbers), ties broken by the whole row, so the file never depends on the
 * order in which inputs were read.
 */
record DatasetRows(Dataset dataset, List<String[]> rows) {

    DatasetRows {
        int width = dataset.columns().size();
        for (String[] row : rows) {
            if (row.length != width) {
                throw new IllegalArgumentException(
                        dataset.fileName() + ": row has " + row.length + " fields, expected " + width);
            }
        }
        var sorted = new ArrayList<>(rows);
        sorted.sort(order(dataset));
        rows = List.copyOf(sorted);
    }

    int size() {
        return rows.size();
    }

    /** UTF-8 CSV with the header row and {@code \n} line ends. */
    byte[] render() {
        var out = new StringBuilder(64 * (rows.size() + 1));
        Rfc4180.appendRow(out, dataset.header());
        for (String[] row : rows) {
            Rfc4180.appendRow(out, row);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Comparator<String[]> order(Dataset dataset) {
        Comparator<String[]> order = (a, b) -> 0;
        for (String name : dataset.sortKey()) {
            int i = dataset.index(name);
            ColumnType type = dataset.columns().get(i).type();
            Comparator<String> byValue = type == ColumnType.INTEGER || type == ColumnType.DOUBLE
                    ? Comparator.comparingDouble(DatasetRows::numberOrMinus)
                    : Comparator.naturalOrder();
            order = order.thenComparing(row -> row[i], byValue);
        }
        return order.thenComparing(DatasetRows::compareAll);
    }

    private static double numberOrMinus(String s) {
        return s.isEmpty() ? Double.NEGATIVE_INFINITY : Double.parseDouble(s);
    }

    private static int compareAll(String[] a, String[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = a[i].compareTo(b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
