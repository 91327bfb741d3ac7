package dev.umbrella.present;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.Synthetic;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.model.Inputs;
import dev.umbrella.roi.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class Tables_SourcesTest {
    private static final Estimates ENG = Estimates.of(Fixtures.handWorked(), Synthetic.ENGINEER);

    @Test
    void periodsCarryTheirSourceUrls() {
        var table = Tables.periods(ENG);
        assertThat(table.stringColumn("kind").asList()).containsExactly("volunteer", "funded");
        assertThat(table.stringColumn("sources").asList())
                .containsExactly("https://example.org/volunteer", "https://example.org/funded");
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
        var table = Tables.reported(ENG, "malware_exposure_median");
        assertThat(table.stringColumn("metric").asList())
                .containsExactly("malware_exposure_median", "malware_exposure_median");
        assertThat(table.stringColumn("source_url").asList()).containsOnly("https://example.org/report");
        assertThat(table.stringColumn("quote").get(0)).isEqualTo("malware_exposure_median 10.0");
    }

    @Test
    void aMetricWithoutRowsForTheRoleIsShownAsInsufficientData() {
        Table reported = Synthetic.reported(
                Synthetic.emptyReportedMetrics(),
                "malware_reports",
                12,
                "reports",
                "exact",
                LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 1, 31),
                Synthetic.ENGINEER);
        Synthetic.reported(
                reported,
                "malware_exposure_p90",
                5,
                "hours",
                "exact",
                LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 1, 31),
                "someone-else");
        Inputs inputs = Inputs.of(
                Synthetic.people(),
                Synthetic.periods(true),
                Synthetic.emptyFunding(),
                Synthetic.commits(Synthetic.Scenario.planted(1)),
                reported,
                Fixtures.handWorkedAssumptions("lognormal"));
        var table =
                Tables.reported(Estimates.of(inputs, Synthetic.ENGINEER), "malware_reports", "malware_exposure_p90");
        assertThat(table.stringColumn("metric").asList()).containsExactly("malware_reports", "malware_exposure_p90");
        assertThat(table.stringColumn("quote").get(1))
                .startsWith("insufficient data: reported_metrics.csv has no " + "malware_exposure_p90 for eng");
        assertThat(table.stringColumn("source_url").get(1)).isEmpty();
    }

    @Test
    void concurrentFundingKeepsOtherGrantsToTheEmployerThatOverlapOrHaveNoDates() {
        Table funding = Synthetic.funding(120_000, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
        grant(funding, "Org", "other", LocalDate.of(2023, 6, 1), LocalDate.of(2024, 6, 1), "https://example.org/a");
        grant(funding, "Org", "", null, null, "https://example.org/undated");
        grant(funding, "Org", "", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), "https://example.org/old");
        grant(funding, "Elsewhere", "", LocalDate.of(2023, 6, 1), null, "https://example.org/elsewhere");
        Inputs inputs = Inputs.of(
                Synthetic.people(),
                Synthetic.periods(true),
                funding,
                Synthetic.commits(Synthetic.Scenario.planted(1)),
                Synthetic.emptyReportedMetrics(),
                Fixtures.handWorkedAssumptions("lognormal"));
        var table = Tables.concurrentFunding(Estimates.of(inputs, Synthetic.ENGINEER));
        assertThat(table.stringColumn("source_url").asList())
                .containsExactly("https://example.org/a", "https://example.org/undated");
    }

    @Test
    void teamSplitsTheRepositoryIntoTheEngineerAndEveryoneElseByPeriod() {
        var team = Tables.team(ENG, Synthetic.REPO, "security_commits");
        assertThat(team.stringColumn("period").asList()).containsExactly("volunteer", "funded");
        assertThat(team.intColumn("months").asList()).containsExactly(24, 24);
        // the planted +2 security commits per month show in the engineer's funded mean, not in everyone else's
        double volunteer = team.doubleColumn("eng per month").get(0);
        double funded = team.doubleColumn("eng per month").get(1);
        assertThat(funded - volunteer).isBetween(1.0, 3.0);
        assertThat(Figures_TimelineTest.names(Figures.team(ENG, Synthetic.REPO, "security_commits")))
                .containsExactly("volunteer", "funded: Funder", "everyone else", "Eng");
    }

    @Test
    void roundedChangesOnlyTheDisplay() {
        Table t = Table.create("t", DoubleColumn.create("x", 1.23456789), StringColumn.create("s", "a"));
        Table r = Tables.rounded(t, 3);
        assertThat(r.doubleColumn("x").getString(0)).isEqualTo("1.2");
        assertThat(r.doubleColumn("x").get(0)).isEqualTo(1.23456789);
        assertThat(t.doubleColumn("x").getString(0)).isNotEqualTo("1.2");
    }

    @Test
    void datasetsListsEveryManifestRowWithAShortInputSummary(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("MANIFEST.csv"),
                "file,rows,sha256,command,inputs\n"
                        + "a.csv,3,0123456789abcdef0123,umbrella datasets build,raw:git/x.tsv.gz sha256=1;raw:reports/y.md "
                        + "sha256=2;curated:a.csv sha256=3\n");
        var table = Sources.datasets(dir);
        assertThat(table.stringColumn("file").asList()).containsExactly("a.csv");
        assertThat(table.stringColumn("sha256 (first 16)").get(0)).isEqualTo("0123456789abcdef");
        assertThat(table.stringColumn("built from").get(0)).isEqualTo("2 raw files (git, reports) + 1 curated file");
    }

    private static void grant(
            Table funding, String recipient, String person, LocalDate start, LocalDate end, String url) {
        funding.stringColumn("funder").append("Other");
        funding.stringColumn("recipient").append(recipient);
        funding.stringColumn("person_id").append(person);
        funding.stringColumn("purpose").append("grant");
        funding.doubleColumn("amount_usd").appendMissing();
        if (start == null) {
            funding.dateColumn("start").appendMissing();
        } else {
            funding.dateColumn("start").append(start);
        }
        if (end == null) {
            funding.dateColumn("end").appendMissing();
        } else {
            funding.dateColumn("end").append(end);
        }
        funding.stringColumn("source_url").append(url);
        funding.booleanColumn("is_assumption").append(false);
        funding.stringColumn("note").append("");
    }
}
