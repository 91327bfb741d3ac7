package dev.umbrella.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The person-month activity measures of the {@link Panel}. The names are the panel's column names and the
 * strings notebook cells pass ({@code effect("security_commits")}).
 *
 * <p>Definitions (CHAOSS "Activity Dates and Time"; Riehle et al., HICSS 2014, https://dirkriehle.com/?p=3343, for
 * the working-hours heuristic). "Authored" commits are non-merge commits whose author is not a bot: merges carry no
 * diff in the exports and bots are not people (bot commits inflate activity counts: Dey et al., MSR 2020).
 */
public enum Metric {
    /** Authored commits (non-merge, non-bot) in the month. */
    COMMITS("commits", false),
    /** Commits in which the person is named in a {@code Co-authored-by:} trailer (non-merge, non-bot author). */
    CO_AUTHORED_COMMITS("co_authored_commits", false),
    /** Authored commits the datasets stage flagged as security work. */
    SECURITY_COMMITS("security_commits", false),
    /** Distinct UTC calendar days with an authored or co-authored commit. */
    ACTIVE_DAYS("active_days", false),
    /** Lines added plus lines deleted over authored commits. */
    LINES_CHANGED("lines_changed", false),
    /** Authored commits divided by all authored commits in the same repositories and month. */
    REPO_SHARE("repo_share", true),
    /** Share of authored commits made Monday–Friday 09:00–16:59 in the author's own UTC offset. */
    WORKING_HOURS_SHARE("working_hours_share", true);

    private final String column;
    private final boolean ratio;

    Metric(String column, boolean ratio) {
        this.column = column;
        this.ratio = ratio;
    }

    /** The panel column and notebook name, e.g. {@code security_commits}. */
    public String column() {
        return column;
    }

    /** True for shares: undefined (NaN) in a month without authored commits, never summed across repositories. */
    public boolean isRatio() {
        return ratio;
    }

    /** Looks a metric up by its column name; an unknown name fails with the list of valid ones. */
    public static Metric of(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (Metric metric : values()) {
            if (metric.column.equals(wanted)) {
                return metric;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + name + "'; valid metrics: " + names());
    }

    /** All metric names, comma-separated, in declaration order. */
    public static String names() {
        return Arrays.stream(values()).map(Metric::column).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return column;
    }
}
