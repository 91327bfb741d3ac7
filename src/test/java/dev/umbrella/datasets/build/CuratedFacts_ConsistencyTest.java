package dev.umbrella.datasets.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.umbrella.env.Env;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Internal consistency of the hand-curated fact files. The datasets build validates their format and
 * checks every quote against the raw files; this test guards what only the curator knows: periods,
 * vocabulary, people, and which Alpha-Omega monthly reports state no number at all.
 */
class CuratedFacts_ConsistencyTest {
    private static final String CURATED = "/dev/umbrella/datasets/curated/";
    private static final Set<String> ORGANISATIONS = Set.of("pypi", "psf", "rubygems", "rubycentral", "alpha-omega");
    private static final Set<String> MONTHLY_REPORT_FOLDERS = Set.of(
            "2023/psf",
            "2024/Python Software Foundation",
            "2025/PSF",
            "2026/Python Software Foundation",
            "2024/RubyCentral",
            "2025/Ruby Central",
            "2026/Ruby Central");

    /**
     * Monthly reports, read line by line, that state no count, share, duration or amount, neither in
     * digits nor in number words: only dates, versions, PEP/CVE ids, "twice", "multiple". Curated: a
     * report leaves this list as soon as a row cites it.
     */
    private static final Set<String> NOTHING_COUNTABLE = Set.of(
            "2023/psf/update-2023-02.md",
            "2023/psf/update-2023-04.md",
            "2023/psf/update-2023-05.md",
            "2023/psf/update-2023-09.md",
            "2023/psf/update-2023-11.md",
            "2024/Python-Software-Foundation/update-2024-08.md",
            "2024/Python-Software-Foundation/update-2024-10.md",
            "2024/Python-Software-Foundation/update-2024-11.md",
            "2024/Python-Software-Foundation/update-2024-12.md",
            "2024/RubyCentral/update-2024-02.md",
            "2024/RubyCentral/update-2024-03.md",
            "2024/RubyCentral/update-2024-04.md",
            "2024/RubyCentral/update-2024-05.md",
            "2024/RubyCentral/update-2024-06.md",
            "2024/RubyCentral/update-2024-07.md",
            "2024/RubyCentral/update-2024-10.md",
            "2024/RubyCentral/update-2024-11.md",
            "2025/Ruby-Central/update-2025-09.md");

    @Test
    void periodsOfOnePersonFollowEachOtherWithoutOverlap() throws IOException {
        Map<String, List<CSVRecord>> byPerson =
                read("periods.csv").stream().collect(Collectors.groupingBy(r -> r.get("person_id")));
        for (List<CSVRecord> periods : byPerson.values()) {
            periods.sort(Comparator.comparing(r -> LocalDate.parse(r.get("start"))));
            for (int i = 0; i < periods.size(); i++) {
                CSVRecord period = periods.get(i);
                String where = "periods.csv line " + (period.getRecordNumber() + 1);
                if (i < periods.size() - 1) {
                    assertThat(period.get("end"))
                            .as("only the last period may be open-ended: " + where)
                            .isNotEmpty();
                    LocalDate end = LocalDate.parse(period.get("end"));
                    assertThat(end).as(where).isAfterOrEqualTo(LocalDate.parse(period.get("start")));
                    assertThat(end)
                            .as(where)
                            .isBefore(LocalDate.parse(periods.get(i + 1).get("start")));
                }
            }
        }
        assertThat(byPerson.keySet()).isEqualTo(people());
    }

    @Test
    void periodsUseTheAgreedKindsAndCiteSources() throws IOException {
        for (CSVRecord period : read("periods.csv")) {
            assertThat(period.get("kind")).isIn("volunteer", "funded", "vacancy", "after");
            assertThat(period.get("confidence")).isIn("stated", "derived");
            assertThat(period.get("partly_paid")).isIn("true", "false");
            assertThat(period.get("source_urls").split(";")).allMatch(url -> url.startsWith("https://"));
        }
    }

    @Test
    void everyRowNamesAKnownPersonOrOrganisation() throws IOException {
        Set<String> people = people();
        assertThat(read("funding.csv"))
                .allSatisfy(r -> assertThat(r.get("person_id")).isIn(union(people, Set.of(""))));
        assertThat(read("reported_metrics.csv"))
                .allSatisfy(r -> assertThat(r.get("entity")).isIn(union(people, ORGANISATIONS)));
    }

    @Test
    void reportedMetricsUseTheVocabularyAndQuoteWhatTheyParse() throws IOException {
        Map<String, String> units = read("reported_metrics_vocabulary.csv").stream()
                .collect(Collectors.toMap(r -> r.get("metric"), r -> r.get("unit")));
        for (CSVRecord row : read("reported_metrics.csv")) {
            String where = "reported_metrics.csv line " + (row.getRecordNumber() + 1);
            assertThat(units).as(where).containsEntry(row.get("metric"), row.get("unit"));
            assertThat(row.get("qualifier")).as(where).isIn("exact", "about", "at_least", "at_most");
            assertThat(row.get("quote")).as(where).contains(row.get("as_written"));
            assertThat(LocalDate.parse(row.get("period_start")))
                    .as(where)
                    .isBeforeOrEqualTo(LocalDate.parse(row.get("period_end")));
        }
    }

    @Test
    void everyMonthlyAlphaOmegaReportIsCitedOrDeclaredUncountable() throws IOException {
        Path manifest = Env.rawDir().resolve("reports/alpha-omega/MANIFEST.tsv");
        assumeTrue(Files.isRegularFile(manifest), "could not check report coverage: " + manifest + " is absent");
        Set<String> cited = read("reported_metrics.csv").stream()
                .map(r -> r.get("raw_file"))
                .collect(Collectors.toSet());
        List<String> monthly = new ArrayList<>();
        try (var records = CSVFormat.TDF
                .builder()
                .setQuote(null)
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(Files.newBufferedReader(manifest, StandardCharsets.UTF_8))) {
            for (CSVRecord report : records) {
                String original = report.get("original_path");
                String folder = original.substring("alpha/engagements/".length(), original.lastIndexOf('/'));
                if (MONTHLY_REPORT_FOLDERS.contains(folder)
                        && !report.get("doc_date").isEmpty()) {
                    monthly.add(report.get("copied_path"));
                }
            }
        }
        String prefix = "reports/alpha-omega/alpha/engagements/";
        assertThat(monthly).hasSizeGreaterThanOrEqualTo(71);
        assertThat(monthly)
                .allSatisfy(path -> assertThat(
                                cited.contains(path) ^ NOTHING_COUNTABLE.contains(path.substring(prefix.length())))
                        .as("exactly one of: cited by a row, declared uncountable: " + path)
                        .isTrue());
        assertThat(NOTHING_COUNTABLE).allSatisfy(path -> assertThat(monthly).contains(prefix + path));
    }

    private static Set<String> people() throws IOException {
        return read("people.csv").stream().map(r -> r.get("person_id")).collect(Collectors.toSet());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }

    private static List<CSVRecord> read(String name) throws IOException {
        var in = CuratedFacts_ConsistencyTest.class.getResourceAsStream(CURATED + name);
        assertThat(in).as(CURATED + name).isNotNull();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                var records = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(reader)) {
            return new ArrayList<>(records.getRecords());
        }
    }
}
