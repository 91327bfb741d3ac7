package dev.umbrella.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.umbrella.Synthetic;
import dev.umbrella.model.Inputs;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Registry series: counts become rates, levels stay, years are annualised only where the snapshot ends. */
class RegistryOutcomes_SeriesTest {
    /** Mike (PyPI's role) volunteers from 2021 and is funded from 2023-08-01. */
    private static Inputs inputs() {
        Table people = Table.create(
                "people",
                StringColumn.create("person_id", "mike"),
                StringColumn.create("name", "Mike Fiedler"),
                StringColumn.create("github", "miketheman"),
                StringColumn.create("ecosystem", "python"),
                StringColumn.create("employer", "PSF"),
                StringColumn.create("source_url", "https://example.org/mike"));
        Table periods = new Synthetic.Periods()
                .add("mike", "volunteer", LocalDate.of(2021, 1, 1), LocalDate.of(2023, 7, 31), "stated")
                .add("mike", "funded", LocalDate.of(2023, 8, 1), null, "stated")
                .table();
        periods.stringColumn("person_id").set(0, "mike");
        Table reported = Synthetic.emptyReportedMetrics();
        Synthetic.reported(
                reported,
                "malware_reports",
                310,
                "reports",
                "exact",
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 31),
                "pypi");
        Synthetic.reported(
                reported,
                "malware_resolved_within_24h_share",
                90,
                "percent",
                "at_least",
                LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 9, 30),
                "pypi");
        Synthetic.reported(
                reported,
                "audit_findings",
                33,
                "findings",
                "exact",
                LocalDate.of(2024, 8, 19),
                LocalDate.of(2024, 9, 9),
                "rubygems");
        Synthetic.reported(
                reported,
                "not_in_the_catalogue",
                1,
                "things",
                "exact",
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 1),
                "pypi");
        Synthetic.Commits commits = new Synthetic.Commits();
        // the PyPA database's export ends in 2024-10 (a commit on 2024-10-10 makes 2024-09 the last complete month)
        commits.add(
                "pypa/advisory-database",
                Synthetic.contributor(1),
                LocalDateTime.of(2020, 1, 5, 12, 0),
                0,
                false,
                true,
                false,
                "",
                1,
                0);
        commits.add(
                "pypa/advisory-database",
                Synthetic.contributor(1),
                LocalDateTime.of(2024, 10, 10, 12, 0),
                0,
                false,
                true,
                false,
                "",
                1,
                0);
        return Inputs.of(people, periods, Synthetic.emptyFunding(), commits.table(), reported, Synthetic.assumptions());
    }

    /** 2023: 4 advisories; 2024: 3 by September and 1 in October, after the last complete month. */
    private static Table advisories() {
        List<String> days = List.of(
                "2023-02-01",
                "2023-05-01",
                "2023-08-01",
                "2023-12-31",
                "2024-01-15",
                "2024-06-01",
                "2024-09-30",
                "2024-10-05");
        Table t = Table.create(
                "advisories",
                StringColumn.create("id"),
                StringColumn.create("database"),
                DateColumn.create("published"));
        for (int i = 0; i < days.size(); i++) {
            t.stringColumn("id").append("PYSEC-" + i);
            t.stringColumn("database").append("pypa");
            t.dateColumn("published").append(LocalDate.parse(days.get(i)));
        }
        t.stringColumn("id").append("PSF-1");
        t.stringColumn("database").append("psf");
        t.dateColumn("published").append(LocalDate.of(2024, 1, 1));
        return t;
    }

    @Test
    void countsBecomeRatesLevelsStayAndPeriodsAreReadAgainstTheRole() {
        RegistryOutcomes outcomes = RegistryOutcomes.of(inputs(), advisories());

        RegistryOutcomes.Point reports = point(outcomes, "malware reports");
        assertThat(reports.value()).isCloseTo(310 / (31 / (365.25 / 12)), offset(1e-9));
        assertThat(reports.unit()).isEqualTo("reports per month");
        assertThat(reports.relative()).isEqualTo("funded (mike's role)");
        assertThat(reports.source()).isEqualTo("reports/test.md:1 (https://example.org/report)");
        RegistryOutcomes.Point share = point(outcomes, "resolved within 24 h");
        assertThat(share.value()).isEqualTo(90);
        assertThat(share.qualifier()).isEqualTo("at_least");
        assertThat(share.relative()).isEqualTo("volunteer → funded (mike's role)");
        assertThat(outcomes.points()).noneMatch(p -> p.measure().contains("catalogue"));
        // RubyGems' audit has no role in these inputs: drawn, but against no role.
        assertThat(point(outcomes, "audit findings").relative()).isEmpty();
        assertThat(outcomes.roleStarts(RegistryOutcomes.MALWARE))
                .containsEntry("Mike Fiedler", LocalDate.of(2023, 8, 1));
    }

    @Test
    void advisoriesPerYearComeFromTheDatabaseAndThePartYearIsAnnualised() {
        RegistryOutcomes outcomes = RegistryOutcomes.of(inputs(), advisories());
        List<RegistryOutcomes.Point> years = outcomes.figure(RegistryOutcomes.ADVISORIES);

        assertThat(years).hasSize(10).allMatch(p -> p.registry().equals("PyPA advisory database (PyPI)"));
        RegistryOutcomes.Point y2023 = years.get(8);
        RegistryOutcomes.Point y2024 = years.get(9);
        assertThat(y2023.from()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(y2023.value()).isEqualTo(4);
        assertThat(y2023.relative()).isEqualTo("volunteer → funded (mike's role)");
        assertThat(y2024.to()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(y2024.value()).isCloseTo(3 * 12 / 9.0, offset(1e-12));
        assertThat(y2024.qualifier()).isEqualTo("3 in 9 months, annualised");
        assertThat(years.get(0).relative()).isEqualTo("before mike's periods (mike's role)");
        // The PSF database has no snapshot among the commits here: no series, rather than zeros.
        assertThat(outcomes.points()).noneMatch(p -> p.registry().startsWith("PSF"));
    }

    private static RegistryOutcomes.Point point(RegistryOutcomes outcomes, String measure) {
        return outcomes.points().stream()
                .filter(p -> p.measure().equals(measure))
                .findFirst()
                .orElseThrow();
    }
}
