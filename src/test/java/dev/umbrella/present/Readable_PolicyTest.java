package dev.umbrella.present;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.model.Inputs;
import org.junit.jupiter.api.Test;

class Readable_PolicyTest {
    @Test
    void dollarsHaveThreeSignificantDigitsAndASuffix() {
        assertThat(Readable.dollars(334_782.694)).isEqualTo("$335k");
        assertThat(Readable.dollars(2_407_146.803)).isEqualTo("$2.41M");
        assertThat(Readable.dollars(23_949.801)).isEqualTo("$23.9k");
        assertThat(Readable.dollars(850.4)).isEqualTo("$850");
        assertThat(Readable.dollars(999_600)).isEqualTo("$1M");
        assertThat(Readable.dollars(40_621_000)).isEqualTo("$40.6M");
        assertThat(Readable.dollars(-1_234)).isEqualTo("−$1.23k");
        assertThat(Readable.dollars(0)).isEqualTo("$0");
        assertThat(Readable.dollars(Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void roiIsAPercentageWithSensibleDigits() {
        assertThat(Readable.roi(5.919)).isEqualTo("592%");
        assertThat(Readable.roi(7.19)).isEqualTo("719%");
        assertThat(Readable.roi(-0.836)).isEqualTo("−84%");
        assertThat(Readable.roi(592.733)).isEqualTo("59,273%");
        assertThat(Readable.roi(0.052)).isEqualTo("5.2%");
        assertThat(Readable.roi(0.0004)).isEqualTo("0%");
        assertThat(Readable.roi(-0.0004)).isEqualTo("0%");
    }

    @Test
    void probabilitiesSayHowManyDrawsAtTheEnds() {
        assertThat(Readable.probability(0.0, 100_000)).isEqualTo("0 of 100,000 draws");
        assertThat(Readable.probability(1.0, 100_000)).isEqualTo("all 100,000 draws");
        assertThat(Readable.probability(0.0004, 100_000)).isEqualTo("< 0.1%");
        assertThat(Readable.probability(0.9996, 100_000)).isEqualTo("> 99.9%");
        assertThat(Readable.probability(0.80812, 100_000)).isEqualTo("81%");
        assertThat(Readable.probability(0.052, 100_000)).isEqualTo("5.2%");
        assertThat(Readable.probability(0.975, 10_000)).isEqualTo("97.5%");
    }

    @Test
    void breakEvenHasTwoSignificantDigitsAndItsUnit() {
        assertThat(Readable.breakEven(0.5718087106020779, "installs/hour")).isEqualTo("0.57 installs/hour");
        assertThat(Readable.breakEven(1_234_567, "USD")).isEqualTo("$1.2M");
        assertThat(Readable.breakEven(0.4321, "share")).isEqualTo("43%");
        assertThat(Readable.breakEven(12_345, "hours")).isEqualTo("12,000 hours");
    }

    @Test
    void dollarsBelowAThousandKeepTheirSignificantDigits() {
        assertThat(Readable.dollars(0.95)).isEqualTo("$0.95");
        assertThat(Readable.dollars(88.4)).isEqualTo("$88.4");
        assertThat(Readable.breakEven(9.13, "USD")).isEqualTo("$9.1");
    }

    @Test
    void breakEvenStatementsReadInDollarsAndLinesInPlainUnits() {
        assertThat(Readable.dollarsIn("pays for itself if each advisory is worth at least 12,000 USD (41 of them "
                        + "credited to the role over 37 months); the model assumes 1,200 USD; that is "
                        + "advisory_published_market_price = 12,000 usd_per_advisory (assumed 1,200)"))
                .isEqualTo("pays for itself if each advisory is worth at least $12k (41 of them credited to the role "
                        + "over 37 months); the model assumes $1.2k; that is advisory_published_market_price = 12,000 "
                        + "usd_per_advisory (assumed 1,200)");
        assertThat(Readable.dollarsIn("averts 0.041 incidents a year of 4,910,000 USD each, 0.95 USD per account"))
                .isEqualTo("averts 0.041 incidents a year of $4.91M each, $0.95 per account");
        var channel = new dev.umbrella.roi.BreakEven.Line("advisory", 12_345.6, 1_220, "USD per advisory", "");
        assertThat(Readable.breakEven(channel)).isEqualTo("$12k per advisory");
        assertThat(Readable.breakEven(channel.assumed(), "USD")).isEqualTo("$1.2k");
        var covered =
                new dev.umbrella.roi.BreakEven.Line("incident handled", 0, Double.NaN, "USD per incident handled", "");
        assertThat(Readable.breakEven(covered))
                .isEqualTo("$0 per incident handled (the other channels cover the cost)");
        var incidents = new dev.umbrella.roi.BreakEven.Line(
                "incidents of 200,000 USD (loss_per_cyber_incident)", 0.9234, Double.NaN, "incidents/year", "");
        assertThat(Readable.breakEven(incidents)).isEqualTo("0.92 incidents/year of $200k");
        var none = new dev.umbrella.roi.BreakEven.Line("adopter", Double.NaN, Double.NaN, "USD per adopter", "");
        assertThat(Readable.breakEven(none)).isEqualTo("none");
    }

    @Test
    void theShareOfDrawsNamesTheDrawsOnce() {
        assertThat(Readable.ofDraws(0.80812, 100_000)).isEqualTo("81% of 100,000 draws");
        assertThat(Readable.ofDraws(0.0, 100_000)).isEqualTo("0 of 100,000 draws");
        assertThat(Readable.ofDraws(1.0, 2_000)).isEqualTo("all 2,000 draws");
    }

    @Test
    void measuredValuesAndChanges() {
        assertThat(Readable.number(0.0741)).isEqualTo("0.074");
        assertThat(Readable.number(2.3078)).isEqualTo("2.3");
        assertThat(Readable.number(15.692)).isEqualTo("15.7");
        assertThat(Readable.number(1234.5)).isEqualTo("1,235");
        assertThat(Readable.signed(2.234)).isEqualTo("+2.2");
        assertThat(Readable.signed(-0.31)).isEqualTo("−0.31");
        assertThat(Readable.signed(0)).isEqualTo("0");
        assertThat(Readable.interval(1.7012, 2.894)).isEqualTo("[1.7, 2.9]");
        assertThat(Readable.count(100_000)).isEqualTo("100,000");
    }

    @Test
    void engineersAlwaysInTheSameOrderUnderTheSameNames() {
        Inputs inputs = Inputs.shared();
        assertThat(Readable.engineers(inputs)).containsExactly("seth", "mike", "samuel");
        assertThat(Readable.order(inputs, java.util.List.of("samuel", "seth", "mike")))
                .containsExactly("seth", "mike", "samuel");
        assertThat(Readable.name(inputs, "seth")).isEqualTo("Seth Larson");
        assertThat(Readable.name(inputs, "mike")).isEqualTo("Mike Fiedler");
        assertThat(Readable.name("Cher")).isEqualTo("Cher");
    }
}
