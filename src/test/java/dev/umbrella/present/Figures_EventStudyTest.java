package dev.umbrella.present;

import static dev.umbrella.present.Figures_TimelineTest.names;
import static dev.umbrella.present.Figures_TimelineTest.script;
import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.Synthetic;
import dev.umbrella.Synthetic.Scenario;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.estimate.EventStudyResult;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Figure;

class Figures_EventStudyTest {
    private static final EventStudyResult STUDY = Estimates.of(
                    Synthetic.inputs(Scenario.planted(3)), Synthetic.ENGINEER)
            .eventStudy("security_commits");

    @Test
    void drawsEveryEventTimeWithItsBandTheZeroLineTheStartAndTheTransition() {
        Figure figure = Figures.eventStudy(STUDY);

        assertThat(figure.getLayout().getTitle())
                .isEqualTo(String.format(
                        Locale.ROOT,
                        "Eng, security commits vs comparison: leads jointly zero p = %.2f, pre-trend %s/month",
                        STUDY.jointPValue(),
                        Readable.signed(STUDY.preTrend().value())));
        assertThat(STUDY.jointPValue()).isGreaterThan(0.01);
        assertThat(names(figure))
                .containsExactly(
                        "transition k = -1..0, in neither window",
                        "zero: the volunteer-window mean difference",
                        "funded start, k = 0 (2023-01)",
                        "volunteer window (k = -37..-2): 95% bands",
                        "volunteer window (k = -37..-2): coefficient, 95% band",
                        "transition (k = -1..0): 95% bands",
                        "transition (k = -1..0): coefficient, 95% band",
                        "funded window (k = 1..23): 95% bands",
                        "funded window (k = 1..23): coefficient, 95% band",
                        "volunteer-window trend "
                                + EffectFigures.signed(STUDY.preTrend().value()) + " per month "
                                + STUDY.preTrend().interval());
        String js = script(figure);
        // k is numeric from the first lead to the last lag; the colours are the periods' colours
        assertThat(js)
                .contains("x: [\"-37.0\",\"-37.0\",\"null\",")
                .contains("\"23.0\",\"23.0\",\"null\"]")
                .contains("fill: 'toself'")
                .contains(Palette.ORANGE)
                .contains(Palette.BLUE)
                .contains("dash\" : \"dash\"");
    }

    @Test
    void monthsWithPartialCoverageGetTheirOwnMarker() {
        EventStudyResult study = Estimates.of(
                        Synthetic.withStaleRepository(Scenario.planted(3), "org/db", java.time.YearMonth.of(2023, 9)),
                        Synthetic.ENGINEER)
                .eventStudy("security_commits");
        Figure figure = Figures.eventStudy(study);

        assertThat(names(figure))
                .contains(
                        "funded window (k = 1..23): coefficient, 95% band",
                        "funded window, partial coverage (a repository at its window mean)");
        assertThat(script(figure)).contains("symbol: 'diamond'");
    }

    @Test
    void insufficientDataSaysSoWithTheReason() {
        EventStudyResult none = Estimates.of(
                        Synthetic.inputs(Scenario.planted(3).withComparisonUnits(0)), Synthetic.ENGINEER)
                .eventStudy("security_commits");
        Figure figure = Figures.eventStudy(none);

        assertThat(figure.getLayout().getTitle()).isEqualTo("Eng: event study of security commits: insufficient data");
        assertThat(script(figure)).contains("insufficient data: empty comparison group");
    }

    @Test
    void sameInputsGiveByteIdenticalFigures() {
        String first = FigureView.of(Figures.eventStudy(STUDY)).html();
        String second = FigureView.of(
                        Figures.eventStudy(Estimates.of(Synthetic.inputs(Scenario.planted(3)), Synthetic.ENGINEER)
                                .eventStudy("security_commits")))
                .html();
        assertThat(second).isEqualTo(first);
    }
}
