package dev.umbrella.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.umbrella.Synthetic;
import org.junit.jupiter.api.Test;

class RoiModel_HandWorkedTest {

    /**
     * The example, by hand (every parameter at base; the security change overridden to 2 commits per month):
     *
     * <pre>
     * horizon: funded from 2023-01-01, data to 2024-12 (ongoing role) = 24 months
     * loaded annual cost = 104,000 × 1.5 × (1 + 0.2)                         = 187,200 USD (90 USD/h at 2,080 h)
     * costs: year 1 = the 120,000 USD grant (covers all of 2023, all of it paid the role), year 2 = 187,200 USD
     * discount at 10%, end of year: d1 = 1/1.1, d2 = 1/1.21
     * PV costs = 120,000/1.1 + 187,200/1.21 = 109,090.909 + 154,710.744       = 263,801.653
     * even flow over 24 months: F = (12/24)/1.1 + (12/24)/1.21                  = 0.8677686
     * packages: the registry removed 365 in 2023 (a monthly series), 2024 not reported: counted at the
     *   covered rate, 365 × 731 / 365                                          = 731
     * exposure removed, like for like (median 10 h before, median 2 h after)    = 8 h
     * expected loss avoided = 731 × attribution 0.5 × 8 h × 10 installs/h × 0.0001 × 1,000,000 = 2,924,000 USD
     * PV = 2,924,000 × F = 2,537,355.372; ROI = 8.618421; BCR = 9.618421
     * replacement value = 2 commits/month × 24 × 5 h × 90 USD/h × F = 18,743.802; per USD of cost 0.0710526
     * </pre>
     */
    @Test
    void roiMatchesTheHandCalculation() {
        RoiResult result = Roi.of(Fixtures.handWorked(), Synthetic.ENGINEER)
                .with("security_commits_change", 2)
                .evaluate();

        assertThat(result.months()).isEqualTo(24);
        assertThat(result.pvCost()).isCloseTo(263_801.653, offset(0.001));
        assertThat(result.pvBenefit(Method.EXPECTED_LOSS)).isCloseTo(2_537_355.372, offset(0.001));
        assertThat(result.roi(Method.EXPECTED_LOSS)).isCloseTo(8.618421, offset(1e-6));
        assertThat(result.bcr(Method.EXPECTED_LOSS)).isCloseTo(9.618421, offset(1e-6));
        assertThat(result.pvReplacement()).isCloseTo(18_743.802, offset(0.001));
        assertThat(result.costEfficiency()).isCloseTo(0.0710526, offset(1e-7));
        assertThat(result.isEstimated(Method.MARKET_PRICE)).isFalse();
        assertThat(Double.isNaN(result.roi(Method.MARKET_PRICE))).isTrue();
    }

    /** Year 1 is the grant, whatever the wage: doubling the wage adds 104,000 × 1.5 × 1.2 / 1.21 to year 2 only. */
    @Test
    void aGrantCoveredMonthIsCostedAtTheGrantNotTheWage() {
        Roi roi = Roi.of(Fixtures.handWorked(), Synthetic.ENGINEER).with("security_commits_change", 2);

        double base = roi.evaluate().pvCost();
        double doubled =
                roi.with("security_engineer_wage_annual", 208_000).evaluate().pvCost();

        assertThat(doubled - base).isCloseTo(104_000 * 1.5 * 1.2 / 1.21, offset(1e-6));
        assertThat(roi.costs().doubleColumn("usd_in_horizon").get(0)).isCloseTo(120_000, offset(1e-6));
    }

    /** A grant whose role share is 0.75 costs 90,000 in year 1: PV = 90,000/1.1 + 187,200/1.21. */
    @Test
    void onlyTheShareOfAGrantThatPaidTheRoleIsCost() {
        tech.tablesaw.api.Table funding =
                Synthetic.funding(120_000, java.time.LocalDate.of(2023, 1, 1), java.time.LocalDate.of(2023, 12, 31));
        funding.addColumns(tech.tablesaw.api.StringColumn.create("role_share", "grant_share"));
        tech.tablesaw.api.Table assumptions = Fixtures.handWorkedAssumptions("lognormal");
        assumptions.append(Synthetic.assumptions(new Object[] {"grant_share", 0.5, 0.75, 1, "share", "triangular"}));

        RoiResult result = Roi.of(
                        Fixtures.inputs(Fixtures.handWorked().reportedMetricsTable(), funding, assumptions)
                                .withOutputs(Fixtures.removals()),
                        Synthetic.ENGINEER)
                .evaluate();

        assertThat(result.pvCost()).isCloseTo(90_000 / 1.1 + 187_200 / 1.21, offset(1e-6));
    }

    /** At 5% the hand example gives PV costs 120,000/1.05 + 187,200/1.05² (see above). */
    @Test
    void discountRateTableEvaluatesLowBaseAndHigh() {
        tech.tablesaw.api.Table table = Roi.of(Fixtures.handWorked(), Synthetic.ENGINEER)
                .with("security_commits_change", 2)
                .discountRates();

        assertThat(table.doubleColumn("discount_rate").asList()).containsExactly(0.05, 0.10, 0.15);
        assertThat(table.doubleColumn("roi").get(1)).isCloseTo(8.618421, offset(1e-6));
        double pvBenefit = 2_924_000 * (0.5 / 1.05 + 0.5 / (1.05 * 1.05));
        double pvCost = 120_000 / 1.05 + 187_200 / (1.05 * 1.05);
        assertThat(table.doubleColumn("npv").get(0)).isCloseTo(pvBenefit - pvCost, offset(1e-6));
    }

    /** A funded period that ends after 2023 leaves a 12-month horizon: costs and benefits over the same months. */
    @Test
    void theHorizonIsTheFundedMonthsTheDataCover() {
        tech.tablesaw.api.Table periods = new Synthetic.Periods()
                .add(
                        Synthetic.ENGINEER,
                        "volunteer",
                        java.time.LocalDate.of(2019, 1, 1),
                        Synthetic.START.minusDays(1),
                        "stated")
                .add(Synthetic.ENGINEER, "funded", Synthetic.START, java.time.LocalDate.of(2023, 12, 31), "stated")
                .table();
        dev.umbrella.model.Inputs inputs = dev.umbrella.model.Inputs.of(
                        Synthetic.people(),
                        periods,
                        Synthetic.funding(
                                120_000, java.time.LocalDate.of(2023, 1, 1), java.time.LocalDate.of(2023, 12, 31)),
                        Synthetic.commits(Synthetic.Scenario.planted(2)),
                        Fixtures.handWorked().reportedMetricsTable(),
                        Fixtures.handWorkedAssumptions("lognormal"))
                .withOutputs(Fixtures.removals());

        RoiResult result = Roi.of(inputs, Synthetic.ENGINEER).evaluate();

        // 12 months: the grant only; 365 packages in 2023, all inside the horizon, 4,000 USD each at base.
        assertThat(result.months()).isEqualTo(12);
        assertThat(result.pvCost()).isCloseTo(120_000 / 1.1, offset(1e-6));
        assertThat(result.pvBenefit(Method.EXPECTED_LOSS)).isCloseTo(365 * 4_000 / 1.1, offset(1e-6));
    }
}
