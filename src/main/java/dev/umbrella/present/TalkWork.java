package dev.umbrella.present;

import static dev.umbrella.present.TalkWords.names;
import static dev.umbrella.present.TalkWords.words;
import static dev.umbrella.present.TalkWords.years;

import dev.umbrella.datasets.PeriodKind;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.model.Engineer;
import dev.umbrella.model.Inputs;
import dev.umbrella.model.Period;
import dev.umbrella.model.ReportedMetric;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The first four sections of the {@link Talk}: the question, the people and their periods, what changed in their
 * security work and what their funders reported they delivered.
 */
final class TalkWork {
    private final Inputs inputs;
    private final int draws;
    private final List<Case> cases;
    private final Map<String, Estimates> estimates;

    TalkWork(Inputs inputs, int draws, List<Case> cases, Map<String, Estimates> estimates) {
        this.inputs = inputs;
        this.draws = draws;
        this.cases = cases;
        this.estimates = estimates;
    }

    // ---- 1. the question --------------------------------------------------------------------------------

    Slide question() {
        LocalDate first = cases.stream()
                .map(Case::fundedStart)
                .filter(d -> d != null)
                .min(LocalDate::compareTo)
                .orElse(null);
        LocalDate last = cases.stream()
                .map(Case::fundedStart)
                .filter(d -> d != null)
                .max(LocalDate::compareTo)
                .orElse(null);
        String heading = String.format(
                Locale.ROOT,
                "%s open source security engineers went from volunteer to funded " + "full time%s: did it pay off?",
                words(cases.size()),
                first == null ? "" : " in " + years(first, last));
        String body = Slide.bullets(List.of(
                "The same people before and after: volunteer years against funded years",
                "What changed in their security work, and what their funders reported",
                "What the funding cost, what it returned, and what survives the checks"));
        String notes = String.format(
                Locale.ROOT,
                "%s. We compare each person with themselves: their volunteer years "
                        + "against their funded years, on public commit histories and their funders' own reports. Costs are "
                        + "public grants or a loaded salary; returns are valued two ways where the data allow. Every number in "
                        + "this talk is computed by the notebooks; the Monte Carlo uses %s draws with a fixed seed.",
                names(cases),
                Readable.count(draws));
        return new Slide(heading, body, notes);
    }

    // ---- 2. the people and their periods ------------------------------------------------------------------

    Slide people() {
        List<List<String>> rows = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (Case c : cases) {
            Engineer e = estimates.get(c.engineerId()).engineer();
            var volunteer = e.periods().stream()
                    .filter(p -> p.kind() == PeriodKind.VOLUNTEER)
                    .findFirst();
            var funded = e.periods().stream()
                    .filter(p -> p.kind() == PeriodKind.FUNDED)
                    .findFirst();
            rows.add(List.of(
                    c.name(),
                    funded.map(Period::role).orElse(""),
                    volunteer.map(p -> Readable.month(p.start())).orElse(""),
                    c.fundedStart() == null ? "not funded" : Readable.month(c.fundedStart()),
                    c.funders().isEmpty() ? "none named" : c.funders()));
            said.add(c.name() + " volunteered from "
                    + volunteer.map(p -> String.valueOf(p.start().getYear())).orElse("?")
                    + " and was funded from " + (c.fundedStart() == null ? "never" : Readable.month(c.fundedStart()))
                    + " by " + (c.funders().isEmpty() ? "no named funder" : c.funders()));
        }
        String heading = words(cases.size()) + " people, funded from "
                + Readable.month(cases.get(0).fundedStart()) + " to "
                + Readable.month(cases.get(cases.size() - 1).fundedStart());
        String body = Slide.table(List.of("engineer", "funded role", "volunteer from", "funded from", "funders"), rows);
        String notes = String.join(". ", said) + ". Each had years of volunteer work in the same projects before the "
                + "role, which is what makes the before-and-after comparison possible.";
        return new Slide(heading, body, notes);
    }

    // ---- 3. what changed ------------------------------------------------------------------------------------

    Slide changed() {
        List<Case> sufficient =
                cases.stream().filter(c -> c.effect().change().isSufficient()).toList();
        long up = sufficient.stream()
                .filter(c -> c.effect().change().interval().lower() > 0)
                .count();
        double min = sufficient.stream()
                .mapToDouble(c -> c.effect().change().value())
                .min()
                .orElse(Double.NaN);
        double max = sufficient.stream()
                .mapToDouble(c -> c.effect().change().value())
                .max()
                .orElse(Double.NaN);
        String who =
                up == cases.size() ? "all " + words(cases.size()).toLowerCase(Locale.ROOT) : up + " of " + cases.size();
        String heading = sufficient.isEmpty()
                ? "Security commits: insufficient data to compare"
                : String.format(
                        Locale.ROOT,
                        "Security commits rose by %s to %s a month after funding, for %s",
                        Readable.number(min),
                        Readable.number(max),
                        who);
        String notes = cases.stream()
                        .map(c -> c.name() + ": " + c.rates() + " a month, change "
                                + Case.withInterval(c.effect().change()))
                        .collect(Collectors.joining("; "))
                + ". The bars are 95% intervals from a block bootstrap; an interval clear of zero means the rise is "
                + "unlikely to be month-to-month noise. Commits flagged as security work are a proxy, not the whole job.";
        return new Slide(heading, "", notes);
    }

    // ---- 4. what they delivered -----------------------------------------------------------------------------

    Slide delivered(Map<String, List<String>> metrics, String engineer, String before, String after) {
        List<List<String>> rows = new ArrayList<>();
        List<String> said = new ArrayList<>();
        String highlight = engineer == null ? null : highlight(engineer, before, after);
        for (Case c : cases) {
            for (String metric : metrics.getOrDefault(c.engineerId(), List.of())) {
                var reported = estimates.get(c.engineerId()).reported(metric);
                if (!reported.isSufficient() || reported.rows().isEmpty()) {
                    continue;
                }
                List<ReportedMetric> all = reported.rows();
                ReportedMetric latest = all.get(all.size() - 1);
                rows.add(List.of(
                        c.name(),
                        Chart.words(metric),
                        Readable.month(latest.periodStart()),
                        amount(latest),
                        latest.sourceUrl()));
                said.add(
                        Chart.person(c.name()) + ": \"" + latest.quote().strip().replaceAll("[,;:]$", "") + ".\"");
            }
        }
        String heading = highlight != null
                ? highlight
                : "What the roles delivered: " + rows.size() + " outcomes in their funders' reports";
        String body = Slide.table(List.of("engineer", "outcome", "from", "reported", "source"), rows);
        String notes = "In the funders' own words. "
                + String.join(" ", said.stream().limit(3).toList())
                + " The values are as published, not measured by us; the sources are listed below.";
        return new Slide(heading, body, notes);
    }

    /** "Mike: from about 8.1 hours before funding to about 1.3 hours (malware exposure median)", or null. */
    private String highlight(String engineer, String before, String after) {
        var from = estimates.get(engineer).reported(before);
        var to = estimates.get(engineer).reported(after);
        if (!from.isSufficient()
                || !to.isSufficient()
                || from.rows().isEmpty()
                || to.rows().isEmpty()) {
            return null;
        }
        ReportedMetric first = from.rows().get(0);
        ReportedMetric last = to.rows().get(to.rows().size() - 1);
        return Chart.person(Readable.name(inputs, engineer)) + ": from " + inHours(first) + " before funding to "
                + inHours(last) + " (" + Chart.words(after) + ")";
    }

    /** A duration in hours when the unit is minutes or hours ("about 8.1 hours"), else as reported. */
    private static String inHours(ReportedMetric r) {
        if (r.unit().equals("minutes")) {
            return amount(new ReportedMetric(
                    r.metric(),
                    r.value() / 60,
                    "hours",
                    r.qualifier(),
                    r.periodStart(),
                    r.periodEnd(),
                    r.entity(),
                    r.rawFile(),
                    r.line(),
                    r.quote(),
                    r.sourceUrl()));
        }
        return amount(r);
    }

    /** A reported value with its unit and qualifier: "about 485 minutes", "at least 90%". */
    static String amount(ReportedMetric r) {
        String qualifier = switch (r.qualifier()) {
            case "about" -> "about ";
            case "at_least" -> "at least ";
            case "at_most" -> "at most ";
            default -> "";
        };
        String unit = r.unit().replace('_', ' ');
        if (unit.equals("percent")) {
            return qualifier + Readable.number(r.value()) + "%";
        }
        if (unit.equals("usd")) {
            return qualifier + Readable.dollars(r.value());
        }
        return qualifier + Readable.number(r.value()) + " " + unit;
    }
}
