package dev.umbrella.present;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.Synthetic;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.roi.Fixtures;
import org.junit.jupiter.api.Test;

class Tables_SourcesTest {
    private static final Estimates ENG = Estimates.of(Fixtures.handWorked(), Synthetic.ENGINEER);

    @Test
    void periodsCarryTheirSourceUrls() {
        var table = Tables.periods(ENG);
        assertThat(table.stringColumn("kind").asList()).containsExactly("volunteer", "funded");
        assertThat(table.stringColumn("sources").asList()).containsExactly("https://example.org/volunteer",
                "https://example.org/funded");
        assertThat(table.dateColumn("end").isMissing(1)).isTrue();
    }

    @Test
    void fundingKeepsOnlyTheEngineersRowsWithTheirSource() {
        var table = Tables.funding(ENG);
        assertThat(table.rowCount()).isEqualTo(1);
        assertThat(table.stringColumn("source_url").get(0)).isEqualTo("https://example.org/grant");
        assertThat(table.doubleColumn("amount_usd").get(0)).isEqualTo(120_000);
    }

    @Test
    void reportedRowsQuoteTheirSourceAndMissingMetricsSaySo() {
        var table = Tables.reported(ENG, "malware_reports", "malware_exposure_median");
        assertThat(table.stringColumn("metric").asList()).containsExactly("malware_reports", "malware_exposure_median");
        assertThat(table.stringColumn("source_url").asList()).containsOnly("https://example.org/report");
        assertThat(table.stringColumn("quote").get(0)).isEqualTo("malware_reports 365.0");
    }

    @Test
    void aMetricWithoutRowsForTheRoleIsShownAsInsufficientData() {
        var withoutRows = Estimates.of(Synthetic.inputs(Synthetic.Scenario.planted(1)), Synthetic.ENGINEER);
        var inputs = withoutRows.inputs();
        assertThat(inputs.reportedMetrics()).isEmpty();
        var table = Tables.reported(ENG, "malware_reports", "malware_response_time_most_within");
        assertThat(table.rowCount()).isEqualTo(2);
        assertThat(table.stringColumn("quote").asList()).noneMatch(q -> q.startsWith("insufficient data"));
    }
}
