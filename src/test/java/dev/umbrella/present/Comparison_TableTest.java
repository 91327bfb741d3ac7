package dev.umbrella.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.umbrella.Synthetic;
import dev.umbrella.model.Inputs;
import dev.umbrella.roi.Fixtures;
import dev.umbrella.roi.Method;
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
        assertThat(row.stringColumn("ROI, expected loss avoided: median [95%]").get(0))
                .isEqualTo(c.roi(Method.EXPECTED_LOSS));
        assertThat(c.roi(Method.EXPECTED_LOSS))
                .isEqualTo(Readable.roi(c.simulation().median(Method.EXPECTED_LOSS, "roi")) + " "
                        + Readable.roiInterval(
                                c.simulation()
                                        .interval(Method.EXPECTED_LOSS, "roi")
                                        .lower(),
                                c.simulation()
                                        .interval(Method.EXPECTED_LOSS, "roi")
                                        .upper()));
        assertThat(row.stringColumn("ROI, market price: median [95%]").get(0)).isEqualTo("not estimated");
        assertThat(c.positive(Method.EXPECTED_LOSS))
                .isEqualTo(Readable.probability(c.simulation().probabilityPositive(Method.EXPECTED_LOSS), 5_000))
                .matches("\\d+(\\.\\d)?%|[<>] .*%|.* draws");
        assertThat(c.summary())
                .startsWith("Eng Ineer (funded from 2023-01 by Funder): security commits per month ")
                .contains(c.rates())
                .contains("(5,000 draws, seed 7)")
                .contains("ROI > 0 in " + c.positive(Method.EXPECTED_LOSS))
                .contains("By market price, not estimated")
                .doesNotContain(" USD");
        assertThat(comparison
                        .details()
                        .doubleColumn("expected_loss_p_roi_positive")
                        .get(0))
                .isEqualTo(c.simulation().probabilityPositive(Method.EXPECTED_LOSS), within(0.0005));
        assertThat(comparison
                        .details()
                        .doubleColumn("expected_loss_p_roi_positive")
                        .getString(0))
                .isEqualTo(c.positive(Method.EXPECTED_LOSS));
        assertThat(comparison.ranges())
                .contains("by market price, no case is estimated")
                .contains("by expected loss avoided, 1 of 1 cases estimated");
    }

    @Test
    void nanOverridesKeepTheAssumptionsAndNumbersReplaceThem() {
        var kept = Comparison.of(INPUTS, 7, 2, 2_000, Map.of("loss_per_incident", Double.NaN))
                .cases()
                .get(0);
        var base = Comparison.of(INPUTS, 7, 2, 2_000, Map.of()).cases().get(0);
        assertThat(kept.base().roi(Method.EXPECTED_LOSS)).isEqualTo(base.base().roi(Method.EXPECTED_LOSS));
        var doubled = Comparison.of(INPUTS, 7, 2, 2_000, Map.of("loss_per_incident", 2_000_000))
                .cases()
                .get(0);
        assertThat(doubled.base().pvBenefit(Method.EXPECTED_LOSS))
                .isCloseTo(2 * base.base().pvBenefit(Method.EXPECTED_LOSS), within(1e-6));
    }

    @Test
    void unknownOverrideNamesFailEvenWhenUnset() {
        assertThatThrownBy(() -> Comparison.of(INPUTS, 7, 2, 1_000, Map.of("loss_per_incidnet", Double.NaN)))
                .hasMessageContaining("unknown assumption 'loss_per_incidnet'")
                .hasMessageContaining("loss_per_incident");
    }

    @Test
    void headlineFigureGivesEveryEngineerAndMethodARow() {
        Comparison comparison = Comparison.of(INPUTS, 7, 2, 2_000, Map.of());
        var figure = Figures.headline(comparison);
        assertThat(Figures_TimelineTest.script(figure))
                .contains("\"Eng · expected loss avoided · ROI > 0 in "
                        + comparison.cases().get(0).positive(Method.EXPECTED_LOSS) + "\"")
                .contains("\"Eng · market price: not estimated\"");
        assertThat(Figures_TimelineTest.names(Figures.effects(comparison)))
                .containsExactly("95% interval", "funded − volunteer", "no change");
        assertThat(Synthetic.ENGINEER).isEqualTo(comparison.cases().get(0).engineerId());
    }
}
