package dev.umbrella.present;

import dev.umbrella.estimate.Estimates;
import dev.umbrella.model.Engineer;
import dev.umbrella.model.Inputs;
import dev.umbrella.model.Period;
import dev.umbrella.model.PeriodKind;
import dev.umbrella.model.ReportedMetric;
import dev.umbrella.roi.BreakEven;
import dev.umbrella.roi.Roi;
import dev.umbrella.roi.Tornado;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tech.tablesaw.plotly.components.Figure;

/**
 * The talk: its story as slides, each method one slide with a heading that states the message, a small body and the
 * speaker notes, all computed from the same results the notebooks show (same seed, transition window, draws and
 * assumption overrides). {@code notebooks/05-talk.ipynb} calls one method per slide.
 *
 * <p>What the talk says about money goes through three narrow methods, {@link #costs()}, {@link #returns()} and
 * {@link #robustness()}: rows built today from the ROI model's base result, Monte Carlo and break-even and from the
 * estimators' DiD and placebo tests. When the ROI ledger, plain-unit break-even and sensitivity tables arrive, those
 * three methods are the one place to swap them in; the slides only read their rows.
 */
public final class Talk {
    private final Inputs inputs;
    private final int draws;
    private final List<Case> cases = new ArrayList<>();
    private final Map<String, Estimates> estimates = new LinkedHashMap<>();
    private final Map<String, Roi> rois = new LinkedHashMap<>();

    private Talk(Inputs inputs, long seed, int transitionMonths, int draws, Map<String, ? extends Number> overrides) {
        this.inputs = inputs;
        this.draws = draws;
        for (String id : Readable.engineers(inputs)) {
            Estimates e = Estimates.of(inputs, id).seed(seed).transition(transitionMonths);
            Roi roi = Roi.of(inputs, id).seed(seed).transition(transitionMonths).withOverrides(overrides);
            estimates.put(id, e);
            rois.put(id, roi);
            cases.add(Case.of(e, roi, draws));
        }
    }

    /** The talk on the project's datasets; NaN overrides keep {@code assumptions.csv}'s ranges. */
    public static Talk of(long seed, int transitionMonths, int draws, Map<String, ? extends Number> overrides) {
        return of(Inputs.shared(), seed, transitionMonths, draws, overrides);
    }

    public static Talk of(Inputs inputs, long seed, int transitionMonths, int draws,
            Map<String, ? extends Number> overrides) {
        return new Talk(inputs, seed, transitionMonths, draws, overrides);
    }

    /** The cases in the talk's order (first funded start first). */
    public List<Case> cases() {
        return List.copyOf(cases);
    }

    /** The same cases as a comparison, for its figures. */
    public Comparison comparison() {
        return new Comparison(cases);
    }

    // ---- 1. the question --------------------------------------------------------------------------------

    public Slide question() {
        LocalDate first = cases.stream().map(Case::fundedStart).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
        LocalDate last = cases.stream().map(Case::fundedStart).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
        String heading = String.format(Locale.ROOT, "%s open source security engineers went from volunteer to funded "
                + "full time%s: did it pay off?", words(cases.size()), first == null ? ""
                : " in " + years(first, last));
        String body = Slide.bullets(List.of(
                "The same people before and after: volunteer years against funded years",
                "What changed in their security work, and what their funders reported",
                "What the funding cost, what it returned, and what survives the checks"));
        String notes = String.format(Locale.ROOT, "%s. We compare each person with themselves: their volunteer years "
                + "against their funded years, on public commit histories and their funders' own reports. Costs are "
                + "public grants or a loaded salary; returns are valued two ways where the data allow. Every number in "
                + "this talk is computed by the notebooks; the Monte Carlo uses %s draws with a fixed seed.",
                names(), Readable.count(draws));
        return new Slide(heading, body, notes);
    }

    // ---- 2. the people and their periods ------------------------------------------------------------------

    public Slide people() {
        List<List<String>> rows = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (Case c : cases) {
            Engineer e = estimates.get(c.engineerId()).engineer();
            var volunteer = e.periods().stream().filter(p -> p.kind() == PeriodKind.VOLUNTEER).findFirst();
            var funded = e.periods().stream().filter(p -> p.kind() == PeriodKind.FUNDED).findFirst();
            rows.add(List.of(c.name(), funded.map(Period::role).orElse(""),
                    volunteer.map(p -> Readable.month(p.start())).orElse(""),
                    c.fundedStart() == null ? "not funded" : Readable.month(c.fundedStart()),
                    c.funders().isEmpty() ? "none named" : c.funders()));
            said.add(c.name() + " volunteered from " + volunteer.map(p -> String.valueOf(p.start().getYear())).orElse("?")
                    + " and was funded from " + (c.fundedStart() == null ? "never" : Readable.month(c.fundedStart()))
                    + " by " + (c.funders().isEmpty() ? "no named funder" : c.funders()));
        }
        String heading = words(cases.size()) + " people, funded from " + Readable.month(cases.get(0).fundedStart())
                + " to " + Readable.month(cases.get(cases.size() - 1).fundedStart());
        String body = Slide.table(List.of("engineer", "funded role", "volunteer from", "funded from", "funders"), rows);
        String notes = String.join(". ", said) + ". Each had years of volunteer work in the same projects before the "
                + "role, which is what makes the before-and-after comparison possible.";
        return new Slide(heading, body, notes);
    }

    /** Periods of the three, one row each, funders in their colours. */
    public Figure peopleFigure() {
        return TalkFigures.periods(inputs, cases.stream().map(c -> estimates.get(c.engineerId()).engineer()).toList());
    }

    // ---- 3. what changed ------------------------------------------------------------------------------------

    public Slide changed() {
        List<Case> sufficient = cases.stream().filter(c -> c.effect().change().isSufficient()).toList();
        long up = sufficient.stream().filter(c -> c.effect().change().interval().lower() > 0).count();
        double min = sufficient.stream().mapToDouble(c -> c.effect().change().value()).min().orElse(Double.NaN);
        double max = sufficient.stream().mapToDouble(c -> c.effect().change().value()).max().orElse(Double.NaN);
        String who = up == cases.size() ? "all " + words(cases.size()).toLowerCase(Locale.ROOT)
                : up + " of " + cases.size();
        String heading = sufficient.isEmpty() ? "Security commits: insufficient data to compare"
                : String.format(Locale.ROOT, "Security commits rose by %s to %s a month after funding, for %s",
                        Readable.number(min), Readable.number(max), who);
        String notes = cases.stream().map(c -> c.name() + ": " + c.rates() + " a month, change "
                + Case.withInterval(c.effect().change())).collect(Collectors.joining("; "))
                + ". The bars are 95% intervals from a block bootstrap; an interval clear of zero means the rise is "
                + "unlikely to be month-to-month noise. Commits flagged as security work are a proxy, not the whole job.";
        return new Slide(heading, "", notes);
    }

    public Figure changedFigure() {
        return Figures.effects(comparison());
    }

    // ---- 4. what they delivered -----------------------------------------------------------------------------

    /**
     * Reported outcomes, up to two per engineer ({@code metrics}: engineer id → reported metric names, the talk's
     * editorial choice), each with its latest value, period and source (the source goes to the speaker notes on a
     * slide). The heading compares the first engineer's first metric before and after the funded start when both
     * exist, else counts the outcomes.
     */
    public Slide delivered(Map<String, List<String>> metrics) {
        return delivered(metrics, null, null, null);
    }

    /**
     * The same, with the heading comparing one engineer's outcome before funding ({@code before}: the earliest row of
     * that metric) with after ({@code after}: the latest row), e.g. "Mike: from about 8.1 hours before funding to
     * about 1.3 hours (malware exposure median)". Durations in minutes and hours are compared in hours.
     */
    public Slide delivered(Map<String, List<String>> metrics, String engineer, String before, String after) {
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
                rows.add(List.of(c.name(), Chart.words(metric), Readable.month(latest.periodStart()),
                        amount(latest), latest.sourceUrl()));
                said.add(Chart.person(c.name()) + ": \"" + latest.quote().strip().replaceAll("[,;:]$", "") + ".\"");
            }
        }
        String heading = highlight != null ? highlight
                : "What the roles delivered: " + rows.size() + " outcomes in their funders' reports";
        String body = Slide.table(List.of("engineer", "outcome", "from", "reported", "source"), rows);
        String notes = "In the funders' own words. " + String.join(" ", said.stream().limit(3).toList())
                + " The values are as published, not measured by us; the sources are listed below.";
        return new Slide(heading, body, notes);
    }

    /** "Mike: from about 8.1 hours before funding to about 1.3 hours (malware exposure median)", or null. */
    private String highlight(String engineer, String before, String after) {
        var from = estimates.get(engineer).reported(before);
        var to = estimates.get(engineer).reported(after);
        if (!from.isSufficient() || !to.isSufficient() || from.rows().isEmpty() || to.rows().isEmpty()) {
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
            return amount(new ReportedMetric(r.metric(), r.value() / 60, "hours", r.qualifier(), r.periodStart(),
                    r.periodEnd(), r.entity(), r.rawFile(), r.line(), r.quote(), r.sourceUrl()));
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

    // ---- 5. what it cost ------------------------------------------------------------------------------------

    /** One engineer's cost as the talk shows it. Swap point for the ROI ledger. */
    public record Cost(String engineer, double months, double presentValue, String basis) {}

    /** The costs the talk shows, from the ROI model's base result (present values over the evaluated months). */
    public List<Cost> costs() {
        return cases.stream().map(c -> new Cost(c.name(), c.base().months(), c.base().pvCost(), basis(c))).toList();
    }

    /** How a cost is known: dated public grants (the ROI model's cost notes name them), else a loaded salary. */
    private static String basis(Case c) {
        boolean grant = c.base().notes().stream().anyMatch(n -> n.matches(".* USD \\d{4}-\\d{2}-\\d{2}\\.\\..*"));
        return grant ? "dated public grants, a loaded salary for months they do not cover" : "loaded salary";
    }

    public Slide cost() {
        List<Cost> costs = costs();
        double total = costs.stream().mapToDouble(Cost::presentValue).sum();
        double months = costs.stream().mapToDouble(Cost::months).max().orElse(0);
        List<List<String>> rows = new ArrayList<>();
        for (Cost c : costs) {
            rows.add(List.of(c.engineer(), Readable.number(c.months()) + " months", Readable.dollars(c.presentValue())));
        }
        String heading = String.format(Locale.ROOT, "The %s roles cost %s in present value over their first %s months",
                words(costs.size()).toLowerCase(Locale.ROOT), Readable.dollars(total), Readable.number(months));
        String notes = costs.stream().map(c -> c.engineer() + " " + Readable.dollars(c.presentValue()) + " ("
                + c.basis() + ")").collect(Collectors.joining("; ")) + ". Public grant amounts where they cover the "
                + "months, a loaded salary (wage, benefits and overhead) where they do not, all discounted to present "
                + "value. This is the money side of every ROI that follows.";
        return new Slide(heading, Slide.table(List.of("engineer", "evaluated", "cost, present value"), rows), notes);
    }

    // ---- 6. what it returned ----------------------------------------------------------------------------------

    /** One engineer's return by valuation method, the Monte Carlo ROI and the break-even. Swap point for the ledger. */
    public record Return(String engineer, String replacementCost, String lossAvoided, String medianRoi,
            String roiInterval, String chancePositive, String breakEven, boolean lowerBound) {}

    /** The returns the talk shows, from the base result, the Monte Carlo and the break-even of the top parameter. */
    public List<Return> returns() {
        List<Return> out = new ArrayList<>();
        for (Case c : cases) {
            var base = c.base();
            boolean sufficient = c.simulation().isSufficient();
            BreakEven be = rois.get(c.engineerId()).breakEven();
            String breakEven = !be.exists() ? "none in range" : Readable.breakEven(be.value(), be.assumption().unit());
            String leftOut = "left out";
            boolean replacementMissing = base.missing().stream().anyMatch(m -> m.startsWith("replacement"));
            boolean lossMissing = base.missing().stream().anyMatch(m -> m.startsWith("expected loss"));
            out.add(new Return(c.name(), replacementMissing ? leftOut : Readable.dollars(base.pvReplacement()),
                    lossMissing ? leftOut : Readable.dollars(base.pvLossAvoided()),
                    sufficient ? Readable.roi(c.simulation().median("roi")) : "insufficient data",
                    sufficient ? Readable.roiInterval(c.simulation().interval("roi").lower(),
                            c.simulation().interval("roi").upper()) : "",
                    c.chancePositive(), breakEven, !base.missing().isEmpty()));
        }
        return out;
    }

    public Slide returned() {
        List<Return> returns = returns();
        List<List<String>> rows = new ArrayList<>();
        for (Return r : returns) {
            rows.add(List.of(r.engineer(), r.replacementCost(), r.lossAvoided(), r.medianRoi(), r.chancePositive(),
                    r.breakEven()));
        }
        List<String> paid = cases.stream().filter(c -> c.simulation().isSufficient()
                && c.simulation().probabilityPositive() > 0.5).map(c -> Chart.person(c.name())).toList();
        long floors = returns.stream().filter(Return::lowerBound).count();
        String heading = paid.isEmpty() ? "On what the data can value, no role paid for itself in most draws"
                : String.join(" and ", paid) + (paid.size() == 1 ? "'s role" : "'s roles")
                + " paid for itself in most draws; " + (floors > 0 ? floors + " of " + returns.size()
                + " ROIs are floors" : "every benefit counted");
        String notes = returns.stream().map(r -> Chart.person(r.engineer()) + " " + r.medianRoi() + " " + r.roiInterval())
                .collect(Collectors.joining(", ")) + " median ROI with 95% intervals. Replacement cost prices the extra "
                + "security work; loss avoided prices faster malware handling, where data exist. Break-even is the value "
                + "of the assumption that moves ROI most at which the role exactly pays for itself.";
        return new Slide(heading, Slide.table(List.of("engineer", "replacement cost", "loss avoided", "median ROI",
                "ROI > 0 in", "break-even"), rows), notes);
    }

    public Figure returnedFigure() {
        return Figures.headline(comparison());
    }

    // ---- 7. what survives the checks ----------------------------------------------------------------------------

    /** One engineer's robustness checks as the talk shows them. Swap point for event studies and sensitivity tables. */
    public record Check(String engineer, String beforeAfter, String differenceInDifferences, String placeboInSpace,
            String placeboInTime, boolean topInSpace) {}

    /** The robustness checks the talk shows, from the DiD and placebo tests on security commits. */
    public List<Check> robustness() {
        List<Check> out = new ArrayList<>();
        for (Case c : cases) {
            var space = c.placebo().inSpace();
            var time = c.placebo().inTime();
            out.add(new Check(c.name(), Case.withInterval(c.effect().change()), Case.withInterval(c.did().did()),
                    space.isSufficient() ? "rank " + space.rank() + " of " + (space.units().size() + 1) : "insufficient data",
                    time.isSufficient() ? "rank " + time.rank() + " of " + (time.units().size() + 1) : "insufficient data",
                    space.isSufficient() && space.rank() == 1));
        }
        return out;
    }

    public Slide checks() {
        List<Check> checks = robustness();
        long top = checks.stream().filter(Check::topInSpace).count();
        long didPositive = cases.stream().filter(c -> c.did().did().isSufficient() && c.did().did().interval().lower() > 0).count();
        String heading = String.format(Locale.ROOT, "The rise survives the checks: DiD above zero for %d of %d, top of "
                + "the placebos in space for %d of %d", didPositive, checks.size(), top, checks.size());
        List<List<String>> rows = new ArrayList<>();
        for (Check c : checks) {
            rows.add(List.of(c.engineer(), c.beforeAfter(), c.differenceInDifferences(), c.placeboInSpace(),
                    c.placeboInTime()));
        }
        String notes = "The difference-in-differences subtracts the change among other contributors to the same "
                + "repositories, so a project that simply got busier does not count. The placebo tests give the same "
                + "treatment to fake start dates and to each comparison contributor: " + checks.stream()
                .map(c -> c.engineer() + " ranks " + c.placeboInSpace().replace("rank ", "")).collect(Collectors.joining(", "))
                + " in space.";
        return new Slide(heading, Slide.table(List.of("engineer", "before/after", "DiD", "placebo in space",
                "placebo in time"), rows), notes);
    }

    // ---- 8. caveats -------------------------------------------------------------------------------------------

    public Slide caveats() {
        List<String> floors = cases.stream().filter(c -> !c.base().missing().isEmpty())
                .map(c -> Chart.person(c.name())).toList();
        List<String> partlyPaid = cases.stream().filter(c -> estimates.get(c.engineerId()).engineer().periods().stream()
                .anyMatch(p -> p.kind() == PeriodKind.VOLUNTEER && p.partlyPaid())).map(c -> Chart.person(c.name())).toList();
        int concurrent = 0;
        for (Case c : cases) {
            concurrent += Tables.concurrentFunding(estimates.get(c.engineerId())).rowCount();
        }
        List<String> items = new ArrayList<>();
        if (!floors.isEmpty()) {
            items.add("ROI is a floor for " + String.join(" and ", floors) + ": a benefit has no data to value it");
        }
        items.add(concurrent + " other grants, audits and staff overlap the funded years: the roles share the credit");
        if (!partlyPaid.isEmpty()) {
            items.add("Partly paid \"volunteer\" years for " + String.join(" and ", partlyPaid)
                    + ": the change is in funded intensity, not from zero");
        }
        items.add("Three people are a case series, not a sample: nothing here is pooled");
        String heading = String.format(Locale.ROOT, "%d caveats, led by %s", items.size(),
                floors.isEmpty() ? "concurrent funding" : "ROI floors for " + floors.size() + " of " + cases.size());
        String notes = "Read the ROI as conditional on the assumptions and on the benefits the data can value. "
                + concurrent + " rows of funding.csv overlap the funded periods at the same employers, which is why the "
                + "attribution shares stay well below one. Measurement also changed with the roles, for example PyPI's "
                + "malware reporting tools.";
        return new Slide(heading, Slide.bullets(items), notes);
    }

    // ---- 9. the ask ------------------------------------------------------------------------------------------

    public Slide ask() {
        Map<String, String> drivers = new LinkedHashMap<>();
        for (Case c : cases) {
            Tornado t = rois.get(c.engineerId()).tornado();
            t.rows().stream().filter(r -> r.swing() > 0).findFirst()
                    .ifPresent(r -> drivers.merge(r.parameter().replace('_', ' '), Chart.person(c.name()), (a, b) -> a + ", " + b));
        }
        long floors = cases.stream().filter(c -> !c.base().missing().isEmpty()).count();
        List<String> items = new ArrayList<>();
        items.add("Keep funding the roles: the security work rose in every case");
        drivers.forEach((parameter, who) -> items.add("Publish what pins down " + parameter + " (moves the ROI most for "
                + who + ")"));
        if (floors > 0) {
            items.add("Report outcomes that can be valued, so " + floors + " of " + cases.size()
                    + " ROIs stop being floors");
        }
        String heading = "Keep funding the roles, and publish the numbers that would value them";
        String notes = "The assumptions that move each ROI most are " + drivers.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "))
                + ". Funders and registries hold these numbers; publishing them would turn ranges into estimates. "
                + "Everything shown is in the notebooks, with every source.";
        return new Slide(heading, Slide.bullets(items), notes);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private String names() {
        return cases.stream().map(Case::name).collect(Collectors.joining(", "));
    }

    private static String years(LocalDate first, LocalDate last) {
        return first.getYear() == last.getYear() ? String.valueOf(first.getYear())
                : first.getYear() + "–" + last.getYear();
    }

    private static String words(int n) {
        String[] words = {"No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"};
        return n < words.length ? words[n] : String.valueOf(n);
    }
}
