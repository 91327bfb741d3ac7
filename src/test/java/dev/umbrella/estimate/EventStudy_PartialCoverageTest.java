package dev.umbrella.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.umbrella.Synthetic;
import dev.umbrella.Synthetic.Scenario;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class EventStudy_PartialCoverageTest {

    @Test
    void monthsAfterAStaleExportAreMarkedAndTheMeanLagStillEqualsTheDid() {
        // org/db's export ends after 2023-09; org/repo runs to 2024-12.
        Estimates estimates = Estimates.of(
                Synthetic.withStaleRepository(Scenario.planted(3), "org/db", YearMonth.of(2023, 9)),
                Synthetic.ENGINEER);
        EventStudyResult study = estimates.eventStudy("security_commits");

        assertThat(estimates.timeline().repos()).containsExactly("org/db", "org/repo");
        assertThat(study.coefficients(Segment.POST))
                .allSatisfy(c -> assertThat(c.note())
                        .isEqualTo(
                                c.month().isAfter(YearMonth.of(2023, 9))
                                        ? "partial coverage: org/db at the window mean"
                                        : ""));
        assertThat(study.coefficients(Segment.POST).stream()
                        .filter(c -> !c.note().isEmpty()))
                .hasSize(15);
        double meanLag = study.coefficients(Segment.POST).stream()
                .mapToDouble(EventStudyResult.Coefficient::value)
                .average()
                .orElseThrow();
        assertThat(meanLag).isCloseTo(estimates.did("security_commits").did().value(), offset(1e-9));
        assertThat(study.notes()).anyMatch(n -> n.contains("within runs of equal repository coverage"));
    }
}
