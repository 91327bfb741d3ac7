package dev.umbrella.present;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.model.Inputs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The talk on the committed datasets: every slide states a computed message and carries 40-80 words of notes. */
class Talk_SlidesTest {
    private static Talk talk;
    private static List<Slide> slides;

    @BeforeAll
    static void build() {
        talk = Talk.of(Inputs.shared(), 20230601L, 2, 2_000, Map.of());
        slides = List.of(
                talk.question(),
                talk.people(),
                talk.changed(),
                talk.delivered(
                        Map.of(
                                "mike",
                                List.of("malware_response_time_most_within", "malware_exposure_median"),
                                "seth",
                                List.of("advisories_published"),
                                "samuel",
                                List.of("audit_findings")),
                        "mike",
                        "malware_response_time_most_within",
                        "malware_exposure_median"),
                talk.cost(),
                talk.outputs(),
                talk.returned(),
                talk.checks(),
                talk.caveats(),
                talk.ask());
        if (Boolean.getBoolean("talk.print")) {
            slides.forEach(
                    s -> System.out.println(s.text() + "\n[" + s.notes().split("\\s+").length + " words]\n----"));
        }
    }

    @Test
    void everySlideHasAHeadingNotesOfFortyToEightyWordsAndNoMachineNumbers() {
        for (Slide s : slides) {
            int words = s.notes().split("\\s+").length;
            assertThat(words).as(s.heading() + ": words of notes").isBetween(40, 80);
            assertThat(s.text())
                    .as(s.heading())
                    .doesNotContainPattern("\\d\\.\\d{4,}")
                    .doesNotContain("NaN");
            assertThat(s.html()).contains("<h2>").contains("<aside class=\"notes\"");
        }
    }

    @Test
    void headingsAreComputedFromTheResults() {
        var cost = talk.costs();
        double cheapest =
                cost.stream().mapToDouble(Talk.Cost::presentValue).min().orElseThrow();
        double dearest =
                cost.stream().mapToDouble(Talk.Cost::presentValue).max().orElseThrow();
        assertThat(talk.cost().heading()).contains(Readable.dollars(cheapest) + " to " + Readable.dollars(dearest));
        assertThat(talk.people().heading()).startsWith("Three people, funded from 2023-06 to 2024-01");
        var changes = talk.cases().stream()
                .mapToDouble(c -> c.effect().change().value())
                .toArray();
        assertThat(talk.changed().heading())
                .contains(Readable.number(java.util.Arrays.stream(changes).min().orElseThrow()))
                .contains(Readable.number(java.util.Arrays.stream(changes).max().orElseThrow()));
        assertThat(talk.cases()).extracting(Case::engineerId).containsExactly("seth", "mike", "samuel");
        assertThat(slides.get(3).heading())
                .isEqualTo(
                        "Mike: from about 8.1 hours before funding to about 1.3 hours" + " (malware exposure median)");
    }

    @Test
    void costsAreTheDocumentedCostsOverEachEngineersOwnFundedMonths() {
        var costs = talk.costs();
        assertThat(costs).hasSameSizeAs(talk.cases());
        for (int i = 0; i < costs.size(); i++) {
            Case c = talk.cases().get(i);
            assertThat(costs.get(i).months())
                    .isEqualTo(c.base().months())
                    .isEqualTo(c.roi().model().costs().months());
            assertThat(costs.get(i).presentValue()).isEqualTo(c.base().pvCost());
            assertThat(costs.get(i).grants())
                    .containsExactlyElementsOf(c.roi().model().costs().grants().stream()
                            .map(dev.umbrella.roi.CostSchedule.Grant::funder)
                            .distinct()
                            .toList());
        }
        assertThat(costs.stream().map(Talk.Cost::months).distinct().count())
                .as("horizons differ by person")
                .isGreaterThan(1);
    }

    @Test
    void returnsArePerEngineerAndMethodAndTheHeadingCountsThemPerMethod() {
        var returns = talk.returns();
        var methods = dev.umbrella.roi.Method.values();
        assertThat(returns).hasSize(talk.cases().size() * methods.length);
        String heading = talk.returned().heading();
        for (var m : methods) {
            long most = 0;
            for (Case c : talk.cases()) {
                var r = returns.stream()
                        .filter(x -> x.engineer().equals(c.name()) && x.method() == m)
                        .findFirst()
                        .orElseThrow();
                var sim = c.simulation();
                assertThat(r.estimated()).isEqualTo(sim.isEstimated(m));
                assertThat(r.breakEven())
                        .isEqualTo(
                                Readable.breakEven(c.roi().breakEven(m).lines().get(0)));
                if (sim.isEstimated(m)) {
                    assertThat(r.medianRoi()).isEqualTo(Readable.roi(sim.median(m, "roi")));
                    assertThat(r.chancePositive())
                            .isEqualTo(Readable.probability(sim.probabilityPositive(m), sim.draws()));
                    most += sim.probabilityPositive(m) > 0.5 ? 1 : 0;
                }
            }
            assertThat(heading).contains(most + " of " + talk.cases().size() + " by " + m.label());
        }
        assertThat(heading).doesNotContain("floor");
    }

    @Test
    void checksAreRowsWithOneResultPerEngineer() {
        var checks = talk.robustness();
        assertThat(checks)
                .extracting(Talk.Check::name)
                .containsExactly(
                        "before/after",
                        "difference-in-differences",
                        "placebo in space",
                        "placebo in time",
                        "sensitivity (10 specifications)",
                        "pre-trend (event study)");
        assertThat(checks).allSatisfy(c -> assertThat(c.results()).hasSameSizeAs(talk.cases()));
        long did = talk.cases().stream()
                .filter(c ->
                        c.did().did().isSufficient() && c.did().did().interval().lower() > 0)
                .count();
        assertThat(talk.checks().heading())
                .contains("DiD above zero for " + did + " of " + talk.cases().size());
        long survive = talk.cases().stream()
                .filter(c -> dev.umbrella.estimate.Estimates.of(Inputs.shared(), c.engineerId())
                        .seed(20230601L)
                        .transition(2)
                        .sensitivity("security_commits")
                        .survives(true))
                .count();
        assertThat(talk.checks().heading())
                .contains("DiD above zero in every specification for " + survive + " of "
                        + talk.cases().size());
    }

    @Test
    void outputCostsComeFromTheLedgerWithAMarketPrice() {
        var rows = talk.outputCosts(2);
        assertThat(rows).isNotEmpty().allSatisfy(o -> {
            assertThat(o.credited()).isPositive();
            assertThat(o.marketPrice()).isPositive();
            assertThat(o.costPerCredited()).isGreaterThan(0);
        });
        Case seth = talk.cases().get(0);
        var table = seth.roi().costEffectiveness();
        var first = rows.get(0);
        int row = table.stringColumn("output").indexOf(first.output());
        assertThat(first.costPerCredited())
                .isEqualTo(table.doubleColumn("cost_per_credited_output_usd").getDouble(row))
                .isEqualTo(seth.base().pvCost()
                        / table.doubleColumn("credited_outputs").getDouble(row));
    }

    @Test
    void talkTablesStayWithinSevenColumnsAndTwelveRows() {
        for (Slide s : slides) {
            String body = s.body();
            int rows = body.split("<tr>", -1).length - 1;
            assertThat(rows).as(s.heading()).isLessThanOrEqualTo(13);
            for (String row : body.split("<tr>")) {
                assertThat(row.split("<t[dh]>", -1).length - 1).as(s.heading()).isLessThanOrEqualTo(7);
            }
        }
    }
}
