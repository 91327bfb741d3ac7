package dev.umbrella.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.umbrella.Synthetic;
import dev.umbrella.model.Inputs;
import dev.umbrella.roi.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Comparison_TableTest {
    private static final Inputs INPUTS = Fixtures.handWorked();

    @Test
    void headlineRowQuotesTheCaseNumbers() {
        Comparison comparison = Comparison.of(INPUTS, 7, 2, 5_000, Map.of());
        Case c = comparison.cases().get(0);
        var row = comparison.toTable();
        assertThat(row.rowCount()).isEqualTo(1);
        assertThat(row.stringColumn("engineer").get(0)).isEqualTo("Eng Ineer");
        assertThat(row.stringColumn("funded from").get(0)).isEqualTo("2023-01 (Funder)");
        assertThat(row.stringColumn("ROI > 0 in").get(0))
                .isEqualTo(Readable.probability(c.simulation().probabilityPositive(), 5_000)).matches("\\d+%|.* draws");
        assertThat(row.stringColumn("benefits counted").get(0)).isEqualTo("replacement cost + expected loss avoided");
        assertThat(c.summary()).startsWith("Eng Ineer (funded from 2023-01 by Funder): security commits per month ")
                .contains(c.rates()).contains("(5,000 draws, seed 7)").doesNotContainPattern("\\d\\.\\d+%");
        assertThat(comparison.details().doubleColumn("p_roi_positive").get(0))
                .isEqualTo(c.simulation().probabilityPositive());
    }

    @Test
    void nanOverridesKeepTheAssumptionsAndNumbersReplaceThem() {
        var kept = Comparison.of(INPUTS, 7, 2, 2_000, Map.of("loss_per_incident", Double.NaN)).cases().get(0);
        var base = Comparison.of(INPUTS, 7, 2, 2_000, Map.of()).cases().get(0);
        assertThat(kept.base().roi()).isEqualTo(base.base().roi());
        var doubled = Comparison.of(INPUTS, 7, 2, 2_000, Map.of("loss_per_incident", 2_000_000)).cases().get(0);
        assertThat(doubled.base().pvLossAvoided()).isEqualTo(2 * base.base().pvLossAvoided());
    }

    @Test
    void unknownOverrideNamesFailEvenWhenUnset() {
        assertThatThrownBy(() -> Comparison.of(INPUTS, 7, 2, 1_000, Map.of("loss_per_incidnet", Double.NaN)))
                .hasMessageContaining("unknown assumption 'loss_per_incidnet'").hasMessageContaining("loss_per_incident");
    }

    @Test
    void headlineFigureGivesEveryEngineerARowWithPOfPositiveRoi() {
        Comparison comparison = Comparison.of(INPUTS, 7, 2, 2_000, Map.of());
        var figure = Figures.headline(comparison);
        assertThat(Figures_TimelineTest.script(figure)).contains("\"Eng · ROI > 0 in "
                + comparison.cases().get(0).chancePositive() + "\"");
        assertThat(Figures_TimelineTest.names(Figures.effects(comparison))).containsExactly("95% interval",
                "funded − volunteer", "no change");
        assertThat(Synthetic.ENGINEER).isEqualTo(comparison.cases().get(0).engineerId());
    }
}
