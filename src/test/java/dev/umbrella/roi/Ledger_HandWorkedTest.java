package dev.umbrella.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.umbrella.Synthetic;
import dev.umbrella.model.Inputs;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The outputs ledger worked by hand: counts × unit values → ROI, to the cent. */
class Ledger_HandWorkedTest {
    private static final LocalDate DB_FROM = LocalDate.of(2019, 1, 1);
    private static final LocalDate DB_TO = LocalDate.of(2024, 12, 31);

    /**
     * An advisory database complete from 2019 to 2024: 8 of the registry's advisories in the volunteer years
     * 2019-2022 (1,461 days), 20 in the funded years 2023-2024 (10 credited to the engineer, 10 the registry's).
     * A curated list of features: one in 2021, two funded.
     */
    static Table ledger() {
        Table t = Synthetic.emptyOutputs();
        for (int i = 0; i < 8; i++) {
            LocalDate d = LocalDate.of(2019 + i / 2, 3 + 6 * (i % 2), 1);
            Synthetic.output(
                    t, "advisory_published", "", 1, "exact", d, d, "registry", "advisories:db", DB_FROM, DB_TO);
        }
        for (int i = 0; i < 20; i++) {
            LocalDate d = LocalDate.of(2023 + i / 12, 1 + i % 12, 10);
            Synthetic.output(
                    t,
                    "advisory_published",
                    "",
                    1,
                    "exact",
                    d,
                    d,
                    i % 2 == 0 ? "engineer" : "registry",
                    "advisories:db",
                    DB_FROM,
                    DB_TO);
        }
        Synthetic.output(
                t,
                "security_feature_shipped",
                "",
                1,
                "exact",
                LocalDate.of(2021, 5, 1),
                LocalDate.of(2021, 5, 1),
                "engineer",
                "curated",
                null,
                null);
        Synthetic.output(
                t,
                "security_feature_shipped",
                "",
                2,
                "exact",
                LocalDate.of(2023, 5, 1),
                LocalDate.of(2023, 6, 30),
                "engineer",
                "curated",
                null,
                null);
        return t;
    }

    static Table assumptions() {
        Table a = Fixtures.handWorkedAssumptions("lognormal");
        a.append(Synthetic.assumptions(
                new Object[] {"advisory_published_market_price", 1_000, 1_000, 1_000, "usd", "fixed"},
                new Object[] {"security_feature_market_price", 10_000, 10_000, 10_000, "usd", "fixed"},
                new Object[] {"cve_exploited_share_1y", 0.01, 0.01, 0.01, "probability", "fixed"},
                new Object[] {"breaches_per_exploited_cve", 2, 2, 2, "breaches", "fixed"},
                new Object[] {"vulnerability_risk_reduction", 0.1, 0.1, 0.1, "share", "fixed"},
                new Object[] {"counterfactual_share", 0.5, 0.5, 0.5, "share", "fixed"}));
        return a;
    }

    static Roi roi() {
        Inputs inputs = Fixtures.inputs(
                        Synthetic.emptyReportedMetrics(),
                        Synthetic.funding(120_000, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)),
                        assumptions())
                .withOutputs(ledger());
        return Roi.of(inputs, Synthetic.ENGINEER).with("attribution_share_registry", 0.5);
    }

    /**
     * <pre>
     * volunteer-era advisories over the 731-day horizon: 8 × 731 / 1,461          = 4.002738
     * added: each part keeps its share (10/20) of the baseline taken off:
     *   engineer 10 − 2.001369 = 7.998631; registry 10 − 2.001369 = 7.998631
     * credited advisories: 7.998631 + 0.5 × 7.998631                              = 11.997947
     * features: 2 − 1 × 731 / 1,461                                              = 1.499658
     * market price: (11.997947 × 1,000 + 1.499658 × 10,000) × F (0.8677686)       = 23,425.00 USD
     * expected loss: 11.997947 × 0.01 × 2 × 1,000,000 × 0.1 × F                  = 20,822.88 USD
     * PV cost 263,801.65: ROI -91.12% (market price), -92.11% (expected loss)
     * </pre>
     */
    @Test
    void countsTimesUnitValuesGiveTheRoiToTheCent() {
        RoiResult result = roi().evaluate();

        assertThat(result.pvBenefit(Method.MARKET_PRICE)).isCloseTo(23_425.00, offset(0.005));
        assertThat(result.pvBenefit(Method.EXPECTED_LOSS)).isCloseTo(20_822.88, offset(0.005));
        assertThat(result.roi(Method.MARKET_PRICE)).isCloseTo(-0.9112022, offset(1e-7));
        assertThat(result.roi(Method.EXPECTED_LOSS)).isCloseTo(-0.9210661, offset(1e-7));
        assertThat(roi().assumptions().get("advisory_published_added_engineer").base())
                .isCloseTo(10 - 4.002737850787132 / 2, offset(1e-12));
    }

    /**
     * Cost per output, by hand: the role's advisories are its own 10 plus half of the registry's 10 = 15, credited
     * 11.997947 (above the volunteer-era rate); cost 263,801.65 / 15 = 17,586.78 per advisory and / 11.997947 =
     * 21,987.23 per credited advisory; volunteer rate 8 / (1,461 / 365.25) = 2 a year, funded 20 / 2 = 10 a year.
     */
    @Test
    void costPerOutputIsTheCostOverTheRoleOutputs() {
        Table table = roi().costEffectiveness();
        int row = table.stringColumn("output").indexOf("advisory");

        assertThat(table.doubleColumn("volunteer_per_year").getDouble(row)).isCloseTo(2.0, offset(1e-12));
        assertThat(table.doubleColumn("funded_per_year").getDouble(row)).isCloseTo(10.0, offset(1e-12));
        assertThat(table.doubleColumn("role_outputs").getDouble(row)).isCloseTo(15.0, offset(1e-12));
        assertThat(table.doubleColumn("credited_outputs").getDouble(row)).isCloseTo(11.997947, offset(1e-6));
        assertThat(table.doubleColumn("cost_per_output_usd").getDouble(row)).isCloseTo(17_586.78, offset(0.005));
        assertThat(table.doubleColumn("cost_per_credited_output_usd").getDouble(row))
                .isCloseTo(21_987.23, offset(0.005));
        assertThat(table.doubleColumn("market_price_usd").getDouble(row)).isEqualTo(1_000);
    }

    /** A planted unit value that makes the market-price benefit exactly twice the cost gives ROI = 100%. */
    @Test
    void plantedOutputsGiveThePlantedRoi() {
        double flow = 0.5 / 1.1 + 0.5 / 1.21;
        double cost = 120_000 / 1.1 + 187_200 / 1.21;
        double price = (2 * cost / flow - 1.4996577686516086 * 10_000) / 11.99794661190965;

        RoiResult result = roi().with("advisory_published_market_price", price).evaluate();

        assertThat(result.roi(Method.MARKET_PRICE)).isCloseTo(1.0, offset(1e-9));
    }

    /** Nothing caps a channel: with a large enough unit value each one alone exceeds the cost. */
    @Test
    void everyChannelCanExceedTheCost() {
        Roi roi = roi().with("advisory_published_market_price", 1e8)
                .with("security_feature_market_price", 1e9)
                .with("vulnerability_risk_reduction", 1)
                .with("loss_per_incident", 1e10);
        RoiResult result = roi.evaluate();

        for (int c = 0; c < result.channels().size(); c++) {
            assertThat(result.channelPv()[c]).as(result.channels().get(c).id()).isGreaterThan(result.pvCost());
        }
        assertThat(result.channels())
                .extracting(Channel::id)
                .containsExactlyInAnyOrder(
                        "advisory_published.market_price",
                        "advisory_published.expected_loss",
                        "security_feature_shipped.market_price");
    }

    /** Fewer outputs funded than the volunteer-era rate would give: the channel is negative, not floored at zero. */
    @Test
    void aChannelIsNegativeWhenTheFundedRateFallsBelowTheVolunteerRate() {
        Table t = Synthetic.emptyOutputs();
        for (int i = 0; i < 40; i++) {
            LocalDate d = LocalDate.of(2019 + i / 10, 1 + i % 10, 5);
            Synthetic.output(
                    t, "advisory_published", "", 1, "exact", d, d, "registry", "advisories:db", DB_FROM, DB_TO);
        }
        Synthetic.output(
                t,
                "advisory_published",
                "",
                1,
                "exact",
                LocalDate.of(2023, 4, 1),
                LocalDate.of(2023, 4, 1),
                "registry",
                "advisories:db",
                DB_FROM,
                DB_TO);
        Inputs inputs = Fixtures.inputs(Synthetic.emptyReportedMetrics(), Synthetic.emptyFunding(), assumptions())
                .withOutputs(t);

        RoiResult result = Roi.of(inputs, Synthetic.ENGINEER).evaluate();

        assertThat(result.pvBenefit(Method.MARKET_PRICE)).isNegative();
    }

    @Test
    void listKindsAreNeverSpreadAndSeriesGapsCountAtTheCoveredRate() {
        Table t = Synthetic.emptyOutputs();
        // A monthly series covering Jan-Jun 2023 (60 a month) and one audit (a list kind) of 5 findings.
        for (int m = 1; m <= 6; m++) {
            LocalDate first = LocalDate.of(2023, m, 1);
            Synthetic.output(
                    t,
                    "malware_report_handled",
                    "",
                    60,
                    "exact",
                    first,
                    first.plusMonths(1).minusDays(1),
                    "engineer",
                    "reported:reports:eng",
                    first,
                    first.plusMonths(1).minusDays(1));
        }
        Synthetic.output(
                t,
                "audit_finding_remediated",
                "high",
                5,
                "exact",
                LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 3, 20),
                "engineer",
                "reported:audit:eng",
                LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 3, 20));
        LocalDate from = LocalDate.of(2023, 1, 1);
        LocalDate to = LocalDate.of(2024, 1, 1);

        var reports =
                Ledger.count(Ledger.of(inputsOf(t), Synthetic.ENGINEER, "malware_report_handled", null), from, to, 0.1);
        var audit = Ledger.count(
                Ledger.of(inputsOf(t), Synthetic.ENGINEER, "audit_finding_remediated", "high"), from, to, 0.1);

        // 360 reports in the 181 covered days, counted at that rate over 365 days.
        assertThat(reports.engineer()[1]).isCloseTo(360.0 * 365 / 181, offset(1e-9));
        assertThat(reports.covered()).isCloseTo(181 / 365.0, offset(1e-12));
        assertThat(audit.engineer()[1]).isEqualTo(5);
    }

    private static List<dev.umbrella.model.Output> inputsOf(Table t) {
        return Fixtures.inputs(Synthetic.emptyReportedMetrics(), Synthetic.emptyFunding(), assumptions())
                .withOutputs(t)
                .outputs();
    }
}
