package dev.umbrella.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * The comparison group of one engineer: other contributors to the same repositories who were active in the
 * pre-period and are not known to have been funded in the window (the "donor pool" of synthetic control: Abadie,
 * Diamond and Hainmueller 2010).
 *
 * <p>Rule: at least {@code minCommits} authored commits in those repositories during the pre-period, spread over
 * at least {@code minActiveMonths} distinct months (so one burst does not qualify), and not one of the
 * {@code excluded} people (the funded engineers). Funding of the anonymised contributors is unknown: some are
 * paid by employers, which makes the comparison conservative rather than biased towards an effect.
 */
public record Cohort(
        String engineerId,
        List<String> repos,
        YearMonth preFrom,
        YearMonth preTo,
        int minCommits,
        int minActiveMonths,
        List<Member> members)
        implements Tabular {

    /** One comparison contributor and the pre-period activity that qualified them. */
    public record Member(String personId, int preCommits, int activeMonths) {}

    public Cohort {
        repos = List.copyOf(repos);
        members = List.copyOf(members);
    }

    /** Applies the rule to the panel. */
    public static Cohort select(
            Panel panel,
            String engineerId,
            Set<String> excluded,
            Collection<String> repos,
            YearMonth preFrom,
            YearMonth preTo,
            int minCommits,
            int minActiveMonths) {
        List<Member> members = new ArrayList<>();
        for (String person : panel.authorsIn(repos)) {
            if (person.equals(engineerId) || excluded.contains(person)) {
                continue;
            }
            double[] commits = panel.series(person, Metric.COMMITS, repos, preFrom, preTo);
            int total = 0;
            int active = 0;
            for (double c : commits) {
                total += (int) c;
                active += c > 0 ? 1 : 0;
            }
            if (total >= minCommits && active >= minActiveMonths) {
                members.add(new Member(person, total, active));
            }
        }
        return new Cohort(engineerId, List.copyOf(repos), preFrom, preTo, minCommits, minActiveMonths, members);
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }

    /** The rule in words, for notes and table captions. */
    public String rule() {
        return "contributors to " + String.join(", ", repos) + " with >= " + minCommits + " authored commits in "
                + minActiveMonths + "+ distinct months between " + preFrom + " and " + preTo
                + ", excluding the funded engineers";
    }

    @Override
    public Table toTable() {
        TableBuilder table = TableBuilder.named("comparison group of " + engineerId)
                .text("person_id")
                .integer("pre_commits", "active_months");
        for (Member m : members) {
            table.row(m.personId(), m.preCommits(), m.activeMonths());
        }
        return table.build();
    }

    @Override
    public String toString() {
        return "Cohort[" + engineerId + ": " + members.size() + " " + rule() + "]";
    }
}
