package dev.umbrella.present;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.Synthetic;
import dev.umbrella.Synthetic.Scenario;
import dev.umbrella.estimate.Estimates;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.Trace;

class Figures_TimelineTest {
    private static final Estimates ENG = Estimates.of(Synthetic.inputs(Scenario.planted(3)), Synthetic.ENGINEER);

    static String[] names(Figure figure) {
        return Arrays.stream(figure.getTraces()).map(Trace::name).toArray(String[]::new);
    }

    static String script(Figure figure) {
        return FigureView.figureScript(figure, "target");
    }

    @Test
    void timelineShadesEveryPeriodNamesItsFunderAndShowsMonthlyCommits() {
        Figure figure = Figures.timeline(ENG);
        assertThat(figure.getLayout().getTitle()).isEqualTo("Eng: volunteer from 2019-01, funded from 2023-01");
        assertThat(names(figure))
                .containsSubsequence(
                        "volunteer",
                        "funded: Funder",
                        "authored commits",
                        "security commits",
                        "end of commit data (2024-12)");
        String js = script(figure);
        // the funded band starts on the funded day, in the funder's colour; the legend names it (no clipped in-plot
        // text)
        assertThat(js)
                .contains("\"2023-01-01\"")
                .contains(Palette.translucent(Palette.BLUE, 0.18))
                .contains("fill: 'toself'")
                .contains("barmode: 'overlay'")
                .doesNotContain("mode: 'text'");
        // one bar per month from 2019-01 to the data end
        assertThat(js)
                .contains("x: [\"2019-01-01\",\"2019-02-01\"")
                .contains("\"2024-11-01\",\"2024-12-01\"],")
                .doesNotContain("\"2024-12-01\",\"2025-01-01\"");
    }

    @Test
    void distinctFundersHaveDistinctColoursTheSameInEveryFigure() {
        var inputs = dev.umbrella.model.Inputs.shared();
        String aws = Palette.funder(inputs, "AWS");
        String alphaOmega = Palette.funder(inputs, "Alpha-Omega");
        assertThat(aws).isNotEqualTo(alphaOmega);
        String mike = script(Figures.timeline(Estimates.of(inputs, "mike")));
        String samuel = script(Figures.timeline(Estimates.of(inputs, "samuel")));
        for (String js : new String[] {mike, samuel}) {
            assertThat(js).contains(Palette.translucent(aws, 0.18)).contains(Palette.translucent(alphaOmega, 0.18));
        }
    }

    @Test
    void activityColoursTheMonthsByTheirRoleInTheEstimate() {
        Figure figure = Figures.activity(ENG, "security_commits");
        assertThat(names(figure))
                .containsExactly(
                        "volunteer window (2019-12..2022-11)",
                        "transition, left out (2022-12..2023-01)",
                        "funded window (2023-02..2024-12)",
                        "funded start 2023-01-01");
        assertThat(figure.getLayout().getTitle()).isEqualTo("Eng: security commits per month, 2019-12 to 2024-12");
        assertThat(script(figure))
                .contains("color: '" + Palette.ORANGE + "'")
                .contains("color: '" + Palette.BLUE + "'")
                .contains("dash\" : \"dash\"");
    }

    @Test
    void activityWithoutAFundedPeriodSaysInsufficientData() {
        var unfunded = Estimates.of(Synthetic.inputs(Scenario.planted(3).withoutFundedPeriod()), Synthetic.ENGINEER);
        Figure figure = Figures.activity(unfunded, "commits");
        assertThat(figure.getLayout().getTitle()).endsWith(": insufficient data");
        assertThat(script(figure)).contains("insufficient data: periods.csv has no funded period for eng");
    }

    @Test
    void sameInputsGiveByteIdenticalFiguresAndIds() {
        String first = FigureView.of(Figures.timeline(ENG)).html();
        String second = FigureView.of(
                        Figures.timeline(Estimates.of(Synthetic.inputs(Scenario.planted(3)), Synthetic.ENGINEER)))
                .html();
        assertThat(second).isEqualTo(first);
        assertThat(first).doesNotContain("\r").doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
    }
}
