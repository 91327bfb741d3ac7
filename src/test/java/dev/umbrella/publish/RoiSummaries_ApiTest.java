package dev.umbrella.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.Synthetic;
import dev.umbrella.env.Env;
import dev.umbrella.model.Inputs;
import dev.umbrella.present.Readable;
import dev.umbrella.roi.Headline;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** The closing table shows exactly what the analysis API's summary computes, per engineer. */
class RoiSummaries_ApiTest {

    /** A synthetic engineer "eng" (planted +2 security commits a month when funded) under the project's curated assumptions. */
    private static Inputs inputs() throws IOException {
        Table assumptions;
        try (InputStream in =
                RoiSummaries_ApiTest.class.getResourceAsStream("/dev/umbrella/datasets/curated/assumptions.csv")) {
            ColumnType s = ColumnType.STRING;
            ColumnType d = ColumnType.DOUBLE;
            assumptions = Table.read()
                    .usingOptions(CsvReadOptions.builder(in)
                            .tableName("assumptions")
                            .columnTypes(new ColumnType[] {s, d, d, d, s, s, s, s}));
        }
        return Inputs.of(
                Synthetic.people(),
                Synthetic.periods(true),
                Synthetic.funding(120_000, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)),
                Synthetic.commits(Synthetic.Scenario.planted(2)),
                Synthetic.emptyReportedMetrics(),
                assumptions);
    }

    @Test
    void rowsAreTheHeadlineFormattedAndTheCsvHasMachinePrecision() throws IOException {
        Inputs inputs = inputs();
        RoiSummary summary = RoiSummaries.of(inputs, Map.of(), 2_000);
        Table api = Headline.of(inputs, Env.DEFAULT_SEED, 2_000, Map.of());

        // One row per engineer and method; without outcome data, neither method is estimated, and it says so.
        assertThat(summary.rows()).hasSize(2);
        assertThat(summary.rows().get(0))
                .containsExactly(
                        "Eng Ineer",
                        "market price",
                        "24",
                        "not estimated (see below)",
                        "",
                        "",
                        Readable.number(
                                api.doubleColumn("cost_efficiency_median").get(0)));
        assertThat(summary.note()).contains("Eng Ineer, market price: not estimated: no outcome-based benefit");
        assertThat(RoiSummaries.of(inputs, Map.of(), 2_000))
                .as("same inputs, same table")
                .isEqualTo(summary);
        assertThat(summary.toText())
                .contains("ROI summary")
                .contains("ROI > 0 in")
                .contains("seed " + Env.DEFAULT_SEED);
        String[] lines = summary.csv().split("\n");
        assertThat(lines[0]).isEqualTo(String.join(",", Headline.COLUMNS));
        assertThat(lines).hasSize(3);
        assertThat(lines[1])
                .startsWith("eng,Eng Ineer,market_price,,24,"
                        + api.doubleColumn("pv_cost").get(0) + ",,,");
    }

    @Test
    void seedOverrideReachesTheMonteCarloOtherOverridesAreNamedAsNotApplied() throws IOException {
        Inputs inputs = inputs();
        RoiSummary seeded = RoiSummaries.of(inputs, Map.of("seed", "7", "loss_per_incident", "2e6"), 2_000);
        Table api = Headline.of(inputs, 7, 2_000, Map.of());

        assertThat(seeded.rows().get(0).get(6))
                .isEqualTo(Readable.number(
                        api.doubleColumn("cost_efficiency_median").get(0)));
        assertThat(seeded.note())
                .contains("seed 7")
                .contains("[loss_per_incident] apply to the executed notebooks, not to this table");
    }
}
