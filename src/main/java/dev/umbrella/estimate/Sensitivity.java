package dev.umbrella.estimate;

import dev.umbrella.model.TableBuilder;
import dev.umbrella.model.Tabular;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.Table;

/**
 * The specification table of one engineer and metric: the before/after change and the difference-in-differences,
 * each with its interval, under every choice a reviewer could make differently (issue 12 §2; the main choices are
 * pre-specified in {@link Design}, the rest are shown here as sensitivity). One dimension varies at a time, the
 * others stay at the design the notebooks use:
 * <ul>
 *   <li>baseline: 12, 24 and 36 volunteer months before the transition;</li>
 *   <li>transition: 0, 2, 4 and 6 months left out around the start;</li>
 *   <li>advisory databases: with and without the advisory-database repositories (their work is security work by
 *       definition, and the PSF database began in 2023-07, with the role);</li>
 *   <li>stale exports: with and without the repositories whose export ends before the funded window does;</li>
 *   <li>comparison group: the minimum pre-period commits of a comparison contributor at half and double.</li>
 * </ul>
 * A conclusion <em>survives</em> when every specification that can be estimated gives an interval on the same side
 * of zero as the default's; a specification the data cannot support says "insufficient data" and is counted apart,
 * never as a success.
 */
public record Sensitivity(String engineerId, String metric, List<Row> rows) implements Tabular {
    /** The advisory databases among the panel's repositories: security work by definition (see SecurityRule). */
    public static final List<String> ADVISORY_DATABASES =
            List.of("psf/advisory-database", "pypa/advisory-database", "rubysec/ruby-advisory-db");

    /**
     * One specification.
     *
     * @param dimension what varies, e.g. "baseline"
     * @param setting its value here, e.g. "12 months"
     * @param isDefault whether this is the design the notebooks use
     * @param repos how many repositories are counted
     * @param note what was left out or why nothing changed
     */
    public record Row(
            String dimension,
            String setting,
            boolean isDefault,
            Estimate change,
            Estimate did,
            int repos,
            int cohort,
            String note) {}

    public Sensitivity {
        rows = List.copyOf(rows);
    }

    static Sensitivity of(Estimates base, String metric) {
        Design d = base.design();
        List<Row> rows = new ArrayList<>();
        rows.add(row("default", describe(d), true, base, metric, ""));
        for (int pre : new int[] {12, 24, 36}) {
            if (pre != d.preMonths()) {
                rows.add(row(
                        "baseline",
                        pre + " months",
                        false,
                        base.design(d.withWindows(pre, d.postMonths())),
                        metric,
                        ""));
            }
        }
        for (int transition : new int[] {0, 2, 4, 6}) {
            if (transition != d.transitionMonths()) {
                rows.add(row("transition", transition + " months", false, base.transition(transition), metric, ""));
            }
        }
        List<String> repos = base.timeline().repos();
        List<String> withoutDatabases =
                repos.stream().filter(r -> !ADVISORY_DATABASES.contains(r)).toList();
        rows.add(subset("advisory databases", "without", base, metric, repos, withoutDatabases));
        List<String> stale = base.timeline().staleRepos(d.minSegmentMonths());
        rows.add(subset(
                "stale exports",
                "without",
                base,
                metric,
                repos,
                repos.stream().filter(r -> !stale.contains(r)).toList()));
        int commits = d.minCohortCommits();
        rows.add(row(
                "comparison group",
                "at least " + Math.max(1, commits / 2) + " commits",
                false,
                base.design(d.withCohortMinimum(Math.max(1, commits / 2), d.minCohortMonths())),
                metric,
                ""));
        rows.add(row(
                "comparison group",
                "at least " + commits * 2 + " commits",
                false,
                base.design(d.withCohortMinimum(commits * 2, d.minCohortMonths())),
                metric,
                ""));
        return new Sensitivity(base.engineer().id(), metric, rows);
    }

    private static String describe(Design d) {
        return d.preMonths() + "-month baseline, " + d.transitionMonths() + "-month transition, every repository, "
                + "comparison contributors with at least " + d.minCohortCommits() + " commits";
    }

    private static Row subset(
            String dimension, String setting, Estimates base, String metric, List<String> all, List<String> kept) {
        List<String> left = all.stream().filter(r -> !kept.contains(r)).toList();
        if (left.isEmpty()) {
            return row(
                    dimension,
                    setting,
                    false,
                    base,
                    metric,
                    "none among the engineer's repositories: same as the " + "default");
        }
        if (kept.isEmpty()) {
            Estimate none = Estimate.insufficient(metric, "no repository left");
            return new Row(dimension, setting, false, none, none, 0, 0, "left out: " + String.join(", ", left));
        }
        return row(
                dimension,
                setting,
                false,
                base.repos(kept.toArray(String[]::new)),
                metric,
                "left out: " + String.join(", ", left));
    }

    private static Row row(
            String dimension, String setting, boolean isDefault, Estimates e, String metric, String note) {
        Estimate change = e.effect(metric).change();
        DidResult did = e.did(metric);
        return new Row(
                dimension,
                setting,
                isDefault,
                change,
                did.did(),
                e.timeline().repos().size(),
                did.cohort().members().size(),
                note);
    }

    /** The default specification's row. */
    public Row base() {
        return rows.get(0);
    }

    /** How many specifications give an interval on the default's side of zero, of those that can be estimated. */
    public int[] agreeing(boolean did) {
        Estimate reference = did ? base().did() : base().change();
        int sign = side(reference);
        int agree = 0;
        int estimated = 0;
        for (Row r : rows) {
            Estimate e = did ? r.did() : r.change();
            if (e.isSufficient()) {
                estimated++;
                agree += sign != 0 && side(e) == sign ? 1 : 0;
            }
        }
        return new int[] {agree, estimated, rows.size()};
    }

    /** Whether the estimator's conclusion (an interval that excludes zero) holds in every estimable specification. */
    public boolean survives(boolean did) {
        int[] a = agreeing(did);
        return a[1] > 0 && a[0] == a[1] && a[1] == a[2];
    }

    /** +1 when the interval is above zero, -1 below, 0 when it spans zero or is insufficient. */
    static int side(Estimate e) {
        if (!e.isSufficient()) {
            return 0;
        }
        return e.interval().lower() > 0 ? 1 : e.interval().upper() < 0 ? -1 : 0;
    }

    /** The sentence a notebook prints under the table: computed from the rows, never typed. */
    public String summary() {
        return engineerId + ", " + metric.replace('_', ' ') + ": " + sentence("the before/after change", false) + "; "
                + sentence("the difference-in-differences", true) + ".";
    }

    private String sentence(String name, boolean did) {
        Estimate reference = did ? base().did() : base().change();
        int[] a = agreeing(did);
        if (!reference.isSufficient()) {
            return name + " is not estimated at the default (insufficient data: " + reference.insufficient() + ")";
        }
        int sign = side(reference);
        if (sign == 0) {
            return String.format(
                    Locale.ROOT,
                    "%s's interval includes 0 at the default, so there is no conclusion to " + "test",
                    name);
        }
        String direction = sign > 0 ? "above 0" : "below 0";
        String verdict = a[0] == a[2]
                ? "survives every specification"
                : a[0] == a[1]
                        ? "survives every specification that can be estimated (" + (a[2] - a[1]) + " cannot)"
                        : "does not survive every specification";
        return String.format(
                Locale.ROOT,
                "%s has its 95%% interval %s in %d of %d specifications (%d estimable): %s",
                name,
                direction,
                a[0],
                a[2],
                a[1],
                verdict);
    }

    @Override
    public Table toTable() {
        TableBuilder table = TableBuilder.named(
                        engineerId + " " + metric + ": sensitivity of the change and the DiD (95% intervals)")
                .text("dimension", "setting")
                .number("change", "change_lower", "change_upper", "did", "did_lower", "did_upper")
                .bool("change_agrees", "did_agrees")
                .integer("repos", "comparison")
                .text("note");
        int changeSide = side(base().change());
        int didSide = side(base().did());
        for (Row r : rows) {
            List<String> notes = new ArrayList<>();
            if (r.isDefault()) {
                notes.add(r.setting());
            }
            if (!r.note().isEmpty()) {
                notes.add(r.note());
            }
            if (!r.change().isSufficient()) {
                notes.add("change: insufficient data (" + r.change().insufficient() + ")");
            }
            if (!r.did().isSufficient()) {
                notes.add("DiD: insufficient data (" + r.did().insufficient() + ")");
            }
            Estimate change = r.change();
            Estimate did = r.did();
            table.row(
                    r.dimension(),
                    r.isDefault() ? "default" : r.setting(),
                    change.valueOrNaN(),
                    change.lowerOrNaN(),
                    change.upperOrNaN(),
                    did.valueOrNaN(),
                    did.lowerOrNaN(),
                    did.upperOrNaN(),
                    changeSide != 0 && side(change) == changeSide,
                    didSide != 0 && side(did) == didSide,
                    r.repos(),
                    r.cohort(),
                    String.join("; ", notes));
        }
        return table.build();
    }

    @Override
    public String toString() {
        return summary();
    }
}
