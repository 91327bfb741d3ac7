package dev.umbrella.present;

import static dev.umbrella.present.Figures_TimelineTest.names;
import static dev.umbrella.present.Figures_TimelineTest.script;
import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.Synthetic;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.estimate.RegistryOutcomes;
import dev.umbrella.estimate.Sensitivity;
import dev.umbrella.model.Inputs;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

class Figures_ValidityTest {
    @Test
    void sensitivityChartHasOneRowPerSpecificationAndCountsAgreementInTheTitle() {
        Sensitivity s = Estimates.of(Synthetic.inputs(Synthetic.Scenario.planted(3)), Synthetic.ENGINEER)
                .seed(7)
                .sensitivity("security_commits");

        Figure figure = Figures.sensitivity(s);

        assertThat(figure.getLayout().getTitle())
                .isEqualTo("Eng, security commits: interval on the default's side "
                        + "of 0 in 10 of 10 (change) and 10 of 10 (DiD) specifications");
        assertThat(names(figure))
                .containsExactly(
                        "change: 95% interval",
                        "funded − volunteer", "DiD: 95% interval", "difference-in-differences", "no change");
        // the default on top (y = 9), each specification labelled on the axis
        assertThat(script(figure))
                .contains(
                        "\"default\"",
                        "\"baseline 12 months\"",
                        "\"transition 6 months\"",
                        "\"without advisory databases\"",
                        "\"comparison ≥ 24 commits\"");
        String dots = figure.getTraces()[1].asJavascript(1);
        assertThat(dots).contains("9.17");
    }

    @Test
    void registryFigureDrawsEachSeriesAndTheRoleStart() {
        Table reported = Synthetic.emptyReportedMetrics();
        Synthetic.reported(
                reported,
                "audit_findings",
                29,
                "findings",
                "exact",
                LocalDate.of(2023, 11, 14),
                LocalDate.of(2023, 11, 14),
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
        Inputs inputs = Inputs.of(
                Synthetic.people(),
                Synthetic.periods(true),
                Synthetic.emptyFunding(),
                Synthetic.commits(Synthetic.Scenario.planted(0)),
                reported,
                Synthetic.assumptions());
        RegistryOutcomes outcomes = RegistryOutcomes.of(
                inputs,
                Table.create(
                        "advisories",
                        StringColumn.create("id"),
                        StringColumn.create("database"),
                        DateColumn.create("published")));

        assertThat(outcomes.figures()).containsExactly("Findings per security audit");
        Figure figure = Figures.registry(outcomes, "Findings per security audit");

        assertThat(figure.getLayout().getTitle())
                .isEqualTo("Findings per security audit (descriptive, as reported; not pooled)");
        // a bar over RubyGems' audit period (19 Aug - 9 Sep), none for PyPI's one-day report
        assertThat(names(figure))
                .containsExactly(
                        "PyPI · audit findings",
                        "RubyGems · audit findings: period covered",
                        "RubyGems · audit findings");
        assertThat(script(figure)).contains("2024-08-19", "2024-09-09", "2023-11-14");
        assertThat(Figures.registry(outcomes, "Advisories published per year")
                        .getLayout()
                        .getTitle())
                .contains("insufficient data");
        assertThat(List.of(names(Figures.registry(outcomes, "Findings per security audit"))))
                .hasSize(3);
    }
}
