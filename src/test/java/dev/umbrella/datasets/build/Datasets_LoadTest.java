package dev.umbrella.datasets.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.umbrella.datasets.Column;
import dev.umbrella.datasets.Dataset;
import dev.umbrella.datasets.DatasetException;
import dev.umbrella.datasets.Datasets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;

class Datasets_LoadTest {
    @TempDir
    Path tmp;

    private Path build() {
        var raw = RawFixture.write(tmp.resolve("raw"));
        var curated = RawFixture.curated(tmp.resolve("curated"));
        return DatasetBuild.run(BuildOptions.DEFAULT
                        .withRawDir(raw)
                        .withOutDir(tmp.resolve("datasets"))
                        .withCuratedDir(curated))
                .dir();
    }

    @Test
    void everyDatasetLoadsWithTheContractTypes() {
        var datasets = Datasets.load(build());
        for (Dataset d : Dataset.values()) {
            var table = datasets.table(d);
            assertThat(table.columnNames()).isEqualTo(d.header());
            for (Column c : d.columns()) {
                ColumnType expected = switch (c.type()) {
                    case DATE -> ColumnType.LOCAL_DATE;
                    case INSTANT -> ColumnType.LOCAL_DATE_TIME;
                    case INTEGER -> ColumnType.INTEGER;
                    case DOUBLE -> ColumnType.DOUBLE;
                    case BOOLEAN -> ColumnType.BOOLEAN;
                    default -> ColumnType.STRING;
                };
                assertThat(table.column(c.name()).type()).as(d + "." + c.name()).isEqualTo(expected);
            }
        }
    }

    @Test
    void valuesAreTypedUtcAndMissingWhereEmpty() {
        var datasets = Datasets.load(build());
        var commits =
                datasets.commits().where(datasets.commits().stringColumn("sha").isEqualTo(RawFixture.sha(2)));
        assertThat(commits.dateTimeColumn("author_time").get(0)).isEqualTo(LocalDateTime.of(2023, 12, 31, 23, 30, 0));
        assertThat(commits.intColumn("utc_offset_minutes").get(0)).isEqualTo(60);
        assertThat(commits.booleanColumn("security").get(0)).isTrue();
        var periods = datasets.periods();
        assertThat(periods.dateColumn("start").get(0)).isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(periods.booleanColumn("partly_paid").isMissing().size()).isEqualTo(1);
        assertThat(periods.dateColumn("end").isMissing().size()).isEqualTo(1);
        var funding = datasets.funding();
        assertThat(funding.doubleColumn("amount_usd").isMissing().size()).isEqualTo(1);
        assertThat(funding.doubleColumn("amount_usd").max()).isEqualTo(100_000);
        assertThat(datasets.reportedMetrics().intColumn("line").asList()).containsExactly(4, 3, 3);
        assertThat(datasets.provenance(Dataset.COMMITS))
                .startsWith("commits.csv," + RawFixture.COMMITS + ",")
                .contains("raw:git/pypi__warehouse.commits.tsv.gz sha256-gzip=");
    }

    @Test
    void eachCallReturnsAnIndependentCopy() {
        var datasets = Datasets.load(build());
        var first = datasets.commits();
        first.stringColumn("author").set(0, "changed");
        first.dropRows(1);
        var second = Datasets.load(tmp.resolve("datasets")).commits();
        assertThat(second.rowCount()).isEqualTo(RawFixture.COMMITS);
        assertThat(second.stringColumn("author").get(0)).isNotEqualTo("changed");
    }

    @Test
    void missingManifestOrFileIsNamed() throws Exception {
        var dir = build();
        Files.delete(dir.resolve("advisories.csv"));
        assertThatThrownBy(() -> Datasets.load(dir))
                .isInstanceOfSatisfying(
                        DatasetException.class,
                        e -> assertThat(e.describe())
                                .startsWith("datasets/advisories.csv: missing, but listed in MANIFEST.csv (line 2)"));
        Files.delete(dir.resolve("MANIFEST.csv"));
        assertThatThrownBy(() -> Datasets.load(dir))
                .isInstanceOfSatisfying(
                        DatasetException.class,
                        e -> assertThat(e.describe()).startsWith("datasets/MANIFEST.csv: missing; build the datasets"));
    }

    @Test
    void realCommitsLoadWithEveryRow() {
        var datasets = Datasets.load(RealBuild.datasets());
        var commits = datasets.commits();
        assertThat(commits.rowCount()).isEqualTo(90_341);
        assertThat(commits.stringColumn("author").isEqualTo("mike").size()).isEqualTo(862);
        assertThat(commits.stringColumn("repo").unique().size()).isEqualTo(RawRecords.COMMIT_EXPORTS.size());
        assertThat(datasets.advisories().rowCount()).isEqualTo(132 + 2661 + 1381);
    }
}
