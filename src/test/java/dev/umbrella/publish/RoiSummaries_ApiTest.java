package dev.umbrella.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.Synthetic;
import dev.umbrella.model.Formats;
import dev.umbrella.model.Inputs;
import dev.umbrella.roi.Roi;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** The closing table shows exactly what the analysis API computes, per engineer, and says when it cannot. */
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
    void rowsAreWhatTheRoiApiComputes() throws IOException {
        Inputs inputs = inputs();
        RoiSummary summary = RoiSummaries.of(inputs, Map.of(), 2_000);

        assertThat(summary.available()).isTrue();
        assertThat(summary.rows()).hasSize(1);
        List<String> row = summary.rows().get(0);
        assertThat(row.get(0)).isEqualTo(Synthetic.ENGINEER);
        var base = Roi.of(inputs, Synthetic.ENGINEER).evaluate();
        assertThat(base.isSufficient()).as("the planted engineer has a replacement-cost benefit").isTrue();
        var simulation = Roi.of(inputs, Synthetic.ENGINEER).simulate(2_000);
        assertThat(row.get(1)).isEqualTo(Formats.percent(base.roi()));
        assertThat(row.get(2)).isEqualTo(Formats.percent(simulation.median("roi")));
        assertThat(row.get(4)).isEqualTo(String.format(java.util.Locale.ROOT, "%.2f", simulation.probabilityPositive()));
        assertThat(row.get(5)).isEqualTo(Formats.number(base.npv()));
        assertThat(RoiSummaries.of(inputs, Map.of(), 2_000)).as("same inputs, same table").isEqualTo(summary);
        assertThat(summary.toText()).contains("ROI summary").contains("engineer").contains("P(ROI > 0)");
    }

    @Test
    void knownOverridesChangeTheNumbersAndAreNamedOthersAreLeftToTheNotebooks() throws IOException {
        Inputs inputs = inputs();
        RoiSummary changed = RoiSummaries.of(inputs, Map.of("discount_rate", "0.3", "figure_height", "400"), 2_000);
        assertThat(changed.note()).contains("Overrides applied: {discount_rate=0.3}").doesNotContain("figure_height");
        assertThat(changed.rows().get(0).get(5)).isNotEqualTo(RoiSummaries.of(inputs, Map.of(), 2_000).rows().get(0).get(5));
    }
}
