package dev.umbrella.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.Synthetic;
import dev.umbrella.estimate.LabelledPopulation.Rates;
import dev.umbrella.model.Inputs;
import org.junit.jupiter.api.Test;

/** The before/after change corrected for the rule's misclassification, on planted populations. */
class RuleValidation_CorrectedEffectTest {

    @Test
    void aRuleThatMissesMoreBeforeTheFundingInflatesTheChangeAndTheCorrectionRemovesIt() {
        // Volunteer: 1 flagged security commit a month, and 2 of the 8 unflagged ones are security work too (the rule
        // misses them). Funded: 3 flagged, all security work, and no misses. True rate 3 → 3: no change; flagged
        // rate 1 → 3: a change of +2.
        LabelledPopulation population = LabelledPopulation.generate(
                11, new Rates(1, 8, 1, 0.25), new Rates(3, 8, 1, 0), 12, new Rates(0.3, 5, 0.85, 0.04));
        Inputs inputs = population.labelled();
        CorrectedEffects.Row row = RuleValidation.of(inputs)
                .correctedEffects(Estimates.of(inputs, Synthetic.ENGINEER).seed(3))
                .row(Synthetic.ENGINEER);

        assertThat(row.isSufficient()).as(row.insufficient()).isTrue();
        assertThat(row.change().interval().contains(2))
                .as(row.change().toString())
                .isTrue();
        assertThat(row.change().interval().contains(0))
                .as(row.change().toString())
                .isFalse();
        assertThat(row.correctedInterval().contains(0))
                .as("corrected " + row.correctedInterval())
                .isTrue();
        assertThat(row.correctedInterval().contains(2))
                .as("corrected " + row.correctedInterval())
                .isFalse();
        assertThat(row.falseOmissionVolunteer()).isBetween(0.05, 0.45); // planted 0.25; 45 labelled: sd 0.065
        assertThat(row.falseOmissionFunded()).isZero();
        assertThat(row.precisionFunded()).isEqualTo(1.0);
    }

    @Test
    void aPerfectRuleLeavesTheEffectAndItsIntervalAsTheyAre() {
        // Every flagged commit is security work and no unflagged one is: precision 1, false-omission rate 0. The
        // count replicates are effect()'s own (same seeds), so the corrected interval is the observed one.
        LabelledPopulation population = LabelledPopulation.generate(
                12, new Rates(1, 8, 1, 0), new Rates(3, 8, 1, 0), 12, new Rates(0.3, 5, 1, 0));
        Inputs inputs = population.labelled();
        Estimates eng = Estimates.of(inputs, Synthetic.ENGINEER).seed(5);
        CorrectedEffects.Row row =
                RuleValidation.of(inputs).correctedEffects(eng).row(Synthetic.ENGINEER);

        assertThat(row.correctedChange())
                .isCloseTo(row.change().value(), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(row.correctedInterval().lower())
                .isCloseTo(row.change().interval().lower(), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(row.correctedInterval().upper())
                .isCloseTo(row.change().interval().upper(), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(row.unclearAsSecurity()).isEqualTo(row.correctedChange());
    }

    @Test
    void unclearLabelsBoundTheCorrectedChange() {
        LabelledPopulation population = LabelledPopulation.generate(
                13, new Rates(1, 8, 1, 0.25), new Rates(3, 8, 1, 0), 12, new Rates(0.3, 5, 0.85, 0.04));
        java.util.Set<String> volunteerShas = new java.util.HashSet<>();
        population.population.stream()
                .filter(c -> c.group().equals(Synthetic.ENGINEER)
                        && !c.flagged()
                        && c.month().isBefore(java.time.YearMonth.of(2023, 1)))
                .forEach(c -> volunteerShas.add(c.sha()));
        int[] changed = {0};
        Inputs inputs = population.labelled(row ->
                volunteerShas.contains(row[1]) && changed[0]++ < 4 ? new String[] {row[0], row[1], "unclear"} : row);
        CorrectedEffects.Row row = RuleValidation.of(inputs)
                .correctedEffects(Estimates.of(inputs, Synthetic.ENGINEER))
                .row(Synthetic.ENGINEER);
        // More security work before the funding means a smaller change, and the other way round.
        assertThat(row.unclearAsSecurity()).isLessThan(row.unclearAsNot());
        assertThat(row.correctedChange()).isBetween(row.unclearAsSecurity(), row.unclearAsNot());
    }

    @Test
    void anEffectWithoutEnoughMonthsSaysInsufficientData() {
        LabelledPopulation population = LabelledPopulation.generate(
                14, new Rates(1, 8, 1, 0.25), new Rates(3, 8, 1, 0), 12, new Rates(0.3, 5, 0.85, 0.04));
        Inputs inputs = population.labelled();
        // A start two months before the data end leaves too few funded months to estimate a rate.
        CorrectedEffects effects = RuleValidation.of(inputs)
                .correctedEffects(Estimates.of(inputs, Synthetic.ENGINEER).assumeStart("2024-11-01"));
        CorrectedEffects.Row row = effects.row(Synthetic.ENGINEER);
        assertThat(row.isSufficient()).isFalse();
        assertThat(row.insufficient()).startsWith("observed change: ");
        assertThat(effects.toTable().stringColumn("note").get(0)).startsWith("insufficient data: observed change");
        assertThat(Double.isNaN(row.correctedChange())).isTrue();
    }

    @Test
    void aPeriodWhosePrecisionRestsOnAFewLabelsSaysInsufficientData() {
        // The first rule flagged nothing the engineer did as a volunteer; today's rule flags some of it, which the
        // sample (drawn by the first rule) holds only among its unflagged commits: a handful, each standing for
        // about ten. Too few to estimate the precision of today's flag in that period.
        LabelledPopulation population = LabelledPopulation.generate(
                        15, new Rates(0, 10, 0, 0.1), new Rates(3, 8, 1, 0), 12, new Rates(0.3, 5, 0.85, 0.04))
                .withGainedFlags(c -> c.group().equals(Synthetic.ENGINEER)
                        && LabelledPopulation.isSecurity(c)
                        && c.month().isBefore(java.time.YearMonth.of(2023, 1))
                        && c.sha().hashCode() % 2 == 0);
        Inputs inputs = population.labelled();
        CorrectedEffects effects = RuleValidation.of(inputs).correctedEffects(Estimates.of(inputs, Synthetic.ENGINEER));
        CorrectedEffects.Row row = effects.row(Synthetic.ENGINEER);
        assertThat(row.change().isSufficient()).isTrue();
        assertThat(row.isSufficient()).isFalse();
        assertThat(row.insufficient())
                .startsWith("precision of eng volunteer: ")
                .contains("labelled commits (need 10");
        assertThat(effects.toTable().stringColumn("note").get(0)).startsWith("insufficient data: precision of eng");
    }
}
