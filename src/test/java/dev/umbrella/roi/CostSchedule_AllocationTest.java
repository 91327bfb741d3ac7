package dev.umbrella.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.umbrella.Synthetic;
import dev.umbrella.model.Engineer;
import dev.umbrella.model.Funding;
import dev.umbrella.model.Inputs;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CostSchedule_AllocationTest {

    private final Engineer engineer = Inputs.of(
                    Synthetic.people(),
                    Synthetic.periods(true),
                    Synthetic.emptyFunding(),
                    Synthetic.commits(Synthetic.Scenario.planted(0).withComparisonUnits(0)),
                    Synthetic.emptyReportedMetrics(),
                    Synthetic.assumptions())
            .engineer(Synthetic.ENGINEER);

    private static Funding grant(double amount, LocalDate start, LocalDate end) {
        return new Funding(
                "F",
                "Org",
                Synthetic.ENGINEER,
                "role",
                OptionalDouble.of(amount),
                start,
                end,
                "https://example.org",
                false,
                "",
                "");
    }

    @Test
    void aGrantIsSpreadOverItsDaysAndCoversThoseMonths() {
        // 36,500 USD over 2023-07-01..2024-06-30 (366 days, 2024 is a leap year): 99.727 USD a day. The funded
        // start is 2023-01-01, so months 0-5 are uncovered, months 6-17 covered; July 2023 gets 31 days' worth.
        CostSchedule schedule = CostSchedule.of(
                engineer, List.of(grant(36_500, LocalDate.of(2023, 7, 1), LocalDate.of(2024, 6, 30))), 24);

        assertThat(schedule.uncovered()[5]).isEqualTo(1.0);
        assertThat(schedule.uncovered()[6]).isZero();
        assertThat(schedule.uncovered()[18]).isEqualTo(1.0);
        assertThat(schedule.grants().get(0).byMonth()[6]).isCloseTo(36_500 * 31 / 366.0, offset(1e-9));
        assertThat(schedule.grants().get(0).inHorizon()).isCloseTo(36_500, offset(1e-6));
    }

    @Test
    void volunteerEraMoneyIsNotTheRolesCost() {
        // Like Seth's 2019-2022 urllib3 grants: paid before the funded start, so neither cost nor note.
        CostSchedule schedule = CostSchedule.of(
                engineer, List.of(grant(10_944, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))), 24);

        assertThat(schedule.grants()).isEmpty();
        assertThat(schedule.notes()).isEmpty();
    }

    @Test
    void aGrantWithoutAnEndIsNamedAndNotSpread() {
        CostSchedule schedule = CostSchedule.of(engineer, List.of(grant(400_000, LocalDate.of(2022, 11, 1), null)), 24);

        assertThat(schedule.grants()).isEmpty();
        assertThat(schedule.notes())
                .singleElement()
                .asString()
                .contains("400,000 USD")
                .contains("cannot be spread");
    }

    @Test
    void aGrantThatStartedBeforeTheRoleCountsOnlyItsMonthsInTheRole() {
        // 240,000 over 2022-01-01..2023-12-31 (730 days); the role starts 2023-01-01: 365 days' worth count.
        CostSchedule schedule = CostSchedule.of(
                engineer, List.of(grant(240_000, LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31))), 24);

        assertThat(schedule.grants().get(0).inHorizon()).isCloseTo(240_000 * 365 / 730.0, offset(1e-6));
    }

    @Test
    void theHorizonEndsAtTheFundedEndOrTheDataEnd() {
        assertThat(CostSchedule.horizonMonths(engineer, LocalDate.of(2025, 1, 1)))
                .isEqualTo(24);
        assertThat(CostSchedule.horizonMonths(engineer, LocalDate.of(2024, 7, 15)))
                .isEqualTo(18);
    }
}
