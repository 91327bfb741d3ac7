package dev.umbrella.estimate;

import dev.umbrella.estimate.Spillover.RepoShift;
import dev.umbrella.model.Metric;
import dev.umbrella.model.Panel;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link Spillover}'s substitution check, per repository of the engineer: his monthly mean, everyone else's and
 * the total in each window (descriptive). When the others' fall offsets his rise, the role moved work rather than
 * added it.
 */
final class RepositoryShifts {
    private RepositoryShifts() {}

    /** Per repository of the timeline: the engineer's, everyone else's and the total monthly mean, per window. */
    static List<RepoShift> of(String engineerId, Timeline timeline, Metric metric, Panel panel) {
        List<RepoShift> shifts = new ArrayList<>();
        if (metric.isRatio()) {
            return shifts;
        }
        int[] pre = timeline.indices(Segment.PRE);
        int[] post = timeline.indices(Segment.POST);
        for (String repo : timeline.repos()) {
            YearMonth end = panel.lastCompleteMonth(repo);
            double[] own = panel.series(engineerId, metric, List.of(repo), timeline.first(), timeline.dataEnd());
            double[] others = new double[own.length];
            for (String person : panel.authorsIn(List.of(repo))) {
                if (!person.equals(engineerId)) {
                    double[] s = panel.series(person, metric, List.of(repo), timeline.first(), timeline.dataEnd());
                    for (int i = 0; i < s.length; i++) {
                        others[i] += s[i];
                    }
                }
            }
            double[] o = {0, 0, 0, 0};
            int[] n = {0, 0};
            for (int k = 0; k < 2; k++) {
                for (int i : k == 0 ? pre : post) {
                    if (!timeline.months().get(i).isAfter(end)) {
                        o[2 * k] += own[i];
                        o[2 * k + 1] += others[i];
                        n[k]++;
                    }
                }
            }
            if (n[0] == 0 || n[1] == 0) {
                continue;
            }
            shifts.add(new RepoShift(repo, n[0], n[1], o[0] / n[0], o[2] / n[1], o[1] / n[0], o[3] / n[1]));
        }
        return shifts;
    }
}
