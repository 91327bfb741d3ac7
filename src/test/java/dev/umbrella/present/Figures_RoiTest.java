package dev.umbrella.present;

import static dev.umbrella.present.Figures_TimelineTest.names;
import static dev.umbrella.present.Figures_TimelineTest.script;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.umbrella.Synthetic;
import dev.umbrella.roi.Fixtures;
import dev.umbrella.roi.Method;
import dev.umbrella.roi.Roi;
import dev.umbrella.roi.Tornado;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Figure;

class Figures_RoiTest {
    private static final Roi ROI =
            Roi.of(Fixtures.handWorked(), Synthetic.ENGINEER).seed(7);
    private static final Method EL = Method.EXPECTED_LOSS;

    @Test
    void distributionSplitsLossesFromGainsAndStatesTheShareInTheTitle() {
        var simulation = ROI.simulate(20_000);
        Figure figure = Figures.roiDistribution(simulation, "expected_loss");
        double p = simulation.probabilityPositive(EL);
        assertThat(p).isBetween(0.01, 0.99); // both sides drawn in this example
        assertThat(figure.getLayout().getTitle())
                .isEqualTo("Eng, expected loss avoided: ROI > 0 in " + Readable.ofDraws(p, 20_000) + ", median ROI "
                        + Readable.roi(simulation.median(EL, "roi")));
        assertThat(figure.getLayout().getTitle())
                .matches(
                        "Eng, expected loss avoided: ROI > 0 in \\d+(\\.\\d)?% of 20,000 draws, median ROI −?[\\d,.]+%");
        assertThat(names(figure))
                .containsExactly(
                        "ROI ≤ 0: " + Readable.probability(1 - p, 20_000),
                        "ROI > 0: " + Readable.probability(p, 20_000),
                        "median ROI " + Readable.roi(simulation.median(EL, "roi")));
        assertThat(script(figure))
                .contains("fill: 'tozeroy'")
                .contains("\"shape\" : \"hv\"")
                .contains(RoiScale.TITLE);
    }

    @Test
    void distributionBinsAddUpToEveryDraw() {
        Figure figure = Figures.roiDistribution(ROI.simulate(5_000), "expected_loss");
        double total = 0;
        for (int trace = 0; trace < 2; trace++) {
            String js = figure.getTraces()[trace].asJavascript(trace);
            String y = js.substring(js.indexOf("y: [") + 4, js.indexOf(']', js.indexOf("y: [")));
            String[] values = y.replace("\"", "").split(",");
            for (int i = 0; i < values.length - 1; i++) { // the last point only closes the step
                total += Double.parseDouble(values[i]);
            }
        }
        assertThat(total).isCloseTo(100.0, within(1e-6));
    }

    @Test
    void distributionOfAMethodWithoutChannelsSaysNotEstimated() {
        Figure figure = Figures.roiDistribution(ROI.simulate(1_000), "market_price");
        assertThat(figure.getLayout().getTitle()).isEqualTo("Eng: ROI by market price: insufficient data");
        assertThat(script(figure)).contains("not estimated: no outcome-based benefit can be valued");
    }

    @Test
    void tornadoPutsTheLargestSwingOnTopAndMarksBaseAndBreakEven() {
        var tornado = ROI.tornado(EL);
        Figure figure = Figures.tornado(tornado);
        String top = tornado.rows().get(0).parameter();
        assertThat(figure.getLayout().getTitle()).isEqualTo("Eng, expected loss avoided: ROI moves most with " + top);
        assertThat(names(figure))
                .containsExactly(
                        "parameter at its low value",
                        "parameter at its high value",
                        "base ROI " + Readable.roi(tornado.baseRoi()),
                        "break-even (ROI = 0)");
        String js = figure.getTraces()[0].asJavascript(0);
        // plotly draws the first category at the bottom, so the largest swing comes last
        assertThat(js.lastIndexOf("\"" + top + " ("))
                .isGreaterThan(js.indexOf("\""
                        + tornado.rows().stream()
                                .filter(r -> r.swing() > 0)
                                .skip(1)
                                .findFirst()
                                .orElseThrow()
                                .parameter()
                        + " ("));
    }

    @Test
    void tornadoMatchesGolden() {
        // a hand-made tornado, so the golden file pins the figure, not the ROI model's numbers
        var tornado = new Tornado(
                "eng",
                EL,
                1.5,
                List.of(
                        new Tornado.Row("loss_per_incident", 1e6, 1e7, -0.2, 20, -1e5, 2e6),
                        new Tornado.Row("discount_rate", 0.02, 0.07, 1.6, 1.3, 3e5, 2.5e5),
                        new Tornado.Row("weeks_per_year", 44, 52, 1.5, 1.5, 2.8e5, 2.8e5)));
        Golden.assertMatches("figures/tornado.js", script(Figures.tornado(tornado)));
    }

    @Test
    void roiScaleIsLinearNearZeroLogarithmicFarOutAndMonotone() {
        assertThat(RoiScale.position(0)).isZero();
        assertThat(RoiScale.position(0.01)).isCloseTo(0.01, within(1e-5));
        assertThat(RoiScale.position(-0.5)).isCloseTo(-RoiScale.position(0.5), within(1e-12));
        assertThat(RoiScale.position(1000) - RoiScale.position(100)).isCloseTo(Math.log(10), within(1e-4));
        double previous = Double.NEGATIVE_INFINITY;
        for (double roi = -1; roi < 1e5; roi = roi < 1 ? roi + 0.01 : roi * 1.1) {
            assertThat(RoiScale.position(roi)).isGreaterThan(previous);
            previous = RoiScale.position(roi);
        }
        String axis = RoiScale.axis(-0.9, 50).asJavascript();
        assertThat(axis)
                .contains("tickmode: 'array'")
                .contains("\"−100%\",\"0\",\"+100%\",\"+1,000%\"")
                .doesNotContain("+10,000%");
    }
}
