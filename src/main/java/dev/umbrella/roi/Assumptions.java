package dev.umbrella.roi;

import dev.umbrella.datasets.Distribution;
import dev.umbrella.model.TableBuilder;
import dev.umbrella.model.Tabular;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * The parameters an ROI evaluation uses, by name, in a stable order: the rows of {@code assumptions.csv} plus the
 * values derived from datasets, with any notebook overrides applied. Unknown names fail with the valid names.
 */
public final class Assumptions implements Tabular {
    private final Map<String, Assumption> byName;

    private Assumptions(Map<String, Assumption> byName) {
        this.byName = byName;
    }

    public static Assumptions of(Collection<Assumption> rows) {
        Map<String, Assumption> map = new LinkedHashMap<>();
        for (Assumption a : rows) {
            if (map.put(a.name(), a) != null) {
                throw new IllegalArgumentException("assumption " + a.name() + " is defined twice");
            }
        }
        return new Assumptions(map);
    }

    /** Reads a table with the {@code assumptions.csv} columns; a bad row fails naming the file and line. */
    public static Assumptions fromTable(Table table) {
        Map<String, Assumption> map = new LinkedHashMap<>();
        for (int i = 0; i < table.rowCount(); i++) {
            String name = table.stringColumn("name").get(i);
            try {
                Assumption a = new Assumption(
                        name,
                        table.doubleColumn("low").getDouble(i),
                        table.doubleColumn("base").getDouble(i),
                        table.doubleColumn("high").getDouble(i),
                        table.stringColumn("unit").get(i),
                        Distribution.of(table.stringColumn("distribution").get(i)),
                        table.stringColumn("source").get(i),
                        table.stringColumn("note").get(i));
                if (map.put(name, a) != null) {
                    throw new IllegalArgumentException("assumption " + name + " is defined twice");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("assumptions.csv line " + (i + 2) + ": " + e.getMessage(), e);
            }
        }
        return new Assumptions(map);
    }

    public Assumption get(String name) {
        Assumption a = byName.get(name);
        if (a == null) {
            throw new IllegalArgumentException(
                    "unknown assumption '" + name + "'; valid names: " + String.join(", ", byName.keySet()));
        }
        return a;
    }

    public Optional<Assumption> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public List<Assumption> all() {
        return List.copyOf(byName.values());
    }

    /** A copy with one parameter replaced (or added). */
    public Assumptions with(Assumption replacement) {
        Map<String, Assumption> map = new LinkedHashMap<>(byName);
        map.put(replacement.name(), replacement);
        return new Assumptions(map);
    }

    /** Columns of {@code assumptions.csv}: name, low, base, high, unit, distribution, source, note. */
    @Override
    public Table toTable() {
        TableBuilder table = TableBuilder.named("assumptions")
                .text("name")
                .number("low", "base", "high")
                .text("unit", "distribution", "source", "note");
        for (Assumption a : byName.values()) {
            table.row(
                    a.name(),
                    a.low(),
                    a.base(),
                    a.high(),
                    a.unit(),
                    a.distribution().label(),
                    a.source(),
                    a.note());
        }
        return table.build();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Assumptions (" + byName.size() + ")");
        byName.values().forEach(a -> text.append("\n  ").append(a));
        return text.toString();
    }
}
