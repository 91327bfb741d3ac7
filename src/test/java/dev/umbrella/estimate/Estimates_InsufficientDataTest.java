package dev.umbrella.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.umbrella.Synthetic;
import dev.umbrella.Synthetic.Scenario;
import dev.umbrella.model.FundedStart;
import dev.umbrella.model.Inputs;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Estimates_InsufficientDataTest {

    @Test
    void noFundedPeriodMakesEveryEstimateInsufficientWithTheReason() {
        Estimates estimates =
                Estimates.of(Synthetic.inputs(Scenario.planted(10).withoutFundedPeriod()), Synthetic.ENGINEER);

        assertThat(estimates.effect("commits").insufficient()).contains("no funded period");
        assertThat(estimates.its("commits").levelChange().isSufficient()).isFalse();
        assertThat(estimates.did("commits").did().insufficient()).contains("no funded period");
        assertThat(estimates.placebo("commits").inSpace().insufficient()).contains("no funded period");
        assertThat(estimates.start().toString()).contains("insufficient data");
        assertThatThrownBy(() -> estimates.effect("commits").change().value())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("insufficient data");
    }

    @Test
    void tooFewPreMonthsIsInsufficient() {
        Inputs inputs = Inputs.of(
                Synthetic.people(),
                new Synthetic.Periods()
                        .add(
                                Synthetic.ENGINEER,
                                "volunteer",
                                LocalDate.of(2022, 9, 1),
                                LocalDate.of(2022, 12, 31),
                                "stated")
                        .add(Synthetic.ENGINEER, "funded", Synthetic.START, null, "stated")
                        .table(),
                Synthetic.emptyFunding(),
                Synthetic.commits(Scenario.planted(10)),
                Synthetic.emptyReportedMetrics(),
                Synthetic.assumptions());

        PeriodEffect effect = Estimates.of(inputs, Synthetic.ENGINEER).effect("commits");

        // Volunteer 2022-09..2022-12, transition 2022-12..2023-01: three pre months, six needed.
        assertThat(effect.isSufficient()).isFalse();
        assertThat(effect.insufficient())
                .isEqualTo("only 3 volunteer months before the transition in the data (need 6)");
        assertThat(effect.toTable().stringColumn("note").get(0)).startsWith("insufficient data: only 3");
    }

    @Test
    void emptyComparisonGroupIsInsufficientForDidAndPlaceboInSpace() {
        Estimates estimates =
                Estimates.of(Synthetic.inputs(Scenario.planted(10).withComparisonUnits(0)), Synthetic.ENGINEER);

        DidResult did = estimates.did("commits");
        PlaceboResult placebo = estimates.placebo("commits");

        assertThat(did.did().insufficient()).startsWith("empty comparison group");
        assertThat(placebo.inSpace().insufficient()).startsWith("empty comparison group");
        // In time still works, on the engineer's own before/after difference.
        assertThat(placebo.inTime().isSufficient()).isTrue();
        assertThat(placebo.statistic()).contains("before/after");
    }

    @Test
    void derivedStartDateIsNotAnExactStart() {
        Inputs inputs = Inputs.of(
                Synthetic.people(),
                new Synthetic.Periods()
                        .add(
                                Synthetic.ENGINEER,
                                "volunteer",
                                LocalDate.of(2019, 1, 1),
                                LocalDate.of(2022, 12, 31),
                                "derived")
                        .add(Synthetic.ENGINEER, "funded", Synthetic.START, null, "derived")
                        .table(),
                Synthetic.emptyFunding(),
                Synthetic.commits(Scenario.planted(10)),
                Synthetic.emptyReportedMetrics(),
                Synthetic.assumptions());
        Estimates estimates = Estimates.of(inputs, Synthetic.ENGINEER);

        FundedStart start = estimates.start();

        assertThat(start.isStated()).isFalse();
        assertThatThrownBy(start::month)
                .hasMessageContaining("insufficient data")
                .hasMessageContaining("2023-01-01");
        // Estimates still run, with the caveat in their notes; an assumed start replaces it visibly.
        assertThat(estimates.effect("commits").notes()).anyMatch(n -> n.contains("derived"));
        assertThat(estimates.assumeStart("2023-02-01").timeline().startSource()).startsWith("assumed by the analyst");
    }
}
