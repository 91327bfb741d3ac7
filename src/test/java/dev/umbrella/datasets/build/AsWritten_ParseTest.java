package dev.umbrella.datasets.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AsWritten_ParseTest {
    @Test
    void numbersAsPublishedParseToTheirValue() {
        assertThat(AsWritten.parse("2,000", "reports")).isEqualTo(2000);
        assertThat(AsWritten.parse("~1,400", "reports")).isEqualTo(1400);
        assertThat(AsWritten.parse("66%", "percent")).isEqualTo(66);
        assertThat(AsWritten.parse("93.2%", "percent")).isEqualTo(93.2);
        assertThat(AsWritten.parse("$144,000", "usd")).isEqualTo(144_000);
        assertThat(AsWritten.parse("$1.5 million", "usd")).isEqualTo(1_500_000);
        assertThat(AsWritten.parse("2.56 trillion", "requests")).isEqualTo(2.56e12);
        assertThat(AsWritten.parse("119k", "downloads")).isEqualTo(119_000);
        assertThat(AsWritten.parse("360+", "reports")).isEqualTo(360);
        assertThat(AsWritten.parse("20,000", "attestations")).isEqualTo(20_000);
        assertThat(AsWritten.parse("Five", "advisories")).isEqualTo(5);
        assertThat(AsWritten.parse("1303", "threads")).isEqualTo(1303);
    }

    @Test
    void durationsConvertToTheRowUnit() {
        assertThat(AsWritten.parse("1h 19m", "minutes")).isEqualTo(79);
        assertThat(AsWritten.parse("2h", "minutes")).isEqualTo(120);
        assertThat(AsWritten.parse("45m", "minutes")).isEqualTo(45);
        assertThat(AsWritten.parse("1h 12m", "hours")).isEqualTo(1.2);
        assertThat(AsWritten.parse("1.2 hours", "hours")).isEqualTo(1.2);
        assertThat(AsWritten.parse("~8 hours", "minutes")).isEqualTo(480);
        assertThat(AsWritten.parse("2 days 5 hours", "hours")).isEqualTo(53);
        assertThat(AsWritten.parse("~485", "minutes")).isEqualTo(485);
    }

    @Test
    void unclearTextIsRejectedWithAReason() {
        assertThatThrownBy(() -> AsWritten.parse("a few", "reports")).hasMessageContaining("'a few' is not a number");
        assertThatThrownBy(() -> AsWritten.parse("1,00", "reports")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> AsWritten.parse("1h and 19m", "minutes")).hasMessageContaining("not a duration");
    }
}
