package dev.umbrella.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.umbrella.Synthetic;
import dev.umbrella.model.Inputs;
import dev.umbrella.model.ReportedMetric;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ExposureContrast_LikeForLikeTest {

    private static ReportedMetric row(String metric, double value, String unit, LocalDate start, LocalDate end) {
        return new ReportedMetric(
                metric, value, unit, "about", start, end, "pypi", "reports/x.md", 1, "q", "https://example.org");
    }

    private static final ReportedMetric MOST_WITHIN = row(
            "malware_response_time_most_within", 485, "minutes", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 8, 14));
    private static final ReportedMetric MEDIAN =
            row("malware_exposure_median", 2, "hours", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

    @Test
    void aQuantileAgainstAMedianIsRefused() {
        assertThatThrownBy(() -> ExposureContrast.difference(
                        ExposureContrast.measure(MOST_WITHIN), ExposureContrast.measure(MEDIAN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not like for like: an unspecified upper quantile of response time against the median of "
                        + "exposure time (different statistics)");
    }

    @Test
    void sharesWithinDifferentTimesAreRefused() {
        ReportedMetric within4 = row(
                "malware_resolved_within_4h_share",
                66,
                "percent",
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31));
        ReportedMetric within24 = row(
                "malware_resolved_within_24h_share",
                92,
                "percent",
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31));

        assertThatThrownBy(() -> ExposureContrast.difference(
                        ExposureContrast.measure(within4), ExposureContrast.measure(within24)))
                .hasMessageContaining("(different levels)");
    }

    @Test
    void withoutAPairTheContrastSaysSoAndListsEveryRow() {
        ExposureContrast contrast =
                ExposureContrast.of(List.of(MOST_WITHIN, MEDIAN), LocalDate.of(2023, 8, 1), LocalDate.of(2026, 8, 1));

        assertThat(contrast.hasPair()).isFalse();
        assertThat(contrast.verdict())
                .isEqualTo("no like-for-like pair: the volunteer period has an unspecified "
                        + "upper quantile of response time; the funded period has the median of exposure time");
        assertThat(contrast.toTable().stringColumn("use").asList())
                .containsExactly(
                        "no funded row with the same statistic: an unspecified upper quantile of response time",
                        "no volunteer row with the same statistic: the median of exposure time");
    }

    @Test
    void aFundedRowOutsideTheWindowIsNotUsed() {
        ReportedMetric before =
                row("malware_exposure_median", 9, "hours", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 31));

        ExposureContrast inside =
                ExposureContrast.of(List.of(before, MEDIAN), LocalDate.of(2023, 8, 1), LocalDate.of(2026, 8, 1));
        ExposureContrast outside =
                ExposureContrast.of(List.of(before, MEDIAN), LocalDate.of(2023, 8, 1), LocalDate.of(2025, 8, 1));

        assertThat(ExposureContrast.difference(
                        inside.pair().get(0), inside.pair().get(1)))
                .isCloseTo(7, offset(1e-12));
        assertThat(outside.hasPair()).isFalse();
        assertThat(outside.toTable().stringColumn("use").asList()).anyMatch(u -> u.startsWith("outside"));
    }

    /** The model shows no ROI for the channel, names why, and gives the exposure hours that would pay for the role. */
    @Test
    void noPairMeansTheChannelIsNotEstimatedAndABreakEvenInHours() {
        Table reported = Synthetic.emptyReportedMetrics();
        Synthetic.reported(
                reported,
                "malware_response_time_most_within",
                600,
                "minutes",
                "exact",
                LocalDate.of(2022, 6, 1),
                LocalDate.of(2022, 8, 31),
                Synthetic.ENGINEER);
        Synthetic.reported(
                reported,
                "malware_exposure_median",
                2,
                "hours",
                "exact",
                LocalDate.of(2023, 6, 1),
                LocalDate.of(2023, 6, 30),
                Synthetic.ENGINEER);
        Inputs inputs = Fixtures.inputs(
                        reported,
                        Synthetic.funding(120_000, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)),
                        Fixtures.handWorkedAssumptions("lognormal"))
                .withOutputs(Fixtures.removals());
        Roi roi = Roi.of(inputs, Synthetic.ENGINEER);

        RoiResult result = roi.evaluate();
        BreakEven breakEven = roi.breakEven(Method.EXPECTED_LOSS);

        assertThat(result.isEstimated(Method.EXPECTED_LOSS)).isFalse();
        assertThat(result.notEstimatedReason(Method.EXPECTED_LOSS))
                .startsWith("not estimated: no outcome-based "
                        + "benefit can be valued (package_removed.expected_loss: no like-for-like pair");
        assertThat(result.isEstimated(Method.MARKET_PRICE)).isFalse();
        // Needed per package: 263,801.653 / (0.8677686 × 731 × 0.5) = 831.74 USD; per exposure hour a package is
        // worth 10 × 0.0001 × 1,000,000 = 1,000 USD, so 0.83 hours.
        BreakEven.Line line = breakEven.lines().get(0);
        assertThat(line.value()).isCloseTo(263_801.653 / (0.8677686 * 731 * 0.5), offset(0.01));
        assertThat(line.statement()).contains("exposure_hours_removed = 0.83 hours (no like-for-like estimate)");
        assertThat(roi.simulate(1_000).toString()).doesNotContain("ROI > 0 in");
    }
}
