package dev.umbrella.estimate;

import dev.umbrella.datasets.PeriodKind;
import dev.umbrella.model.Cohort;
import dev.umbrella.model.Engineer;
import dev.umbrella.model.Metric;
import dev.umbrella.model.Panel;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The comparison group the engineer cannot affect, behind the {@link Spillover}'s alternative DiD: contributors to
 * repositories he never committed to, who never committed to his (same selection rule otherwise); and its remaining
 * weakness, another funded role working in those repositories at the same time, as notes.
 */
final class OutsideComparison {
    private OutsideComparison() {}

    /** The repositories in the panel where the engineer never authored a commit. */
    static List<String> repos(Panel panel, String engineerId) {
        List<String> mine = panel.reposOf(engineerId);
        return panel.repos().stream().filter(r -> !mine.contains(r)).sorted().toList();
    }

    /** The comparison rule applied to other repositories, leaving out anyone who ever committed to the engineer's. */
    static Cohort cohort(Estimates estimates, Set<String> funded, List<String> outsideRepos) {
        Panel panel = estimates.inputs().panel();
        Set<String> excluded = new LinkedHashSet<>(funded);
        excluded.addAll(panel.authorsIn(panel.reposOf(estimates.engineer().id())));
        return estimates.cohortIn(estimates.timeline(), outsideRepos, excluded);
    }

    /** One note per other funded engineer who committed to the outside repositories in his funded period. */
    static List<String> concurrentTreatments(Estimates estimates, Set<String> funded, List<String> outsideRepos) {
        Engineer engineer = estimates.engineer();
        Timeline timeline = estimates.timeline();
        List<String> notes = new ArrayList<>();
        for (String person : new TreeSet<>(funded)) {
            List<String> treated = person.equals(engineer.id())
                    ? List.of()
                    : outsideRepos.stream()
                            .filter(repo -> fundedWorkIn(estimates, person, repo, timeline))
                            .toList();
            if (!treated.isEmpty()) {
                notes.add("other repositories with " + person + "'s commits in his own funded period within this "
                        + "window (a concurrent treatment in that group): " + String.join(", ", treated));
            }
        }
        return notes;
    }

    private static boolean fundedWorkIn(Estimates estimates, String person, String repo, Timeline timeline) {
        Engineer other = estimates.inputs().engineer(person);
        Panel panel = estimates.inputs().panel();
        double[] commits = panel.series(person, Metric.COMMITS, List.of(repo), timeline.first(), timeline.dataEnd());
        for (int i = 0; i < commits.length; i++) {
            YearMonth m = timeline.first().plusMonths(i);
            if (commits[i] > 0 && other.kindOf(m).orElse(null) == PeriodKind.FUNDED) {
                return true;
            }
        }
        return false;
    }
}
