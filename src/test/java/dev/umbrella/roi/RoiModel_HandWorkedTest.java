package dev.umbrella.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.umbrella.Synthetic;
import org.junit.jupiter.api.Test;

class RoiModel_HandWorkedTest {

    /**
     * The example, by hand (every parameter at base; the reported rows give 10 h before, 2 h after and
     * 365 reports in 365 days = 365.25 per year, overridden to 100 to keep the numbers round; the security
     * change is overridden to 2 commits per month):
     *
     * <pre>
     * hourly replacement rate = 104,000 / 2,080 × 1.5                  = 75 USD/h
     * loaded annual cost      = 104,000 × 1.5 × (1 + 0.2)              = 187,200 USD
     * (a) hours = 2 commits/month × 12 × 5 h = 120 h (cap (40 − 10) × 48 = 1,440 h: not binding)
     *     benefit = 120 × 75 × attribution 0.5                           = 4,500 USD/year
     * (b) 100 reports × 0.8 × (10 − 2) h × 10 installs/h × 0.0001 × 1,000,000 USD × 0.5
     *                                                                    = 320,000 USD/year
     * benefits per year = 324,500 USD
     * costs: year 1 = the 120,000 USD grant (covers all of 2023), year 2 = loaded cost 187,200 USD
     * discount at 10%, end of year: d1 = 1/1.1, d2 = 1/1.21
     * PV costs    = 120,000/1.1 + 187,200/1.21 = 109,090.909 + 154,710.744 = 263,801.653
     * PV benefits = 324,500/1.1 + 324,500/1.21 = 295,000.000 + 268,181.818 = 563,181.818
     * NPV = 299,380.165;  ROI = 299,380.165 / 263,801.653 = 1.134868;  BCR = 2.134868
     * </pre>
     */
    @Test
    void roiMatchesTheHandCalculation() {
        RoiResult result = Roi.of(Fixtures.handWorked(), Synthetic.ENGINEER)
                .with("security_commits_change", 2)
                .with("malware_reports_per_year", 100)
                .evaluate();

        assertThat(result.missing()).isEmpty();
        assertThat(result.months()).isEqualTo(24);
        assertThat(result.pvCost()).isCloseTo(263_801.653, offset(0.001));
        assertThat(result.pvReplacement()).isCloseTo(4_500 / 1.1 + 4_500 / 1.21, offset(1e-6));
        assertThat(result.pvBenefit()).isCloseTo(563_181.818, offset(0.001));
        assertThat(result.npv()).isCloseTo(299_380.165, offset(0.001));
        assertThat(result.roi()).isCloseTo(1.134868, offset(1e-6));
        assertThat(result.bcr()).isCloseTo(2.134868, offset(1e-6));
    }

    /**
     * Eighteen months: the second year is half a year. Its cost is 187,200 × 6/12 = 93,600 and its benefit
     * 324,500 × 0.5 = 162,250, both discounted by 1/1.21.
     * PV costs = 109,090.909 + 77,355.372 = 186,446.281; PV benefits = 295,000 + 134,090.909 = 429,090.909.
     */
    @Test
    void partialYearsScaleBothCostsAndBenefits() {
        RoiResult result = Roi.of(Fixtures.handWorked(), Synthetic.ENGINEER)
                .with("security_commits_change", 2)
                .with("malware_reports_per_year", 100)
                .with("evaluation_years", 1.5)
                .evaluate();

        assertThat(result.months()).isEqualTo(18);
        assertThat(result.pvCost()).isCloseTo(186_446.281, offset(0.001));
        assertThat(result.pvBenefit()).isCloseTo(429_090.909, offset(0.001));
    }

    /** At 5% the hand example gives PV costs 120,000/1.05 + 187,200/1.05² = 284,081.633 (see above). */
    @Test
    void discountRateTableEvaluatesLowBaseAndHigh() {
        tech.tablesaw.api.Table table = Roi.of(Fixtures.handWorked(), Synthetic.ENGINEER)
                .with(java.util.Map.of("security_commits_change", 2, "malware_reports_per_year", 100))
                .discountRates();

        assertThat(table.doubleColumn("discount_rate").asList()).containsExactly(0.05, 0.10, 0.15);
        assertThat(table.doubleColumn("roi").get(1)).isCloseTo(1.134868, offset(1e-6));
        double pvBenefit = 324_500 / 1.05 + 324_500 / (1.05 * 1.05);
        double pvCost = 120_000 / 1.05 + 187_200 / (1.05 * 1.05);
        assertThat(table.doubleColumn("npv").get(0)).isCloseTo(pvBenefit - pvCost, offset(1e-6));
    }

    /** The data-derived values: 600 min = 10 h before, 2 h after, 365 reports in 365 days = 365.25 per year. */
    @Test
    void reportedMetricsBecomeParametersWithTheirSources() {
        Assumptions used = Roi.of(Fixtures.handWorked(), Synthetic.ENGINEER).assumptions();

        assertThat(used.get("response_hours_volunteer").base()).isEqualTo(10);
        assertThat(used.get("response_hours_funded").base()).isEqualTo(2);
        assertThat(used.get("malware_reports_per_year").base()).isCloseTo(365.25, offset(1e-9));
        assertThat(used.get("response_hours_volunteer").source())
                .isEqualTo("dataset: reported_metrics.csv malware_response_time_most_within (1 rows)");
        assertThat(used.get("security_commits_change").distribution()).isEqualTo(Distribution.EMPIRICAL);
        assertThat(used.get("security_commits_change").source()).startsWith("dataset: commits.csv");
    }
}
