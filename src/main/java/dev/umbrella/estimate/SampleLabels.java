package dev.umbrella.estimate;

import dev.umbrella.estimate.RuleValidation.Unit;
import dev.umbrella.model.Inputs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * The blind labels ({@code security_labels.csv}) joined to the sample they label: {@link LabelSample} redrawn with
 * its seed gives each labelled commit its design stratum and weight, {@code commits.csv} its current flag. The
 * join fails unless the labelled commits are exactly the drawn ones, because otherwise the weights would not
 * describe the labels.
 *
 * @param units the labelled commits in the sample's order
 * @param notes what the sample covers (cells of the population with no drawn commit)
 */
record SampleLabels(List<Unit> units, List<String> notes) {

    static SampleLabels join(Inputs inputs) {
        LabelSample sample = LabelSample.draw(inputs, LabelSample.SEED);
        Table labels = inputs.securityLabelsTable();
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < labels.rowCount(); i++) {
            row.put(
                    labels.stringColumn("repo").get(i) + "@"
                            + labels.stringColumn("sha").get(i),
                    i);
        }
        Map<String, Boolean> current = currentFlags(inputs, row.keySet());
        Map<String, Integer> drawnPerCell = new HashMap<>();
        sample.units().forEach(u -> drawnPerCell.merge(u.cell(), 1, Integer::sum));
        List<Unit> units = new ArrayList<>();
        TreeSet<String> unlabelled = new TreeSet<>();
        for (LabelSample.Unit u : sample.units()) {
            String key = u.repo() + "@" + u.sha();
            Integer i = row.remove(key);
            if (i == null) {
                unlabelled.add(key);
                continue;
            }
            boolean certain =
                    drawnPerCell.get(u.cell()).equals(sample.population().get(u.cell()));
            units.add(new Unit(
                    labels.intColumn("item").getInt(i),
                    u.repo(),
                    u.sha(),
                    u.group(),
                    u.period(),
                    u.flagged() + "|" + u.group() + "|" + u.period(),
                    u.weight(),
                    certain,
                    labels.stringColumn("label").get(i),
                    labels.stringColumn("reason").get(i),
                    u.flagged(),
                    current.get(key)));
        }
        if (!unlabelled.isEmpty() || !row.isEmpty()) {
            throw new IllegalStateException("security_labels.csv and the redrawn sample (LabelSample seed "
                    + LabelSample.SEED + ") differ: " + unlabelled.size() + " drawn commits have no label (e.g. "
                    + unlabelled.stream().limit(3).toList() + "), " + row.size()
                    + " labels name commits not drawn (e.g. "
                    + new TreeSet<>(row.keySet()).stream().limit(3).toList() + "); the weights would not describe the "
                    + "labels. Was the sample's flag column (security_v1) or the population changed?");
        }
        return new SampleLabels(units, coverageNotes(sample, drawnPerCell));
    }

    private static Map<String, Boolean> currentFlags(Inputs inputs, Set<String> keys) {
        Table commits = inputs.commitsTable();
        Map<String, Boolean> flags = new HashMap<>();
        for (int i = 0; i < commits.rowCount(); i++) {
            String key = commits.stringColumn("repo").get(i) + "@"
                    + commits.stringColumn("sha").get(i);
            if (keys.contains(key)) {
                flags.put(key, commits.booleanColumn("security").get(i));
            }
        }
        return flags;
    }

    private static List<String> coverageNotes(LabelSample sample, Map<String, Integer> drawnPerCell) {
        int cells = 0;
        int commits = 0;
        int total = 0;
        for (Map.Entry<String, Integer> e : sample.population().entrySet()) {
            total += e.getValue();
            if (!drawnPerCell.containsKey(e.getKey())) {
                cells++;
                commits += e.getValue();
            }
        }
        List<String> notes = new ArrayList<>();
        if (cells > 0) {
            notes.add(String.format(
                    Locale.ROOT,
                    "%d of %d authored commits (%.1f%%) are in %d repository cells where "
                            + "the allocation drew no commit; no label speaks for them, so the rates describe the other "
                            + "cells",
                    commits,
                    total,
                    100.0 * commits / total,
                    cells));
        }
        return notes;
    }
}
