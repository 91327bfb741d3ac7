package dev.umbrella.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.umbrella.Synthetic;
import org.junit.jupiter.api.Test;

class Tornado_BreakEvenTest {

    private static final Method EL = Method.EXPECTED_LOSS;
    private final Roi roi = Roi.of(Fixtures.handWorked(), Synthetic.ENGINEER).with("security_commits_change", 2);

    @Test
    void rowsAreSortedBySwingAndEachEndIsAOneWayChange() {
        Tornado tornado = roi.tornado(EL);

        // The harm probability and installs span two orders of magnitude: the largest swings.
        assertThat(tornado.rows().get(0).parameter())
                .isIn("harm_probability_per_install", "installs_per_exposure_hour");
        for (int i = 1; i < tornado.rows().size(); i++) {
            assertThat(tornado.rows().get(i).swing())
                    .isLessThanOrEqualTo(tornado.rows().get(i - 1).swing());
        }
        Tornado.Row harm = tornado.rows().stream()
                .filter(r -> r.parameter().equals("harm_probability_per_install"))
                .findFirst()
                .orElseThrow();
        assertThat(harm.roiAtHigh())
                .isCloseTo(
                        roi.with("harm_probability_per_install", 0.001)
                                .evaluate()
                                .roi(EL),
                        offset(1e-12));
        assertThat(tornado.baseRoi()).isCloseTo(8.618421, offset(1e-6));
        // Fixed parameters without a range have no bar; the replacement value is not part of ROI.
        assertThat(tornado.rows())
                .noneMatch(r -> r.parameter().equals("paid_hours_per_year")
                        || r.parameter().equals("hours_per_security_commit"));
    }

    @Test
    void aMethodWithoutChannelsHasNoTornado() {
        assertThat(roi.tornado(Method.MARKET_PRICE).isEstimated()).isFalse();
        assertThat(roi.tornado(Method.MARKET_PRICE).rows()).isEmpty();
    }

    /**
     * By hand: PV costs 263,801.653; F = 0.8677686; 731 packages × attribution 0.5 = 365.5 attributed. NPV = 0 when
     * each package averts 263,801.653 / (0.8677686 × 365.5) = 831.74 USD; the model assumes 8 h × 1,000 = 8,000 USD.
     */
    @Test
    void breakEvenIsTheValuePerOutputWhereNpvIsZero() {
        BreakEven breakEven = roi.breakEven(EL);
        BreakEven.Line line = breakEven.lines().get(0);

        assertThat(line.value()).isCloseTo(263_801.653 / (0.8677686 * 365.5), offset(0.01));
        assertThat(line.assumed()).isCloseTo(8_000, offset(1e-9));
        assertThat(line.statement())
                .startsWith("pays for itself if each malicious package removed or quarantined "
                        + "averts at least 830 USD of expected loss");
        double hours = line.value() / 1_000;
        assertThat(roi.with("exposure_hours_removed", hours).evaluate().npv(EL)).isCloseTo(0, offset(1e-6));
    }
}
