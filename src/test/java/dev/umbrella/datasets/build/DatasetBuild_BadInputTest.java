package dev.umbrella.datasets.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.umbrella.datasets.DatasetException;
import dev.umbrella.datasets.Datasets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input stops the build with one message naming the file and line, and leaves the previous datasets alone. */
class DatasetBuild_BadInputTest {
    @TempDir
    Path tmp;

    Path raw;
    Path curated;
    Path out;

    @BeforeEach
    void goodBuildFirst() {
        raw = RawFixture.write(tmp.resolve("raw"));
        curated = RawFixture.curated(tmp.resolve("curated"));
        out = tmp.resolve("project/datasets");
        build();
    }

    private DatasetBuild.Result build() {
        return DatasetBuild.run(
                BuildOptions.DEFAULT.withRawDir(raw).withOutDir(out).withCuratedDir(curated));
    }

    private DatasetException failure() {
        String before = RawFixture.read(out.resolve("MANIFEST.csv"));
        var thrown = Assertions.catchThrowableOfType(DatasetException.class, this::build);
        assertThat(thrown).as("build should fail").isNotNull();
        assertThat(RawFixture.read(out.resolve("MANIFEST.csv")))
                .as("previous datasets untouched")
                .isEqualTo(before);
        assertThat(Datasets.load(out).commits().rowCount()).isEqualTo(RawFixture.COMMITS);
        try (var siblings = Files.list(out.getParent())) {
            assertThat(siblings).as("no temporary directory left behind").containsExactly(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return thrown;
    }

    private void replaceInCurated(String file, String from, String to) {
        String text = RawFixture.read(curated.resolve(file));
        assertThat(text).contains(from);
        RawFixture.write(curated.resolve(file), text.replace(from, to));
    }

    @Test
    void theLedgerIsBuiltFromMetricsCuratedRowsAndCommits() {
        var outputs = Datasets.load(out).outputs();
        // The curated incident, the mapped metric, the fixture database's advisories and a commit naming one.
        assertThat(outputs.stringColumn("kind").asList())
                .contains("incident_handled", "malware_report_handled", "advisory_published", "vulnerability_fixed");
        assertThat(outputs.stringColumn("evidence").asList()).contains("reports/fixture/post.md:4");
    }

    @Test
    void ledgerRowWithAnUnknownKindNamesFileAndLine() {
        replaceInCurated("outputs_curated.csv", "mike,incident_handled,", "mike,incidents,");
        var e = failure();
        assertThat(e.file()).endsWith("outputs_curated.csv");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).startsWith("kind must be one of ");
    }

    @Test
    void ledgerRowWithANegativeCountNamesFileAndLine() {
        replaceInCurated("outputs_curated.csv", ",,1,exact,", ",,-1,exact,");
        assertThat(failure().describe()).endsWith("outputs_curated.csv:2: count is negative: -1");
    }

    @Test
    void ledgerRowWithoutItsEvidenceNamesFileAndLine() {
        replaceInCurated("outputs_curated.csv", "From upload to quarantine", "");
        assertThat(failure().describe()).endsWith("outputs_curated.csv:2: quote is empty");
    }

    @Test
    void ledgerRowWhoseQuoteIsNotOnItsLineNamesFileAndLine() {
        replaceInCurated("outputs_curated.csv", ",4,From upload", ",3,From upload");
        assertThat(failure().describe())
                .endsWith("outputs_curated.csv:2: reports/fixture/post.md: the quote is on " + "line 4, not 3");
    }

    @Test
    void metricMappingToAnUnknownKindNamesFileAndLine() {
        replaceInCurated("output_kinds.csv", "malware_report_handled", "reports_handled");
        assertThat(failure().describe()).contains("output_kinds.csv:2: kind must be one of ");
    }

    @Test
    void malformedCommitRowNamesExportAndLine() {
        var rows = new ArrayList<>(RawFixture.WAREHOUSE_ROWS);
        rows.set(2, rows.get(2).replaceFirst("\t", " "));
        RawFixture.writeExport(raw, RawFixture.WAREHOUSE, rows);
        var e = failure();
        assertThat(e.file()).isEqualTo(RawFixture.WAREHOUSE);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.describe())
                .startsWith("git/pypi__warehouse.commits.tsv.gz:4: malformed row: 12 tab-separated fields");
    }

    @Test
    void unparsableCommitDateNamesExportAndLine() {
        var rows = new ArrayList<>(RawFixture.WAREHOUSE_ROWS);
        rows.set(0, rows.get(0).replace("2023-07-13T09:25:42-05:00\t2023", "2023-07-32T09:25:42-05:00\t2023"));
        RawFixture.writeExport(raw, RawFixture.WAREHOUSE, rows);
        assertThat(failure().describe())
                .startsWith("git/pypi__warehouse.commits.tsv.gz:2: unparsable author_date '2023-07-32T09:25:42-05:00'");
    }

    @Test
    void unparsableCuratedDateNamesFileAndLine() {
        replaceInCurated("periods.csv", "2021-06-01", "2021-06-31");
        var e = failure();
        assertThat(e.file()).endsWith("periods.csv");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).isEqualTo("start is not a date YYYY-MM-DD: '2021-06-31'");
    }

    @Test
    void startAfterEndIsRejected() {
        replaceInCurated("periods.csv", "2020-01-01,2021-12-31", "2022-01-01,2021-12-31");
        assertThat(failure().getMessage()).isEqualTo("start 2022-01-01 is after end 2021-12-31");
    }

    @Test
    void unknownPersonIdNamesFileAndLine() {
        replaceInCurated("funding.csv", "Example Foundation,seth,", "Example Foundation,sethh,");
        var e = failure();
        assertThat(e.file()).endsWith("funding.csv");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).startsWith("unknown person id 'sethh' in person_id; known: mike, samuel, seth");
    }

    @Test
    void unknownPersonIdInAliasesIsRejected() {
        replaceInCurated("aliases.csv", "mike@example.org,mike,", "mike@example.org,michael,");
        var e = failure();
        assertThat(e.file()).endsWith("aliases.csv");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void negativeAmountNamesFileAndLine() {
        replaceInCurated("funding.csv", ",100000,", ",-100000,");
        var e = failure();
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).isEqualTo("amount_usd is negative: -100000");
    }

    @Test
    void malformedCuratedRowNamesFileAndLine() {
        replaceInCurated(
                "people.csv", "mike,Mike Fixture,mike-fixture,python,", "mike,Mike Fixture,mike-fixture,python,extra,");
        var e = failure();
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("malformed row: 7 fields, expected 6");
    }

    @Test
    void assumptionsOutOfOrderAreRejected() {
        replaceInCurated("assumptions.csv", "hourly_cost,50,100,150", "hourly_cost,50,200,150");
        assertThat(failure().getMessage()).isEqualTo("needs low <= base <= high, got 50, 200, 150");
    }

    @Test
    void missingRawFileIsNamed() throws Exception {
        Files.delete(raw.resolve("git/urllib3__urllib3.commits.tsv.gz"));
        var e = failure();
        assertThat(e.describe()).startsWith("git/urllib3__urllib3.commits.tsv.gz: raw file is missing");
    }

    @Test
    void missingAdvisoryArchiveIsNamed() throws Exception {
        Files.delete(raw.resolve(AdvisoryArchives.RUBYSEC_ARCHIVE));
        assertThat(failure().file()).isEqualTo(AdvisoryArchives.RUBYSEC_ARCHIVE);
    }

    @Test
    void reportedValueThatDiffersFromTheQuoteNamesSpecLineAndRawFile() {
        replaceInCurated("reported_metrics.csv", "malware_reports,2000,", "malware_reports,2001,");
        var e = failure();
        assertThat(e.file()).endsWith("reported_metrics.csv");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage())
                .isEqualTo("reports/fixture/post.md:3: as_written '2,000' states 2000 reports, but value is 2001");
    }

    @Test
    void quoteNotInTheRawFileIsRejected() {
        replaceInCurated("reported_metrics.csv", "total exposure time: 2h 32m,", "total exposure time: 2h 33m,");
        var e = failure();
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage())
                .isEqualTo("reports/fixture/post.md: quote 'total exposure time: 2h 33m' is not on any line");
    }

    @Test
    void missingCitedRawFileIsNamed() {
        replaceInCurated(
                "reported_metrics.csv", "pypi,reports/fixture/post.md,2h 32m", "pypi,reports/fixture/gone.md,2h 32m");
        assertThat(failure().getMessage()).startsWith("raw file reports/fixture/gone.md is missing");
    }

    @Test
    void lookAlikeNameOnResolvedEmailMustBeReviewed() {
        var rows = new ArrayList<>(RawFixture.WAREHOUSE_ROWS);
        rows.set(1, rows.get(1).replace("Mike Fixture", "Michael Fixture"));
        RawFixture.writeExport(raw, RawFixture.WAREHOUSE, rows);
        var e = failure();
        assertThat(e.file()).endsWith("aliases.csv");
        assertThat(e.getMessage()).startsWith("mike's email committed as 'Michael Fixture'");
    }

    @Test
    void changedDatasetFileFailsToLoadNamingIt() throws Exception {
        Path commits = out.resolve("commits.csv");
        Files.writeString(commits, Files.readString(commits).replace(",seth,", ",mike,"));
        assertThatThrownBy(() -> Datasets.load(out)).isInstanceOfSatisfying(DatasetException.class, e -> {
            assertThat(e.file()).isEqualTo("datasets/commits.csv");
            assertThat(e.getMessage())
                    .startsWith("changed since it was built: sha256 is ")
                    .contains("MANIFEST.csv (line 4)");
        });
    }

    @Test
    void securityLabelOfAnUnknownCommitNamesFileAndLine() {
        replaceInCurated(
                "security_labels.csv",
                "2,pypi/warehouse," + RawFixture.sha(2),
                "2,pypi/warehouse," + RawFixture.sha(99));
        assertThat(failure().describe())
                .endsWith("security_labels.csv:3: unknown commit pypi/warehouse@" + RawFixture.sha(99)
                        + ": not in commits.csv");
    }

    @Test
    void securityLabelOfACommitInAnotherRepositoryNamesFileAndLine() {
        // sha 1 exists, but in pypi/warehouse: a label must name the repository its commit is in
        replaceInCurated("security_labels.csv", "1,pypi/warehouse,", "1,pypa/pip,");
        assertThat(failure().describe())
                .endsWith(
                        "security_labels.csv:2: unknown commit pypa/pip@" + RawFixture.sha(1) + ": not in commits.csv");
        replaceInCurated("security_labels.csv", "1,pypa/pip,", "1,pypa/pipx,");
        assertThat(failure().describe())
                .endsWith("security_labels.csv:2: unknown repository 'pypa/pipx': not one of the " + "commit exports");
    }

    @Test
    void securityLabelOutsideTheVocabularyNamesFileAndLine() {
        replaceInCurated("security_labels.csv", ",not_security,", ",maybe,");
        assertThat(failure().describe())
                .endsWith("security_labels.csv:4: label must be one of not_security, security, "
                        + "unclear, not 'maybe'");
    }

    @Test
    void duplicateSecurityLabelNamesBothLines() {
        replaceInCurated(
                "security_labels.csv",
                "2,pypi/warehouse," + RawFixture.sha(2),
                "2,pypi/warehouse," + RawFixture.sha(1));
        assertThat(failure().describe())
                .endsWith("security_labels.csv:3: duplicate label for pypi/warehouse@" + RawFixture.sha(1)
                        + " (first on line 2)");
        replaceInCurated(
                "security_labels.csv",
                "2,pypi/warehouse," + RawFixture.sha(1),
                "1,pypi/warehouse," + RawFixture.sha(2));
        assertThat(failure().describe()).endsWith("security_labels.csv:3: duplicate item 1 (first on line 2)");
    }

    @Test
    void securityLabelWithoutAReasonNamesFileAndLine() {
        replaceInCurated("security_labels.csv", ",F: quarantine", ",");
        assertThat(failure().describe()).endsWith("security_labels.csv:3: reason is empty");
    }

    @Test
    void curatedFilesOnlyAcceptContractValues() {
        for (var change : List.of(
                List.of(
                        "periods.csv",
                        "seth,volunteer,",
                        "seth,hobby,",
                        "kind must be one of after, funded, vacancy, volunteer, not 'hobby'"),
                List.of(
                        "periods.csv",
                        ",true,,,maintainer",
                        ",yes,,,maintainer",
                        "partly_paid must be true or false, not 'yes'"),
                List.of(
                        "periods.csv",
                        "engineer,stated,https://example.org/c",
                        "engineer,guessed,https://example.org/c",
                        "confidence must be one of derived, stated, not 'guessed'"),
                List.of(
                        "funding.csv",
                        "2022-12-31,https://example.org/e,false",
                        "2022-12-31,https://example.org/e,no",
                        "is_assumption must be true or false, not 'no'"),
                List.of(
                        "funding.csv",
                        ",100000,",
                        ",\"$100,000\",",
                        "amount_usd is not a plain number (digits, optional '-' and '.'): '$100,000'"),
                List.of(
                        "assumptions.csv",
                        ",lognormal,",
                        ",gaussian,",
                        "distribution must be one of fixed, lognormal, pert, triangular, uniform, not 'gaussian'"))) {
            String before = RawFixture.read(curated.resolve(change.get(0)));
            replaceInCurated(change.get(0), change.get(1), change.get(2));
            assertThat(failure().getMessage()).isEqualTo(change.get(3));
            RawFixture.write(curated.resolve(change.get(0)), before);
        }
    }
}
