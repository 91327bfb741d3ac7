package dev.umbrella.estimate;

import dev.umbrella.estimate.Spillover.Group;
import dev.umbrella.estimate.Spillover.RepoShift;
import dev.umbrella.model.Formats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The sentences a notebook prints for a {@link Spillover}: the comparison groups' change and the DiD against each,
 * the gap between them, and the substitution reading of the repository where it would show most; each computed
 * from the groups and repositories, none typed.
 */
final class SpilloverSummary {
    private SpilloverSummary() {}

    static String of(Spillover s) {
        List<Group> groups = s.groups();
        List<RepoShift> repos = s.repos();
        String engineerId = s.engineerId();
        if (groups.isEmpty()) {
            return engineerId + ": " + String.join("; ", s.notes());
        }
        List<String> parts = new ArrayList<>();
        String words = s.metric().column().replace('_', ' ');
        for (Group g : groups) {
            if (!g.change().isSufficient()) {
                parts.add(String.format(
                        Locale.ROOT,
                        "comparison group from %s: insufficient data (%s)",
                        g.name(),
                        g.change().insufficient()));
                continue;
            }
            parts.add(String.format(
                    Locale.ROOT,
                    "the comparison group from %s (%d contributors) went from %s to %s "
                            + "%s per month, a change of %s [%s, %s]%s; the DiD against it is %s",
                    g.name(),
                    g.cohort().members().size(),
                    n(g.before().value()),
                    n(g.after().value()),
                    words,
                    signed(g.change().value()),
                    n(g.change().interval().lower()),
                    n(g.change().interval().upper()),
                    Sensitivity.side(g.change()) == 0 ? " (interval includes 0)" : "",
                    did(g.did())));
        }
        if (groups.size() == 2) {
            Estimate gap = s.gap();
            if (gap.isSufficient()) {
                parts.add(String.format(
                        Locale.ROOT,
                        "the colleagues' change minus the other group's is %s [%s, %s]: " + "%s",
                        signed(gap.value()),
                        n(gap.interval().lower()),
                        n(gap.interval().upper()),
                        Sensitivity.side(gap) < 0
                                ? "the colleagues fell more than contributors he cannot affect, as "
                                        + "substitution would make them"
                                : Sensitivity.side(gap) > 0
                                        ? "the colleagues fell less (or rose more) than "
                                                + "contributors he cannot affect: no sign of substitution"
                                        : "no difference the data can tell apart from zero, so the colleagues' "
                                                + "change is the common drift of active contributors"));
            }
        }
        // The repository where substitution would show most: his series rose while everyone else's fell most.
        RepoShift shown = repos.stream()
                .filter(r -> r.engineerChange() > 0 && r.othersChange() < 0)
                .min(Comparator.comparingDouble(RepoShift::othersChange).thenComparing(RepoShift::repo))
                .orElse(null);
        String where = "where everyone else's fell most while his rose";
        if (shown == null) {
            shown = repos.stream()
                    .max(Comparator.comparingDouble(RepoShift::engineerChange).thenComparing(RepoShift::repo))
                    .orElse(null);
            where = "where his rose most";
        }
        if (shown != null && shown.engineerChange() > 0) {
            parts.add(String.format(
                    Locale.ROOT,
                    "in %s, %s (%s's %s %s → %s per month), everyone else went %s → %s " + "and the total %s → %s: %s",
                    shown.repo(),
                    where,
                    engineerId,
                    words,
                    n(shown.engineerBefore()),
                    n(shown.engineerAfter()),
                    n(shown.othersBefore()),
                    n(shown.othersAfter()),
                    n(shown.engineerBefore() + shown.othersBefore()),
                    n(shown.engineerAfter() + shown.othersAfter()),
                    substitution(shown)));
        }
        return engineerId + ", " + words + ": " + String.join("; ", parts) + ".";
    }

    private static String substitution(RepoShift s) {
        if (s.offset() == 0) {
            return "the others did not fall, so no work moved from them to him";
        }
        if (s.offset() > 2 - Spillover.NEARLY_ALL) {
            return String.format(
                    Locale.ROOT,
                    "the others' fall is %.1f times his rise, so the repository's total fell: "
                            + "all of his rise could be work that moved to him (substitution), the DiD against these colleagues "
                            + "overstates the new work, and the rest of their fall is security work no one did there any more",
                    s.offset());
        }
        if (s.offset() >= Spillover.NEARLY_ALL) {
            return "the others' fall is about as large as his rise, so the repository's total did not grow: "
                    + "consistent with substitution (work moved to the funded engineer), and the DiD against these "
                    + "colleagues overstates the new work";
        }
        return String.format(
                Locale.ROOT,
                "the others' fall offsets %.0f%% of his rise: up to that share may be work "
                        + "that moved to him rather than new work",
                100 * s.offset());
    }

    private static String did(Estimate e) {
        if (!e.isSufficient()) {
            return "not estimated (insufficient data: " + e.insufficient() + ")";
        }
        return signed(e.value()) + " [" + n(e.interval().lower()) + ", "
                + n(e.interval().upper()) + "]";
    }

    private static String n(double x) {
        return Formats.number(x);
    }

    private static String signed(double x) {
        return (x > 0 ? "+" : "") + n(x);
    }
}
