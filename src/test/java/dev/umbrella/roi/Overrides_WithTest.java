package dev.umbrella.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class Overrides_WithTest {

    @Test
    void fixesNamedAssumptionsAndNaNUnfixesThem() {
        Overrides none = Overrides.none();
        Overrides two = none.with("loss_per_incident", 2e6).with("discount_rate", 0.07);

        assertThat(none).isEmpty();
        assertThat(two).containsExactly(Map.entry("discount_rate", 0.07), Map.entry("loss_per_incident", 2e6));
        assertThat(two.with("loss_per_incident", Double.NaN)).containsExactly(Map.entry("discount_rate", 0.07));
    }

    @Test
    void anUnknownNameFailsListingTheValidOnes() {
        assertThatThrownBy(() -> Overrides.none().with("loss_per_incidnet", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown assumption 'loss_per_incidnet'")
                .hasMessageContaining("loss_per_incident");
    }

    @Test
    void isTheMapThatRoiTakes() {
        Roi base = Roi.of("mike");
        Roi fixed = base.withOverrides(Overrides.none().with("discount_rate", 0.07));

        assertThat(fixed.assumptions().get("discount_rate").base()).isEqualTo(0.07);
        assertThat(base.withOverrides(Overrides.none())
                        .assumptions()
                        .get("discount_rate")
                        .base())
                .isEqualTo(base.assumptions().get("discount_rate").base());
    }
}
