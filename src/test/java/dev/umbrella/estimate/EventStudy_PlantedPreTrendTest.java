package dev.umbrella.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.umbrella.Synthetic;
import dev.umbrella.Synthetic.Scenario;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventStudy_PlantedPreTrendTest {

    private static EventStudyResult study(Scenario scenario) {
        return Estimates.of(Synthetic.inputs(scenario), Synthetic.ENGINEER).eventStudy("security_commits");
    }

    @Test
    void aRiseOverTheYearBeforeTheStartIsDetectedByTheJointTestAndTheSlope() {
        // The engineer's security commits rise by 0.5 a month, every month, over the 12 months before the start
        // (+6 per month by then); the comparison contributors stay flat.
        EventStudyResult trended = study(Scenario.planted(0).withPreTrend(0.5));
        EventStudyResult flat = study(Scenario.planted(0));

        assertThat(trended.jointPValue()).as(trended.toString()).isLessThan(0.05);
        assertThat(trended.preTrendSlope().interval().lower())
                .as(trended.toString())
                .isGreaterThan(0);
        // The last volunteer quarter (k = -4..-2, planted +4.5 to +5.5) sits clearly above the reference.
        EventStudyResult.Bin last =
                trended.preTest().bins().get(trended.preTest().bins().size() - 1);
        assertThat(last.toK()).isEqualTo(-2);
        assertThat(last.lower()).isGreaterThan(0);
        // The same panel without the planted rise passes both.
        assertThat(flat.jointPValue()).as(flat.toString()).isGreaterThan(0.05);
        assertThat(flat.preTrendSlope().interval().contains(0))
                .as(flat.toString())
                .isTrue();
    }

    @Test
    void withoutAPreTrendTheLagsRecoverAPlantedJumpAndTheLeadsStayAtZero() {
        Estimates estimates = Estimates.of(Synthetic.inputs(Scenario.planted(3)), Synthetic.ENGINEER);
        EventStudyResult study = estimates.eventStudy("security_commits");
        List<EventStudyResult.Coefficient> lags = study.coefficients(Segment.POST);
        List<EventStudyResult.Coefficient> leads = study.coefficients(Segment.PRE);

        assertThat(lags).hasSize(23);
        assertThat(leads).hasSize(36);
        double meanLag = lags.stream()
                .mapToDouble(EventStudyResult.Coefficient::value)
                .average()
                .orElseThrow();
        // Against the whole volunteer window, the mean lag is the DiD estimate itself.
        assertThat(meanLag).isCloseTo(estimates.did("security_commits").did().value(), offset(1e-9));
        assertThat(meanLag).isBetween(2.0, 4.0);
        // Per-month 95% bands: most lag bands hold the planted +3, most lead bands hold 0.
        assertThat(lags.stream().filter(c -> c.lower() <= 3 && 3 <= c.upper()).count())
                .isGreaterThanOrEqualTo(20);
        assertThat(leads.stream().filter(c -> c.lower() <= 0 && 0 <= c.upper()).count())
                .isGreaterThanOrEqualTo(32);
        assertThat(study.jointPValue()).as(study.toString()).isGreaterThan(0.05);
        assertThat(study.summary())
                .startsWith("eng security_commits vs comparison group: pre-period coefficients" + " jointly zero: p = ")
                .contains(
                        "12 quarterly bins",
                        "6 half-year bins",
                        "pre-trend slope ",
                        "mean of the 23 funded-window coefficients +"
                                + String.format(java.util.Locale.ROOT, "%.2f", meanLag));
    }

    @Test
    void everyMonthFromTheVolunteerWindowToTheFundedWindowIsAnEventTimeTransitionIncluded() {
        EventStudyResult study = study(Scenario.planted(3));
        var table = study.toTable();

        assertThat(table.columnNames())
                .containsExactly("k", "month", "segment", "coefficient", "lower", "upper", "n", "note");
        assertThat(table.intColumn("k").asList())
                .isEqualTo(
                        java.util.stream.IntStream.rangeClosed(-37, 23).boxed().toList());
        EventStudyResult.Coefficient start = study.coefficients().get(37);
        assertThat(start.k()).isZero();
        assertThat(start.month()).isEqualTo(YearMonth.of(2023, 1));
        // Transition 2022-12..2023-01: shown, marked, with a band, and outside the reference.
        assertThat(study.coefficients(Segment.TRANSITION))
                .extracting(EventStudyResult.Coefficient::k)
                .containsExactly(-1, 0);
        assertThat(study.coefficients(Segment.TRANSITION)).allSatisfy(c -> {
            assertThat(c.note()).isEqualTo("transition: in neither window");
            assertThat(c.lower()).isLessThan(c.value());
            assertThat(c.upper()).isGreaterThan(c.value());
        });
        assertThat(study.reference())
                .isEqualTo("mean monthly difference over the 36 volunteer-window months"
                        + " k = -37..-2 (2019-12..2022-11)");
        double leadSum = study.coefficients(Segment.PRE).stream()
                .mapToDouble(EventStudyResult.Coefficient::value)
                .sum();
        assertThat(leadSum).isCloseTo(0, offset(1e-9));
    }

    @Test
    void theJointTestRejectsATrueNullAtAboutItsNominalRateAndDetectsARiseMostOfTheTime() {
        // 200 panels without a pre-trend (a planted jump only): at 5% the test should reject about 10 of them.
        // Binomial(200, 0.05) lies within 2..24 (1%..12%) with probability > 0.999. A cheaper bootstrap
        // (199 replications) and a smaller comparison group keep this fast; the permutation p-value's
        // resolution, 1/200, is fine for a 5% cut.
        Design fast = Design.DEFAULT.withBootstrap(199, 0);
        int rejections = 0;
        for (long seed = 1; seed <= 200; seed++) {
            EventStudyResult study = Estimates.of(
                            Synthetic.inputs(Scenario.planted(3).withSeed(seed).withComparisonUnits(5)),
                            Synthetic.ENGINEER)
                    .design(fast)
                    .eventStudy("security_commits");
            rejections += study.jointPValue() <= 0.05 ? 1 : 0;
        }
        assertThat(rejections).isBetween(2, 24);

        // With the planted rise it rejects in most panels (about 98% in longer simulations).
        int detected = 0;
        for (long seed = 1; seed <= 20; seed++) {
            EventStudyResult study = Estimates.of(
                            Synthetic.inputs(Scenario.planted(3)
                                    .withSeed(seed)
                                    .withComparisonUnits(5)
                                    .withPreTrend(0.5)),
                            Synthetic.ENGINEER)
                    .design(fast)
                    .eventStudy("security_commits");
            detected += study.jointPValue() <= 0.05 ? 1 : 0;
        }
        assertThat(detected).isGreaterThanOrEqualTo(16);
    }

    @Test
    void sameSeedGivesAnIdenticalTableAndAnotherSeedOnlyOtherBands() {
        EventStudyResult first = study(Scenario.planted(3));
        EventStudyResult again = study(Scenario.planted(3));
        EventStudyResult reseeded = Estimates.of(Synthetic.inputs(Scenario.planted(3)), Synthetic.ENGINEER)
                .seed(7)
                .eventStudy("security_commits");

        assertThat(again.toTable().printAll()).isEqualTo(first.toTable().printAll());
        assertThat(again.leadBins().printAll()).isEqualTo(first.leadBins().printAll());
        assertThat(again.jointPValue()).isEqualTo(first.jointPValue());
        assertThat(again.toString()).isEqualTo(first.toString());
        assertThat(reseeded.toTable().doubleColumn("coefficient").asList())
                .isEqualTo(first.toTable().doubleColumn("coefficient").asList());
        assertThat(reseeded.toTable().doubleColumn("lower").asList())
                .isNotEqualTo(first.toTable().doubleColumn("lower").asList());
    }

    @Test
    void binsAreQuartersCountedBackFromTheLastVolunteerMonth() {
        assertThat(EventStudyPreTrend.bins(36, 3))
                .hasSize(12)
                .allSatisfy(b -> assertThat(b).hasSize(3));
        List<int[]> odd = EventStudyPreTrend.bins(35, 3);
        assertThat(odd).hasSize(11);
        assertThat(odd.get(0)).containsExactly(0, 1, 2, 3, 4);
        assertThat(odd.get(10)).containsExactly(32, 33, 34);
        assertThat(EventStudyPreTrend.bins(7, 3))
                .satisfiesExactly(
                        b -> assertThat(b).containsExactly(0, 1, 2, 3),
                        b -> assertThat(b).containsExactly(4, 5, 6));
    }

    @Test
    void pValuesBelowTheirResolutionAreNotShownAsMeasured() {
        assertThat(EventStudyResult.formatP(0.4123)).isEqualTo("p = 0.41");
        assertThat(EventStudyResult.formatP(0.0042)).isEqualTo("p = 0.004");
        assertThat(EventStudyResult.formatP(1.0 / 2001)).isEqualTo("p < 0.001");
        EventStudyResult trended = study(Scenario.planted(0).withPreTrend(1.0));
        assertThat(trended.jointPValue()).isLessThan(0.001);
        assertThat(trended.summary()).contains("jointly zero: p < 0.001 (12 quarterly bins; 6 half-year bins p = ");
    }

    @Test
    void vonNeumannRatioIsSmallForATrendAndUndefinedWithoutVariation() {
        // successive differences 1, 1, 1 → 3; deviations 2.25 + 0.25 + 0.25 + 2.25 = 5
        assertThat(EventStudyPreTrend.vonNeumannRatio(new double[] {1, 2, 3, 4}))
                .isCloseTo(0.6, offset(1e-12));
        // alternating: differences 2, 2, 2 → 12; deviations 4 × 1 = 4
        assertThat(EventStudyPreTrend.vonNeumannRatio(new double[] {1, -1, 1, -1}))
                .isCloseTo(3.0, offset(1e-12));
        assertThat(EventStudyPreTrend.vonNeumannRatio(new double[] {0.1, 0.1, 0.1, 0.1}))
                .isNaN();
    }
}
