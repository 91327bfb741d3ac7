package dev.umbrella.model;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * One row of {@code funding.csv}: money from a funder to a recipient, with its public source.
 *
 * @param personId the funded person, or empty when the grant is not for one person
 * @param amountUsd empty where no public figure exists (the ROI model then uses loaded-cost parameters)
 * @param start first day, or {@code null} when not known
 * @param end last day (inclusive), or {@code null} when not known
 * @param roleShare the {@code assumptions.csv} name of the share of the amount that paid the person's role, where the
 *     grant also paid for other things; empty when all of it paid the role
 */
public record Funding(
        String funder,
        String recipient,
        String personId,
        String purpose,
        OptionalDouble amountUsd,
        LocalDate start,
        LocalDate end,
        String sourceUrl,
        boolean isAssumption,
        String roleShare,
        String note) {

    /** True when the amount can be spread over days: it has an amount, a start and an end. */
    public boolean isAllocable() {
        return amountUsd.isPresent() && start != null && end != null && !end.isBefore(start);
    }
}
