package dev.umbrella.present;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class Tables_RoundedTest {
    @Test
    void rowsWithAUnitAreWrittenInThatUnit() {
        Table roi = Table.create("mike ROI",
                StringColumn.create("measure", "months evaluated", "PV costs", "NPV", "ROI", "benefit-cost ratio"),
                DoubleColumn.create("value", 24, 334_782.694, 2_407_146.803, 7.19, 8.19),
                StringColumn.create("unit", "months", "USD", "USD", "ratio", "ratio"));
        Table shown = Tables.rounded(roi, 3);
        assertThat(shown.stringColumn("value").asList()).containsExactly("24", "$335k", "$2.41M", "719%", "8.2");
        assertThat(roi.doubleColumn("value").get(1)).as("the source table keeps full precision").isEqualTo(334_782.694);
    }

    @Test
    void monteCarloMeasuresByName() {
        Table sim = Table.create("sim", StringColumn.create("measure", "roi", "bcr", "npv"),
                DoubleColumn.create("median", 5.919, 6.919, 40_621_000.5));
        assertThat(Tables.rounded(sim, 3).stringColumn("median").asList()).containsExactly("592%", "6.9", "$40.6M");
    }

    @Test
    void columnsNamedForMoneyOrRoi() {
        Table t = Table.create("t", DoubleColumn.create("pv_costs_usd", 334_782.694), DoubleColumn.create("roi_median", -0.836),
                DoubleColumn.create("rate", 0.074123));
        Table shown = Tables.rounded(t, 3);
        assertThat(shown.column("pv_costs_usd").getString(0)).isEqualTo("$335k");
        assertThat(shown.column("roi_median").getString(0)).isEqualTo("−84%");
        assertThat(shown.column("rate").getString(0)).isEqualTo("0.074");
    }
}
