package dev.umbrella.present;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class Tables_RoundedTest {
    @Test
    void rowsWithAUnitAreWrittenInThatUnit() {
        Table roi = Table.create(
                "mike ROI",
                StringColumn.create("measure", "months evaluated", "PV costs", "NPV", "ROI", "benefit-cost ratio"),
                DoubleColumn.create("value", 24, 334_782.694, 2_407_146.803, 7.19, 8.19),
                StringColumn.create("unit", "months", "USD", "USD", "ratio", "ratio"));
        Table shown = Tables.rounded(roi, 3);
        assertThat(shown.stringColumn("value").asList()).containsExactly("24", "$335k", "$2.41M", "719%", "8.2");
        assertThat(roi.doubleColumn("value").get(1))
                .as("the source table keeps full precision")
                .isEqualTo(334_782.694);
    }

    @Test
    void monteCarloMeasuresByName() {
        Table sim = Table.create(
                "sim",
                StringColumn.create("measure", "roi", "bcr", "npv"),
                DoubleColumn.create("median", 5.919, 6.919, 40_621_000.5));
        assertThat(Tables.rounded(sim, 3).stringColumn("median").asList()).containsExactly("592%", "6.9", "$40.6M");
    }

    @Test
    void breakEvensInDollarsPerOutputAndIncidentsPerYear() {
        Table be = Table.create(
                "seth break-even",
                StringColumn.create("subject", "advisory", "incidents"),
                DoubleColumn.create("break_even", 11_609.0175, 0.9992531),
                DoubleColumn.create("assumed", 1_220, Double.NaN),
                StringColumn.create("unit", "USD per advisory", "incidents/year"));
        Table shown = Tables.rounded(be, 2);
        assertThat(shown.stringColumn("break_even").asList()).containsExactly("$11.6k", "1");
        assertThat(shown.stringColumn("assumed").asList()).containsExactly("$1.22k", "");
    }

    @Test
    void theShareOfDrawsInAMonteCarloSummaryNamesTheDraws() {
        var simulation = dev.umbrella.roi.Roi.of(
                        dev.umbrella.roi.Fixtures.handWorked(), dev.umbrella.Synthetic.ENGINEER)
                .seed(7)
                .simulate(2_000);
        var method = dev.umbrella.roi.Method.EXPECTED_LOSS;
        Table shown = Tables.rounded(simulation, 3);
        int row = shown.stringColumn("measure").indexOf("P(ROI > 0)");
        assertThat(shown.stringColumn("mean").get(row))
                .isEqualTo(Readable.probability(simulation.probabilityPositive(method), 2_000));
    }

    @Test
    void columnsNamedForMoneyOrRoi() {
        Table t = Table.create(
                "t",
                DoubleColumn.create("pv_costs_usd", 334_782.694),
                DoubleColumn.create("roi_median", -0.836),
                DoubleColumn.create("rate", 0.074123));
        Table shown = Tables.rounded(t, 3);
        assertThat(shown.column("pv_costs_usd").getString(0)).isEqualTo("$335k");
        assertThat(shown.column("roi_median").getString(0)).isEqualTo("−84%");
        assertThat(shown.column("rate").getString(0)).isEqualTo("0.074");
    }
}
