package dev.umbrella.present;

import static dev.umbrella.present.TalkWords.and;
import static dev.umbrella.present.TalkWords.words;

import dev.umbrella.datasets.PeriodKind;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.roi.Channel;
import dev.umbrella.roi.Method;
import dev.umbrella.roi.Tornado;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@link Talk}'s closing sections: the caveats (outputs no one has priced, concurrent funding, partly paid
 * volunteer years, a case series) and the ask that follows from them.
 */
final class TalkClosing {
    private final List<Case> cases;
    private final Map<String, Estimates> estimates;

    TalkClosing(List<Case> cases, Map<String, Estimates> estimates) {
        this.cases = cases;
        this.estimates = estimates;
    }

    // ---- 8. caveats -------------------------------------------------------------------------------------------

    /**
     * Per engineer (first name), the kinds of output the ROI names but cannot value because a number is missing (no
     * public price or loss rate, no like-for-like exposure pair, no value for a parameter). Channels left out so a
     * harm is not counted twice ("not added: ...") or worth nothing by their nature ("... describes no exploitable
     * flaw") do not make the ROI a floor.
     */
    private Map<String, List<String>> unvalued() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Case c : cases) {
            List<String> units = c.roi().model().notEstimated().stream()
                    .filter(ch -> !ch.notEstimated().startsWith("not added")
                            && !ch.notEstimated().contains("describes no"))
                    .map(Channel::unit)
                    .distinct()
                    .toList();
            if (!units.isEmpty()) {
                out.put(Chart.person(c.name()), units);
            }
        }
        return out;
    }

    Slide caveats() {
        Map<String, List<String>> unvalued = unvalued();
        List<String> partlyPaid = cases.stream()
                .filter(c -> estimates.get(c.engineerId()).engineer().periods().stream()
                        .anyMatch(p -> p.kind() == PeriodKind.VOLUNTEER && p.partlyPaid()))
                .map(c -> Chart.person(c.name()))
                .toList();
        int concurrent = 0;
        for (Case c : cases) {
            concurrent +=
                    Tables.concurrentFunding(estimates.get(c.engineerId())).rowCount();
        }
        List<String> items = new ArrayList<>();
        if (!unvalued.isEmpty()) {
            items.add("ROI is a floor for " + and(List.copyOf(unvalued.keySet())) + ": outputs with no price or loss "
                    + "rate are named, not counted ("
                    + unvalued.entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue().size())
                            .collect(Collectors.joining(", "))
                    + ")");
        }
        items.add(concurrent + " other grants, audits and staff overlap the funded years: the roles share the credit");
        if (!partlyPaid.isEmpty()) {
            items.add("Partly paid \"volunteer\" years for " + String.join(" and ", partlyPaid)
                    + ": the change is in funded intensity, not from zero");
        }
        items.add(words(cases.size()) + " people are a case series, not a sample: nothing here is pooled");
        String heading = String.format(
                Locale.ROOT,
                "%d caveats, led by %s",
                items.size(),
                unvalued.isEmpty()
                        ? "concurrent funding"
                        : "outputs no one has priced: ROI is a floor for " + unvalued.size() + " of " + cases.size());
        String notes = "Read the ROI as conditional on the assumptions and on the outputs the record states. "
                + (unvalued.isEmpty()
                        ? ""
                        : "Named but not valued: "
                                + unvalued.values().stream()
                                        .flatMap(List::stream)
                                        .distinct()
                                        .limit(3)
                                        .collect(Collectors.joining("; "))
                                + ". ")
                + concurrent
                + " rows of funding.csv overlap the funded periods at the same employers, which is why the "
                + "attribution shares stay well below one.";
        return new Slide(heading, Slide.bullets(items), notes);
    }

    // ---- 9. the ask ------------------------------------------------------------------------------------------

    Slide ask() {
        // parameter -> method -> the people whose ROI by that method it moves most
        Map<String, Map<Method, List<String>>> top = new LinkedHashMap<>();
        for (Case c : cases) {
            for (Method m : Method.values()) {
                Tornado t = c.roi().tornado(m);
                if (!t.isEstimated()) {
                    continue;
                }
                t.rows().stream()
                        .filter(r -> r.swing() > 0)
                        .findFirst()
                        .ifPresent(r -> top.computeIfAbsent(
                                        r.parameter().replace('_', ' '), k -> new EnumMap<>(Method.class))
                                .computeIfAbsent(m, k -> new ArrayList<>())
                                .add(Chart.person(c.name())));
            }
        }
        Map<String, String> drivers = new LinkedHashMap<>();
        top.forEach((parameter, byMethod) -> drivers.put(
                parameter,
                byMethod.entrySet().stream()
                        .map(e -> and(e.getValue()) + " (" + e.getKey().label() + ")")
                        .collect(Collectors.joining(", "))));
        long up = cases.stream()
                .filter(c -> c.effect().change().isSufficient()
                        && c.effect().change().interval().lower() > 0)
                .count();
        Map<String, List<String>> unvalued = unvalued();
        List<String> items = new ArrayList<>();
        items.add("Keep funding the roles: the security work rose in "
                + (up == cases.size() ? "every case" : up + " of " + cases.size() + " cases"));
        drivers.forEach((parameter, who) -> items.add("Pin down " + parameter + ": it moves ROI most for " + who));
        if (!unvalued.isEmpty()) {
            items.add("Price the outputs no one has valued, so the ROI for " + and(List.copyOf(unvalued.keySet()))
                    + " stops being a floor");
        }
        String heading = "Keep funding the roles, and publish the numbers that would value them";
        String notes = "The assumptions that move each ROI most are "
                + drivers.entrySet().stream()
                        .map(e -> e.getKey() + " for " + e.getValue())
                        .collect(Collectors.joining("; "))
                + ". Funders and registries hold these numbers; publishing them would turn ranges into estimates. "
                + "Everything shown is in the notebooks, with every source.";
        return new Slide(heading, Slide.bullets(items), notes);
    }
}
