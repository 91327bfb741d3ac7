package dev.umbrella.estimate;

import dev.umbrella.datasets.PeriodKind;
import dev.umbrella.estimate.RuleValidation.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A set of labelled commits that {@link RuleValidation} reports its rates for: everyone, an author group, a group's
 * period, a repository kind; and the list of them in the order the tables show.
 */
record LabelDomain(String name, Predicate<Unit> contains) {

    /** The domains reported, in order: all, each group, each group's periods, advisory databases, the other repos. */
    static List<LabelDomain> reported(List<Unit> units) {
        List<LabelDomain> list = new ArrayList<>();
        list.add(new LabelDomain("all", u -> true));
        Map<String, TreeSet<String>> periods = new LinkedHashMap<>();
        units.stream()
                .map(Unit::group)
                .distinct()
                .sorted(LabelDomain::groupOrder)
                .forEach(g -> periods.put(g, new TreeSet<>(LabelDomain::periodOrder)));
        units.forEach(u -> periods.get(u.group()).add(u.period()));
        periods.keySet().forEach(g -> list.add(new LabelDomain(g, u -> u.group().equals(g))));
        periods.forEach((g, ps) -> ps.forEach(p -> list.add(new LabelDomain(
                g + " " + p, u -> u.group().equals(g) && u.period().equals(p)))));
        list.add(new LabelDomain("advisory databases", u -> RuleValidation.ADVISORY_DATABASES.contains(u.repo())));
        list.add(new LabelDomain("other repositories", u -> !RuleValidation.ADVISORY_DATABASES.contains(u.repo())));
        return list;
    }

    /** The reported domain of this name; the error lists the valid ones. */
    static LabelDomain named(List<Unit> units, String name) {
        List<LabelDomain> reported = reported(units);
        for (LabelDomain d : reported) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown domain '" + name + "'; valid: "
                + String.join(", ", reported.stream().map(LabelDomain::name).toList()));
    }

    /** An engineer's labelled commits in one of his periods (the strata behind his corrected rates). */
    static LabelDomain period(String engineerId, String period) {
        return new LabelDomain(
                engineerId + " " + period,
                u -> u.group().equals(engineerId) && u.period().equals(period));
    }

    /** Engineers first (alphabetically), everyone else last. */
    private static int groupOrder(String a, String b) {
        boolean ao = a.equals("others");
        boolean bo = b.equals("others");
        return ao != bo ? Boolean.compare(ao, bo) : a.compareTo(b);
    }

    /** Period kinds in time order (volunteer, funded, vacancy, after), then other names alphabetically. */
    private static int periodOrder(String a, String b) {
        return Integer.compare(rank(a), rank(b)) != 0 ? Integer.compare(rank(a), rank(b)) : a.compareTo(b);
    }

    private static int rank(String period) {
        for (PeriodKind k : PeriodKind.values()) {
            if (k.label().equals(period)) {
                return k.ordinal();
            }
        }
        return PeriodKind.values().length;
    }
}
