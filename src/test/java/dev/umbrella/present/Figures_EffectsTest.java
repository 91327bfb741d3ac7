package dev.umbrella.present;

import static dev.umbrella.present.Figures_TimelineTest.names;
import static dev.umbrella.present.Figures_TimelineTest.script;
import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.Synthetic;
import dev.umbrella.Synthetic.Scenario;
import dev.umbrella.estimate.Estimates;
import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Figure;

class Figures_EffectsTest {
    private static final Estimates ENG = Estimates.of(Synthetic.inputs(Scenario.planted(3)), Synthetic.ENGINEER);
    private static final Estimates UNFUNDED =
            Estimates.of(Synthetic.inputs(Scenario.planted(3).withoutFundedPeriod()), Synthetic.ENGINEER);

    @Test
    void beforeAfterShowsEachPeriodWithItsIntervalAndTheChangeInTheTitle() {
        var effect = ENG.effect("security_commits");
        Figure figure = Figures.beforeAfter(effect);
        var change = effect.change();
        assertThat(figure.getLayout().getTitle())
                .isEqualTo("Eng: security commits per month by period, change +" + Readable.number(change.value()) + " "
                        + Readable.interval(
                                change.interval().lower(), change.interval().upper()));
        var volunteer = effect.rates().get(0);
        assertThat(names(figure))
                .contains(
                        "volunteer: 95% interval "
                                + Readable.interval(
                                        volunteer.interval().lower(),
                                        volunteer.interval().upper()),
                        "volunteer: " + Readable.number(volunteer.value()) + " per month (" + volunteer.months()
                                + " months)");
        // the planted +3 per month shows as a funded rate well above the volunteer one
        assertThat(effect.rates().get(1).value() - volunteer.value()).isBetween(2.0, 4.0);
    }

    @Test
    void beforeAfterWithoutAFundedPeriodSaysInsufficientDataWithTheReason() {
        Figure figure = Figures.beforeAfter(UNFUNDED.effect("commits"));
        assertThat(figure.getLayout().getTitle()).isEqualTo("Eng: commits per month by period: insufficient data");
        assertThat(script(figure)).contains("periods.csv has no funded period for eng");
    }

    @Test
    void itsDrawsObservedFittedAndCounterfactualWithTheLevelChangeInTheTitle() {
        var fit = ENG.its("security_commits");
        Figure figure = Figures.its(fit);
        assertThat(names(figure))
                .containsExactly(
                        "transition, left out",
                        "observed",
                        "fitted, volunteer",
                        "fitted, funded",
                        "volunteer trend continued (counterfactual)");
        assertThat(figure.getLayout().getTitle())
                .contains("level change at funded start +"
                        + Readable.number(fit.levelChange().value()) + " "
                        + Readable.interval(
                                fit.levelChange().interval().lower(),
                                fit.levelChange().interval().upper()));
        assertThat(script(figure)).contains("dash\" : \"dash\"");
    }

    @Test
    void didComparesTheEngineerWithTheGroupMean() {
        var did = ENG.did("security_commits");
        Figure figure = Figures.did(did);
        assertThat(names(figure))
                .contains(
                        "Eng",
                        "comparison group mean (" + did.cohort().members().size() + " contributors)");
        assertThat(figure.getLayout().getTitle())
                .startsWith("Eng vs " + did.cohort().members().size() + " comparison contributors: DiD +"
                        + Readable.number(did.did().value()));
    }

    @Test
    void placeboMarksTheEngineerAmongThePlaceboStatistics() {
        var placebo = ENG.placebo("security_commits");
        Figure figure = Figures.placebo(placebo);
        assertThat(figure.getLayout().getTitle())
                .isEqualTo("Eng: rank " + placebo.inSpace().rank() + " of "
                        + (placebo.inSpace().units().size() + 1) + " in space, rank "
                        + placebo.inTime().rank() + " of "
                        + (placebo.inTime().units().size() + 1) + " in time");
        assertThat(names(figure))
                .containsExactly(
                        "in space: placebos",
                        "in time: placebos",
                        "Eng: " + Readable.number(Math.abs(placebo.actual())));
        // with a planted effect of 3 per month the engineer is the most extreme unit in space
        assertThat(placebo.inSpace().rank()).isEqualTo(1);
    }
}
