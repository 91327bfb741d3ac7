package dev.umbrella.roi;

import dev.umbrella.model.Inputs;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The ROI assumptions a notebook fixes, by name: what its {@code parameters} cell declares as
 * {@code var overrides = Overrides.none();} and what {@code ./umbrella run --param loss_per_incident=2e6} adds to
 * in the injected cell ({@code overrides = overrides.with("loss_per_incident", 2e6);}). An assumption not named
 * keeps its range in {@code assumptions.csv}. It is a map from name to value, so it goes wherever overrides are
 * taken ({@link Roi#withOverrides}, {@code Comparison.of}, {@code Talk.of}); names are checked there, against
 * {@link #names(Inputs)}.
 */
public final class Overrides extends AbstractMap<String, Double> {
    private static final Overrides NONE = new Overrides(new TreeMap<>());

    private final Map<String, Double> values;

    private Overrides(TreeMap<String, Double> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** No assumption fixed: every one keeps its range in {@code assumptions.csv}. */
    public static Overrides none() {
        return NONE;
    }

    /**
     * These overrides with {@code name} fixed at {@code value}; NaN un-fixes it (its range applies again). A name
     * that is no assumption fails here, listing the valid ones, so a mistyped {@code --param} stops the run at its
     * injected cell rather than in the first ROI cell.
     */
    public Overrides with(String name, double value) {
        List<String> valid = names(Inputs.shared());
        if (!valid.contains(name)) {
            throw new IllegalArgumentException(
                    "unknown assumption '" + name + "'; valid names: " + String.join(", ", valid));
        }
        TreeMap<String, Double> changed = new TreeMap<>(values);
        if (Double.isNaN(value)) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return new Overrides(changed);
    }

    /** Every name an override may fix: the rows of {@code assumptions.csv} and the parameters derived from data. */
    public static List<String> names(Inputs inputs) {
        List<String> names =
                new ArrayList<>(Assumptions.fromTable(inputs.assumptionsTable()).names());
        names.addAll(RoiModel.DERIVED_UNITS.keySet());
        names.add(DerivedParameters.EXPOSURE_REMOVED);
        return names.stream().distinct().sorted().toList();
    }

    @Override
    public Set<Entry<String, Double>> entrySet() {
        return values.entrySet();
    }
}
