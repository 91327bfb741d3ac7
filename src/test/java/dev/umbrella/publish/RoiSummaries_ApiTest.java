package dev.umbrella.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.Synthetic;
import dev.umbrella.datasets.Env;
import dev.umbrella.model.Inputs;
import dev.umbrella.present.Readable;
import dev.umbrella.roi.RoiSummaryTable;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
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
        try (InputStream in = RoiSummaries_ApiTest.class.getResourceAsStream("/dev/umbrella/datasets/curated/assumptions.csv")) {
            ColumnType s = ColumnType.STRING;
            ColumnType d = ColumnType.DOUBLE;
            assumptions = Table.read().usingOptions(CsvReadOptions.builder(in).tableName("assumptions")
                    .columnTypes(new ColumnType[] {s, d, d, d, s, s, s, s}));
        }
        return Inputs.of(Synthetic.people(), Synthetic.periods(true),
                Synthetic.funding(120_000, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)),
                Synthetic.commits(Synthetic.Scenario.planted(2)), Synthetic.emptyReportedMetrics(), assumptions);
    }

    @Test
    void rowsAreTheAnalysisSummaryFormatted() throws IOException {
        Inputs inputs = inputs();
        RoiSummary summary = RoiSummaries.of(inputs, Map.of(), 2_000);
        Table api = RoiSummaryTable.of(inputs, Env.DEFAULT_SEED, 2_000);

        assertThat(summary.rows()).hasSize(1);
        List<String> row = summary.rows().get(0);
        assertThat(api.doubleColumn("roi").get(0)).as("the planted engineer has a benefit").isNotNaN();
        assertThat(row).containsExactly("Eng Ineer",
                Readable.roi(api.doubleColumn("roi").get(0)),
                Readable.roi(api.doubleColumn("mc_median_roi").get(0)),
                Readable.roiInterval(api.doubleColumn("mc_roi_lower").get(0), api.doubleColumn("mc_roi_upper").get(0)),
                Readable.probability(api.doubleColumn("p_roi_positive").get(0), 2_000),
                Readable.dollars(api.doubleColumn("npv").get(0)),
                Readable.number(api.doubleColumn("bcr").get(0)),
                api.stringColumn("left_out").get(0).isEmpty() ? "" : row.get(7));
        assertThat(RoiSummaries.of(inputs, Map.of(), 2_000)).as("same inputs, same table").isEqualTo(summary);
        assertThat(summary.toText()).contains("ROI summary").contains("ROI > 0 in").contains("$").contains("seed " + Env.DEFAULT_SEED);
    }

    @Test
    void seedOverrideReachesTheMonteCarloOtherOverridesAreNamedAsNotApplied() throws IOException {
        Inputs inputs = inputs();
        RoiSummary seeded = RoiSummaries.of(inputs, Map.of("seed", "7", "loss_per_incident", "2e6"), 2_000);
        Table api = RoiSummaryTable.of(inputs, 7, 2_000);

        assertThat(seeded.rows().get(0).get(2)).isEqualTo(Readable.roi(api.doubleColumn("mc_median_roi").get(0)));
        assertThat(seeded.note()).contains("seed 7").contains("[loss_per_incident] apply to the executed notebooks, not to this table");
    }
}
