package dev.umbrella;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.env.Env;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.estimate.PeriodEffect;
import dev.umbrella.model.Inputs;
import dev.umbrella.roi.Roi;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analysis on the committed datasets: the wiring, and the explicit "insufficient data" answers. */
class RealData_AnalysisTest {
    private static Inputs inputs;

    @BeforeAll
    static void load() {
        inputs = Inputs.load(Env.datasetsDir());
    }

    @Test
    void everyEngineerHasSecurityEstimatesAndAComparisonGroup() {
        for (String id : inputs.engineers().keySet()) {
            Estimates estimates = Estimates.of(inputs, id);
            assertThat(estimates.effect("security_commits").change().isSufficient())
                    .as(id)
                    .isTrue();
            assertThat(estimates.did("security_commits").isSufficient()).as(id).isTrue();
            assertThat(estimates.comparison().members()).as(id).hasSizeGreaterThan(10);
            assertThat(estimates.placebo("security_commits").inSpace().isSufficient())
                    .as(id)
                    .isTrue();
        }
    }

    @Test
    void theCommittedLabelsAreTheRedrawnSampleAndEveryGroupHasRates() {
        // RuleValidation.of fails unless security_labels.csv names exactly the commits LabelSample draws.
        var validation = dev.umbrella.estimate.RuleValidation.of(inputs);
        var current = dev.umbrella.estimate.RuleValidation.Rule.CURRENT;
        assertThat(validation.disagreements().rowCount()).isGreaterThan(0);
        for (String domain : java.util.List.of("all", "seth", "mike", "samuel", "others", "advisory databases")) {
            assertThat(validation.precision(current, domain).isSufficient())
                    .as(domain)
                    .isTrue();
            assertThat(validation.recall(current, domain).isSufficient())
                    .as(domain)
                    .isTrue();
        }
        var corrected = validation.correctedEffects(inputs.engineers().keySet().stream()
                .map(id -> Estimates.of(inputs, id))
                .toArray(Estimates[]::new));
        assertThat(corrected.rows()).allMatch(r -> r.isSufficient(), "every engineer's change can be corrected");
    }

    @Test
    void onlySethsStartIsStated() {
        assertThat(Estimates.of(inputs, "seth").start().month().atDay(20)).isEqualTo(LocalDate.of(2023, 6, 20));
        assertThat(Estimates.of(inputs, "samuel").start().isStated()).isFalse();
        assertThat(Estimates.of(inputs, "samuel").start().toString()).contains("insufficient data");
    }

    @Test
    void pypiResponseTimesBefore2023AreInsufficientData() {
        var before2023 =
                Estimates.of(inputs, "mike").reported("malware_response_time_most_within", "2021-01-01", "2022-12-31");

        assertThat(before2023.isSufficient()).isFalse();
        assertThat(before2023.insufficient()).contains("the earliest is 2023-03-01");
    }

    @Test
    void personEffectsCoverVolunteerAndFundedOnly() {
        PeriodEffect effect = Estimates.of(inputs, "samuel").effect("commits");

        // After he left, Samuel's own commits are zero by construction: the vacancy is judged by the team series.
        assertThat(effect.rates()).extracting(e -> e.label()).containsExactly("commits volunteer", "commits funded");
        assertThat(effect.changes()).extracting(e -> e.label()).containsExactly("commits funded − volunteer");
    }

    @Test
    void staleAdvisoryDatabasesNoLongerEndTheFundedWindow() {
        var seth = Estimates.of(inputs, "seth").timeline();
        var mike = Estimates.of(inputs, "mike").timeline();

        // The advisory databases' exports end in 2024; the engineers' funded work runs on in other repositories.
        assertThat(seth.dataEnd()).isAfterOrEqualTo(java.time.YearMonth.of(2026, 6));
        assertThat(mike.dataEnd()).isAfterOrEqualTo(java.time.YearMonth.of(2026, 6));
        assertThat(seth.repos()).contains("psf/advisory-database", "urllib3/urllib3", "python/release-tools");
        assertThat(seth.staleRepos(6))
                .contains("psf/advisory-database", "pypa/advisory-database")
                .doesNotContain("urllib3/urllib3");
    }

    @Test
    void mikesExposureContrastIsRefusedAndTheOthersHaveNoMalwareChannel() {
        Roi mike = Roi.of(inputs, "mike");

        assertThat(mike.exposure().hasPair()).isFalse();
        assertThat(mike.exposure().verdict())
                .startsWith("no like-for-like pair: the volunteer period has an "
                        + "unspecified upper quantile of response time");
        assertThat(mike.evaluate().notEstimated()).extracting(c -> c.id()).contains("package_removed.expected_loss");
        assertThat(Roi.of(inputs, "seth").model().notEstimated())
                .noneMatch(c -> c.kind().equals("package_removed"));
    }

    @Test
    void roiHeadlineHasOneRowPerEngineerAndMethodInFundedStartOrder() {
        tech.tablesaw.api.Table table = dev.umbrella.roi.Headline.of(inputs, 5, 2_000, java.util.Map.of());

        assertThat(table.stringColumn("engineer").asList())
                .containsExactly("seth", "seth", "mike", "mike", "samuel", "samuel");
        assertThat(table.stringColumn("method").asList())
                .containsExactly(
                        "market_price",
                        "expected_loss",
                        "market_price",
                        "expected_loss",
                        "market_price",
                        "expected_loss");
        // Costs and benefits over the funded months the data cover: Samuel's 20 months end with his residency.
        assertThat(table.intColumn("months").get(4)).isEqualTo(20);
        assertThat(table.intColumn("months").get(0)).isGreaterThanOrEqualTo(36);
    }

    @Test
    void monteCarloOnTheRealDataIsIdenticalRunToRun() {
        assertThat(Roi.of(inputs, "mike").seed(3).simulate(20_000).toTable().toString())
                .isEqualTo(Roi.of(inputs, "mike")
                        .seed(3)
                        .simulate(20_000)
                        .toTable()
                        .toString());
    }
}
