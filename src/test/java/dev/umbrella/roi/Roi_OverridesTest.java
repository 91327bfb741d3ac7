package dev.umbrella.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.umbrella.Synthetic;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Roi_OverridesTest {
    private static final Roi ROI = Roi.of(Fixtures.handWorked(), Synthetic.ENGINEER);
    private static final Method EL = Method.EXPECTED_LOSS;

    @Test
    void nanKeepsTheAssumptionAndANumberFixesIt() {
        Roi roi = ROI.withOverrides(Map.of("loss_per_incident", Double.NaN, "discount_rate", 0.07));

        assertThat(roi.assumptions().get("loss_per_incident").source()).isEqualTo("judgement");
        assertThat(roi.assumptions().get("discount_rate").source()).isEqualTo("override");
        assertThat(roi.assumptions().get("discount_rate").base()).isEqualTo(0.07);
        assertThat(roi.evaluate().roi(EL))
                .isEqualTo(ROI.with("discount_rate", 0.07).evaluate().roi(EL));
    }

    @Test
    void allNanIsTheSameModelAsNoOverride() {
        Roi roi =
                ROI.withOverrides(Map.of("loss_per_incident", Double.NaN, "harm_probability_per_install", Double.NaN));

        assertThat(roi.evaluate().toString()).isEqualTo(ROI.evaluate().toString());
        assertThat(roi.toString()).isEqualTo(ROI.toString());
    }

    @Test
    void unknownNamesFailEvenWhenNan() {
        assertThatThrownBy(() -> ROI.withOverrides(Map.of("loss", Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "unknown assumption 'loss'; valid names: attribution_share_registry, " + "benefits_load,");
    }
}
