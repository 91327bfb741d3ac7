package dev.umbrella.estimate;

import dev.umbrella.model.Formats;
import dev.umbrella.model.Metric;
import dev.umbrella.model.TableBuilder;
import dev.umbrella.model.Tabular;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.Table;

/**
 * Permutation inference for one engineer's effect (Abadie, Diamond and Hainmueller 2010 for the in-space
 * permutation): where the real statistic ranks among placebo statistics computed with fake start dates inside the
 * pre-period (in time) and with each comparison contributor treated as if funded (in space). Rank 1 is the most
 * extreme; the p-value is {@code (1 + #placebos at least as extreme) / (1 + #placebos)}, so with N placebos it cannot
 * go below 1/(N+1).
 *
 * @param statistic what is ranked, e.g. "|DiD / SE|"
 * @param actual the engineer's value of the statistic
 */
public record PlaceboResult(
        String engineerId,
        Metric metric,
        String statistic,
        double actual,
        Test inTime,
        Test inSpace,
        List<String> notes)
        implements Tabular {

    /** One placebo test: the placebo units (fake start months or contributor keys) and their statistics. */
    public record Test(
            String name, List<String> units, double[] statistics, int rank, double pValue, String insufficient) {

        public Test {
            units = List.copyOf(units);
            statistics = statistics.clone();
        }

        static Test insufficient(String name, String reason) {
            return new Test(name, List.of(), new double[0], 0, Double.NaN, reason);
        }

        @Override
        public double[] statistics() {
            return statistics.clone();
        }

        public boolean isSufficient() {
            return insufficient.isEmpty();
        }

        /** Columns: unit, statistic, as_extreme (whether it is at least as extreme as the real one). */
        public Table toTable(double actual) {
            TableBuilder table =
                    TableBuilder.named(name).text("unit").number("statistic").text("as_extreme");
            for (int i = 0; i < units.size(); i++) {
                table.row(units.get(i), statistics[i], Math.abs(statistics[i]) >= Math.abs(actual) ? "yes" : "no");
            }
            return table.build();
        }

        @Override
        public String toString() {
            if (!isSufficient()) {
                return name + ": insufficient data (" + insufficient + ")";
            }
            return String.format(Locale.ROOT, "%s: rank %d of %d, p = %.3f", name, rank, units.size() + 1, pValue);
        }
    }

    public boolean isSufficient() {
        return inTime.isSufficient() || inSpace.isSufficient();
    }

    /** One row per test: placebos, rank, p-value, note. */
    @Override
    public Table toTable() {
        TableBuilder table = TableBuilder.named(engineerId + " " + metric + " placebo tests")
                .text("test")
                .integer("placebos", "rank")
                .number("p_value")
                .text("note");
        for (Test t : List.of(inTime, inSpace)) {
            table.row(
                    t.name(),
                    t.units().size(),
                    t.rank(),
                    t.pValue(),
                    t.isSufficient()
                            ? statistic + " = " + Formats.number(actual)
                            : "insufficient data: " + t.insufficient());
        }
        return table.build();
    }

    @Override
    public String toString() {
        return engineerId + " " + metric + " placebo tests (" + statistic + " = " + Formats.number(actual) + ")\n  "
                + inTime + "\n  " + inSpace + "\n  notes: " + String.join("; ", notes);
    }
}
