package dev.umbrella.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.umbrella.Synthetic;
import org.junit.jupiter.api.Test;

class Tornado_BreakEvenTest {

    private final Roi roi = Roi.of(Fixtures.handWorked(), Synthetic.ENGINEER)
            .with("security_commits_change", 2)
            .with("malware_reports_per_year", 100);

    @Test
    void rowsAreSortedBySwingAndEachEndIsAOneWayChange() {
        Tornado tornado = roi.tornado();

        // The harm probability spans two orders of magnitude (0.00001 .. 0.001): the largest swing.
        assertThat(tornado.rows().get(0).parameter()).isEqualTo("harm_probability_per_install");
        for (int i = 1; i < tornado.rows().size(); i++) {
            assertThat(tornado.rows().get(i).swing()).isLessThanOrEqualTo(tornado.rows().get(i - 1).swing());
        }
        Tornado.Row top = tornado.rows().get(0);
        RoiResult atHigh = roi.with("harm_probability_per_install", 0.001).evaluate();
        assertThat(top.roiAtHigh()).isCloseTo(atHigh.roi(), offset(1e-12));
        assertThat(tornado.baseRoi()).isCloseTo(1.134868, offset(1e-6));
        // Fixed parameters without a range have no bar.
        assertThat(tornado.rows()).noneMatch(r -> r.parameter().equals("paid_hours_per_year"));
    }

    /**
     * By hand: PV costs 263,801.653; the replacement benefit's PV is 4,500 × (1/1.1 + 1/1.21) = 7,809.917; the
     * loss-avoided PV is linear in the harm probability h: 320,000 × 1.7355372 × h / 0.0001. NPV = 0 at
     * h = 0.0001 × (263,801.653 − 7,809.917) / 555,371.901 = 0.0000460938.
     */
    @Test
    void breakEvenOfTheTopParameterIsWhereNpvIsZero() {
        BreakEven breakEven = roi.breakEven();

        assertThat(breakEven.parameter()).isEqualTo("harm_probability_per_install");
        assertThat(breakEven.value()).isCloseTo(0.0000460938, offset(1e-10));
        assertThat(roi.with("harm_probability_per_install", breakEven.value()).evaluate().npv())
                .isCloseTo(0, offset(1e-3));
    }

    @Test
    void breakEvenTableHasOneRowPerTornadoBar() {
        tech.tablesaw.api.Table table = roi.breakEvens();

        assertThat(table.stringColumn("parameter").asList())
                .containsExactlyElementsOf(roi.tornado().rows().stream().map(Tornado.Row::parameter).toList());
        assertThat(table.doubleColumn("break_even").get(0)).isCloseTo(0.0000460938, offset(1e-10));
    }

    @Test
    void noBreakEvenIsSaidPlainly() {
        // Attribution of the replacement benefit cannot make NPV zero when loss avoided alone exceeds the costs.
        BreakEven none = roi.breakEven("attribution_share_code");

        assertThat(none.exists()).isFalse();
        assertThat(none.note()).startsWith("NPV stays positive for attribution_share_code from 0");
    }
}
