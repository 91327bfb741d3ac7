package dev.umbrella.model;

import java.time.YearMonth;

/**
 * One person's activity in one month, in one repository or, with {@code repo = "all"}, in all of them.
 * The fields are the {@link Metric}s; the shares are NaN in a month without authored commits.
 */
public record ActivityMonth(
        String personId,
        String repo,
        YearMonth month,
        int commits,
        int coAuthoredCommits,
        int securityCommits,
        int activeDays,
        long linesChanged,
        double repoShare,
        double workingHoursShare) {

    /** The value of one metric. */
    public double value(Metric metric) {
        switch (metric) {
            case COMMITS:
                return commits;
            case CO_AUTHORED_COMMITS:
                return coAuthoredCommits;
            case SECURITY_COMMITS:
                return securityCommits;
            case ACTIVE_DAYS:
                return activeDays;
            case LINES_CHANGED:
                return linesChanged;
            case REPO_SHARE:
                return repoShare;
            case WORKING_HOURS_SHARE:
                return workingHoursShare;
            default:
                throw new IllegalArgumentException("unknown metric " + metric);
        }
    }
}
