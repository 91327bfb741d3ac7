package dev.umbrella.roi;

import dev.umbrella.Synthetic;
import dev.umbrella.Synthetic.Scenario;
import dev.umbrella.model.Inputs;
import java.time.LocalDate;
import tech.tablesaw.api.Table;

/** The hand-worked ROI example's inputs: round numbers, a public grant for the first funded year. */
public final class Fixtures {
    private Fixtures() {}

    public static Table handWorkedAssumptions(String harmDistribution) {
        return Synthetic.assumptions(
                new Object[] {"security_engineer_wage_annual", 104_000, 104_000, 104_000, "usd/year", "fixed"},
                new Object[] {"benefits_load", 1.5, 1.5, 1.5, "multiplier", "fixed"},
                new Object[] {"overhead_share", 0.1, 0.2, 0.3, "share", "triangular"},
                new Object[] {"paid_hours_per_year", 2080, 2080, 2080, "hours", "fixed"},
                new Object[] {"hours_per_security_commit", 2, 5, 10, "hours", "pert"},
                new Object[] {"true_positive_share", 0.8, 0.8, 0.8, "share", "fixed"},
                new Object[] {"installs_per_exposure_hour", 1, 10, 100, "installs/hour", "lognormal"},
                new Object[] {"harm_probability_per_install", 0.00001, 0.0001, 0.001, "probability", harmDistribution},
                new Object[] {"loss_per_incident", 1_000_000, 1_000_000, 1_000_000, "usd", "fixed"},
                new Object[] {"attribution_share_registry", 0.25, 0.5, 0.75, "share", "uniform"},
                new Object[] {"discount_rate", 0.05, 0.10, 0.15, "rate", "fixed"},
                new Object[] {"reported_value_tolerance", 0, 0.1, 0.2, "share", "fixed"});
    }

    /**
     * Engineer "eng" funded from 2023-01-01 (data to 2024-12: a 24-month horizon), a $120,000 grant for 2023,
     * the registry's malicious packages removed in 2023 (a running monthly series, 365 in all; 2024 not reported),
     * and the same statistic (a median exposure) before and after the start: 10 h in the volunteer era, 2 h funded.
     */
    public static Inputs handWorked() {
        Table reported = Synthetic.emptyReportedMetrics();
        Synthetic.reported(
                reported,
                "malware_exposure_median",
                10,
                "hours",
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
        return inputs(
                        reported,
                        Synthetic.funding(120_000, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)),
                        handWorkedAssumptions("lognormal"))
                .withOutputs(removals());
    }

    /** One row a day of 2023 in a monthly series: 31 + 28 + ... = 365 packages removed by the registry. */
    static Table removals() {
        Table ledger = Synthetic.emptyOutputs();
        for (int m = 1; m <= 12; m++) {
            LocalDate first = LocalDate.of(2023, m, 1);
            LocalDate last = first.plusMonths(1).minusDays(1);
            Synthetic.output(
                    ledger,
                    "package_removed",
                    "",
                    last.getDayOfMonth(),
                    "exact",
                    first,
                    last,
                    "registry",
                    "reported:projects_removed:org",
                    first,
                    last);
        }
        return ledger;
    }

    static Inputs inputs(Table reported, Table funding, Table assumptions) {
        return Inputs.of(
                Synthetic.people(),
                Synthetic.periods(true),
                funding,
                Synthetic.commits(Scenario.planted(2)),
                reported,
                assumptions);
    }
}
