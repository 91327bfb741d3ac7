package dev.umbrella.present;

import dev.umbrella.estimate.Estimates;
import dev.umbrella.estimate.EventStudyResult;
import dev.umbrella.estimate.PlaceboResult;
import dev.umbrella.estimate.Sensitivity;
import dev.umbrella.present.Talk.Check;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The {@link Talk}'s section on what survives the checks: one rule per robustness check, its row per engineer, and
 * the slide that counts the claims that hold. Holds the sensitivity tables and event studies it computes, so each
 * is computed once per engineer.
 */
final class TalkChecks {
    private final List<Case> cases;
    private final Map<String, Estimates> estimates;

    TalkChecks(List<Case> cases, Map<String, Estimates> estimates) {
        this.cases = cases;
        this.estimates = estimates;
    }

    // ---- 7. what survives the checks ----------------------------------------------------------------------------

    /** A check: the row's name, an engineer's result, and, for a check that tests a claim, whether it holds. */
    private record Rule(String name, Function<Case, String> result, String claim, Predicate<Case> holds) {}

    /**
     * The checks, one row each. To add one (an event study, a sensitivity table), add a rule here: its name, the
     * cell for a case, and the claim with the test, or "" and {@code null} for a row that only describes.
     */
    private List<Rule> rules() {
        return List.of(
                new Rule("before/after", c -> Case.withInterval(c.effect().change()), "", null),
                new Rule(
                        "difference-in-differences",
                        c -> Case.withInterval(c.did().did()),
                        "DiD above zero",
                        c -> c.did().did().isSufficient()
                                && c.did().did().interval().lower() > 0),
                new Rule(
                        "placebo in space",
                        c -> rank(c.placebo().inSpace()),
                        "top of the placebos in space",
                        c -> c.placebo().inSpace().isSufficient()
                                && c.placebo().inSpace().rank() == 1),
                new Rule("placebo in time", c -> rank(c.placebo().inTime()), "", null),
                new Rule(
                        "sensitivity (10 specifications)",
                        c -> agreeing(sensitivity(c).agreeing(true)) + " keep the " + "DiD above 0",
                        "DiD above zero in every specification",
                        c -> sensitivity(c).survives(true)),
                new Rule("pre-trend (event study)", c -> preTrend(eventStudy(c)), "no pre-trend at 5%", c -> {
                    var test = eventStudy(c).preTest();
                    return test.isSufficient() && test.pValue() >= 0.05;
                }));
    }

    /** Sensitivity tables are computed once per engineer (each is ten estimates). */
    private final Map<String, Sensitivity> sensitivities = new LinkedHashMap<>();

    private Sensitivity sensitivity(Case c) {
        return sensitivities.computeIfAbsent(
                c.engineerId(), id -> estimates.get(id).sensitivity(Case.METRIC));
    }

    private final Map<String, EventStudyResult> eventStudies = new LinkedHashMap<>();

    private EventStudyResult eventStudy(Case c) {
        return eventStudies.computeIfAbsent(
                c.engineerId(), id -> estimates.get(id).eventStudy(Case.METRIC));
    }

    private static String agreeing(int[] a) {
        return a[0] + " of " + a[2];
    }

    private static String preTrend(EventStudyResult study) {
        var test = study.preTest();
        return test.isSufficient()
                ? EventStudyResult.formatP(test.pValue()) + " (joint test of " + test.binCount() + " quarters)"
                : "insufficient data";
    }

    List<Check> robustness() {
        List<Check> out = new ArrayList<>();
        for (Rule rule : rules()) {
            out.add(new Check(
                    rule.name(),
                    cases.stream().map(rule.result()).toList(),
                    rule.claim(),
                    rule.holds() == null
                            ? 0
                            : cases.stream().filter(rule.holds()).count()));
        }
        return out;
    }

    private static String rank(PlaceboResult.Test test) {
        return test.isSufficient()
                ? "rank " + test.rank() + " of " + (test.units().size() + 1)
                : "insufficient data";
    }

    Slide checks() {
        List<Check> checks = robustness();
        String heading = "The rise in the checks: "
                + checks.stream()
                        .filter(c -> !c.claim().isEmpty())
                        .map(c -> c.claim() + " for " + c.holds() + " of " + cases.size())
                        .collect(Collectors.joining(", "));
        List<String> header = new ArrayList<>(List.of("check"));
        cases.forEach(c -> header.add(c.name()));
        List<List<String>> rows = new ArrayList<>();
        for (Check c : checks) {
            List<String> row = new ArrayList<>(List.of(c.name()));
            row.addAll(c.results());
            rows.add(row);
        }
        List<String> inSpace = checks.stream()
                .filter(c -> c.name().equals("placebo in space"))
                .findFirst()
                .map(Check::results)
                .orElse(List.of());
        List<String> ranks = new ArrayList<>();
        for (int i = 0; i < inSpace.size(); i++) {
            ranks.add(Chart.person(cases.get(i).name()) + " " + inSpace.get(i).replace("rank ", "ranks "));
        }
        String notes = "The difference-in-differences subtracts the change among other contributors to the same "
                + "repositories, so a project that simply got busier does not count. The placebo tests give the same "
                + "treatment to fake start dates and to each comparison contributor: " + String.join(", ", ranks)
                + " in space.";
        return new Slide(heading, Slide.table(header, rows), notes);
    }
}
