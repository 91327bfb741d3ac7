package dev.umbrella.estimate;

import dev.umbrella.env.Env;
import java.time.LocalDate;
import java.util.List;

/**
 * The pre-specified settings of every estimate (the impact model and windows are fixed before looking, as Lopez
 * Bernal, Cummins and Gasparrini 2017 ask for the impact model of an interrupted time series). Immutable;
 * {@link #DEFAULT} holds the defaults and each {@code withX} returns a changed copy, so a notebook's
 * {@code parameters} cell can pass plain values.
 *
 * @param seed seed of every bootstrap draw
 * @param transitionMonths months left out around the funded start: {@code floor(k/2)} before the start month and
 *     {@code ceil(k/2)} from it (k = 2: the month before and the start month). Onboarding and hiring make these
 *     months neither volunteer nor funded (a pre-specified choice: leave out 1–3 transition months).
 * @param preMonths at most this many volunteer months before the transition (a pre-specified choice within 24–36)
 * @param postMonths at most this many funded months after the transition; 0 (the default) = every funded month up to
 *     the end of the data, so the effect and the ROI cover the same months (rather than a fixed 12–24 months; the
 *     sensitivity table shows shorter windows)
 * @param minSegmentMonths fewer observed months than this before or after the start gives "insufficient data";
 *     also the shortest placebo segment
 * @param replications bootstrap replications
 * @param blockMonths moving-block length; 0 picks {@code round(n^(1/3))} (the n^(1/3) rate for block length,
 *     Hall, Horowitz and Jing 1995, for Künsch's 1989 moving-block bootstrap)
 * @param level confidence level of every interval
 * @param minCohortCommits a comparison contributor needs at least this many authored commits in the pre-period
 * @param minCohortMonths ... spread over at least this many distinct months
 * @param neweyWestLag Newey–West truncation lag; -1 picks {@code floor(4 (n/100)^(2/9))} (Newey and West 1994)
 * @param seasonal add calendar-month dummies to the segmented regression (seasonality, such as conferences and
 *     December holidays, is among what Lopez Bernal, Cummins and Gasparrini 2017 ask an ITS to handle)
 * @param assumedStart a funded start the analyst assumes instead of {@code periods.csv}; {@code null} = none
 * @param repos repositories to count; empty = every repository the engineer contributed to
 */
public record Design(
        long seed,
        int transitionMonths,
        int preMonths,
        int postMonths,
        int minSegmentMonths,
        int replications,
        int blockMonths,
        double level,
        int minCohortCommits,
        int minCohortMonths,
        int neweyWestLag,
        boolean seasonal,
        LocalDate assumedStart,
        List<String> repos) {

    public static final Design DEFAULT =
            new Design(Env.DEFAULT_SEED, 2, 36, 0, 6, 2000, 0, 0.95, 12, 3, -1, false, null, List.of());

    public Design {
        repos = List.copyOf(repos);
        require(transitionMonths >= 0, "transition months must be >= 0, got " + transitionMonths);
        require(preMonths >= 1 && postMonths >= 0, "pre window must be >= 1 month and post window >= 0 (0 = all)");
        require(minSegmentMonths >= 2, "minimum segment must be >= 2 months, got " + minSegmentMonths);
        require(replications >= 100, "bootstrap needs >= 100 replications, got " + replications);
        require(blockMonths >= 0, "block length must be >= 0 (0 = automatic), got " + blockMonths);
        require(level > 0 && level < 1, "confidence level must be in (0, 1), got " + level);
        require(minCohortCommits >= 1 && minCohortMonths >= 1, "cohort minimums must be >= 1");
        require(neweyWestLag >= -1, "Newey-West lag must be >= 0 or -1 (automatic), got " + neweyWestLag);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    // CPD-OFF: one "with" per setting of this record; each copies every component but the one it changes
    public Design withSeed(long value) {
        return new Design(
                value,
                transitionMonths,
                preMonths,
                postMonths,
                minSegmentMonths,
                replications,
                blockMonths,
                level,
                minCohortCommits,
                minCohortMonths,
                neweyWestLag,
                seasonal,
                assumedStart,
                repos);
    }

    public Design withTransitionMonths(int value) {
        return new Design(
                seed,
                value,
                preMonths,
                postMonths,
                minSegmentMonths,
                replications,
                blockMonths,
                level,
                minCohortCommits,
                minCohortMonths,
                neweyWestLag,
                seasonal,
                assumedStart,
                repos);
    }

    public Design withWindows(int pre, int post) {
        return new Design(
                seed,
                transitionMonths,
                pre,
                post,
                minSegmentMonths,
                replications,
                blockMonths,
                level,
                minCohortCommits,
                minCohortMonths,
                neweyWestLag,
                seasonal,
                assumedStart,
                repos);
    }

    public Design withMinSegmentMonths(int value) {
        return new Design(
                seed,
                transitionMonths,
                preMonths,
                postMonths,
                value,
                replications,
                blockMonths,
                level,
                minCohortCommits,
                minCohortMonths,
                neweyWestLag,
                seasonal,
                assumedStart,
                repos);
    }

    public Design withBootstrap(int reps, int block) {
        return new Design(
                seed,
                transitionMonths,
                preMonths,
                postMonths,
                minSegmentMonths,
                reps,
                block,
                level,
                minCohortCommits,
                minCohortMonths,
                neweyWestLag,
                seasonal,
                assumedStart,
                repos);
    }

    public Design withCohortMinimum(int commits, int months) {
        return new Design(
                seed,
                transitionMonths,
                preMonths,
                postMonths,
                minSegmentMonths,
                replications,
                blockMonths,
                level,
                commits,
                months,
                neweyWestLag,
                seasonal,
                assumedStart,
                repos);
    }

    public Design withSeasonal(boolean value) {
        return new Design(
                seed,
                transitionMonths,
                preMonths,
                postMonths,
                minSegmentMonths,
                replications,
                blockMonths,
                level,
                minCohortCommits,
                minCohortMonths,
                neweyWestLag,
                value,
                assumedStart,
                repos);
    }

    public Design withAssumedStart(LocalDate value) {
        return new Design(
                seed,
                transitionMonths,
                preMonths,
                postMonths,
                minSegmentMonths,
                replications,
                blockMonths,
                level,
                minCohortCommits,
                minCohortMonths,
                neweyWestLag,
                seasonal,
                value,
                repos);
    }

    public Design withRepos(List<String> value) {
        return new Design(
                seed,
                transitionMonths,
                preMonths,
                postMonths,
                minSegmentMonths,
                replications,
                blockMonths,
                level,
                minCohortCommits,
                minCohortMonths,
                neweyWestLag,
                seasonal,
                assumedStart,
                value);
    }
    // CPD-ON
}
