package dev.umbrella.present;

import java.util.EnumMap;
import java.util.Comparator;
import java.util.Arrays;
import dev.umbrella.estimate.Sensitivity;
import dev.umbrella.estimate.EventStudyResult;
import dev.umbrella.datasets.PeriodKind;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.estimate.PlaceboResult;
import dev.umbrella.model.Engineer;
import dev.umbrella.model.Inputs;
import dev.umbrella.model.Period;
import dev.umbrella.model.ReportedMetric;
import dev.umbrella.roi.BreakEven;
import dev.umbrella.roi.Channel;
import dev.umbrella.roi.CostSchedule;
import dev.umbrella.roi.Method;
import dev.umbrella.roi.Roi;
import dev.umbrella.roi.Tornado;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The talk: its story as slides, each method one slide with a heading that states the message, a small body and the
 * speaker notes, all computed from the same results the notebooks show (same seed, transition window, draws and
 * assumption overrides). {@code notebooks/05-talk.ipynb} calls one method per slide.
 *
 * <p>What the talk says about money and robustness goes through three narrow methods whose rows the slides read:
 * {@link #costs()} (the documented costs over each engineer's own funded months), {@link #returns()} (one row per
 * engineer and valuation method: Monte Carlo median ROI, share of draws above zero, break-even in plain units; never
 * pooled across engineers, methods never added) and {@link #robustness()} (one row per check; a new check is one
 * rule in {@code rules()}). Headings count from those rows, so they change with the results.
 */
public final class Talk {
    private final Inputs inputs;
    private final int draws;
    private final List<Case> cases = new ArrayList<>();
    private final Map<String, Estimates> estimates = new LinkedHashMap<>();

    private Talk(Inputs inputs, long seed, int transitionMonths, int draws, Map<String, ? extends Number> overrides) {
        this.inputs = inputs;
        this.draws = draws;
        for (String id : Readable.engineers(inputs)) {
            Estimates e = Estimates.of(inputs, id).seed(seed).transition(transitionMonths);
            Roi roi = Roi.of(inputs, id).seed(seed).transition(transitionMonths).withOverrides(overrides);
            estimates.put(id, e);
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

    /**
     * One engineer's cost as the talk shows it: the ROI model's documented costs ({@code Roi.costs()}) over the
     * engineer's own funded months the data cover ({@code RoiResult.months()}), in present value.
     *
     * @param grants the funders whose public grants fall in those months, in order
     * @param salaryMonths the months no grant covers, costed at a loaded salary
     */
    public record Cost(String engineer, int months, double presentValue, List<String> grants, double salaryMonths) {
        public Cost {
            grants = List.copyOf(grants);
        }

        /** How the cost is known: "Alpha-Omega grants", "a loaded salary", or both with the salaried months. */
        public String basis() {
            String paid = grants.isEmpty() ? "" : String.join(" and ", grants) + (grants.size() == 1 ? " grant" : " grants");
            if (salaryMonths < 0.05) {
                return paid.isEmpty() ? "no documented cost" : paid;
            }
            String salary = "a loaded salary" + (paid.isEmpty() ? "" : " for " + Readable.number(salaryMonths) + " months");
            return paid.isEmpty() ? salary : paid + ", " + salary;
        }
    }

    /** The costs the talk shows, one per engineer, each over that engineer's own funded months. */
    public List<Cost> costs() {
        List<Cost> out = new ArrayList<>();
        for (Case c : cases) {
            CostSchedule schedule = c.roi().model().costs();
            double salaried = 0;
            for (double share : schedule.uncovered()) {
                salaried += share;
            }
            List<String> funders = schedule.grants().stream().map(CostSchedule.Grant::funder).distinct().toList();
            out.add(new Cost(c.name(), c.base().months(), c.base().pvCost(), funders, salaried));
        }
        return out;
    }

    public Slide cost() {
        List<Cost> costs = costs();
        List<List<String>> rows = new ArrayList<>();
        for (Cost c : costs) {
            rows.add(List.of(c.engineer(), c.months() + " months", Readable.dollars(c.presentValue()),
                    Readable.dollars(c.presentValue() / c.months()), c.basis()));
        }
        String heading = String.format(Locale.ROOT, "Each role cost %s in present value, over the %s funded months "
                + "the data cover", range(costs.stream().mapToDouble(Cost::presentValue).toArray(), Readable::dollars),
                range(costs.stream().mapToDouble(Cost::months).toArray(), x -> Readable.count(Math.round(x))));
        String notes = costs.stream().map(c -> Chart.person(c.engineer()) + " " + Readable.dollars(c.presentValue())
                + " over " + c.months() + " months").collect(Collectors.joining(", ")) + ". Public grants count for the "
                + "months they cover, times the share that paid the role; a loaded salary covers months no grant does; "
                + "all in present value. Costs and benefits run over the same months, which differ by person, so the "
                + "roles are compared per month, never added.";
        return new Slide(heading, Slide.table(List.of("engineer", "funded months", "cost, present value", "per month",
                "paid by"), rows), notes);
    }

    // ---- 5b. what each output cost ----------------------------------------------------------------------------

    /**
     * One kind of output of one role, from the outputs ledger ({@code Roi.costEffectiveness()}): the rates per year
     * before and during the role, the outputs credited to the role over its funded months, the role's whole cost per
     * credited output (an upper bound: the role produced the other kinds too) and the market price of one output.
     */
    public record OutputCost(String engineer, String output, double volunteerPerYear, double fundedPerYear,
            double credited, double costPerCredited, double marketPrice) {
        /** The market value of the credited outputs, what ranks an engineer's kinds of output. */
        double marketValue() {
            return credited * marketPrice;
        }
    }

    /**
     * Per engineer, the {@code perEngineer} kinds of output with a market price whose credited outputs are worth the
     * most at that price, largest first.
     */
    public List<OutputCost> outputCosts(int perEngineer) {
        List<OutputCost> out = new ArrayList<>();
        for (Case c : cases) {
            Table t = c.roi().costEffectiveness();
            List<OutputCost> mine = new ArrayList<>();
            for (int i = 0; i < t.rowCount(); i++) {
                var row = new OutputCost(c.name(), t.stringColumn("output").get(i),
                        t.doubleColumn("volunteer_per_year").getDouble(i), t.doubleColumn("funded_per_year").getDouble(i),
                        t.doubleColumn("credited_outputs").getDouble(i),
                        t.doubleColumn("cost_per_credited_output_usd").getDouble(i),
                        t.doubleColumn("market_price_usd").getDouble(i));
                if (row.credited() > 0 && row.marketPrice() > 0) {
                    mine.add(row);
                }
            }
            mine.sort(Comparator.comparingDouble(OutputCost::marketValue).reversed()
                    .thenComparing(OutputCost::output));
            out.addAll(mine.stream().limit(perEngineer).toList());
        }
        return out;
    }

    public Slide outputs() {
        List<OutputCost> rows = outputCosts(2);
        List<List<String>> cells = new ArrayList<>();
        for (OutputCost o : rows) {
            cells.add(List.of(Chart.person(o.engineer()), o.output(), (Double.isNaN(o.volunteerPerYear()) ? "–"
                    : Readable.number(o.volunteerPerYear())) + " → " + Readable.number(o.fundedPerYear()),
                    Readable.number(o.credited()), Readable.dollars(o.costPerCredited()),
                    Readable.dollars(o.marketPrice())));
        }
        double[] ratios = rows.stream().mapToDouble(o -> o.costPerCredited() / o.marketPrice()).toArray();
        String heading = rows.isEmpty() ? "No credited output has a market price"
                : "Per credited output the roles cost " + range(ratios, x -> Readable.number(x) + "×")
                        + " its market price, an upper bound";
        int ledgerRows = cases.stream().mapToInt(c -> c.roi().ledger().rowCount()).sum();
        String notes = "The outputs ledger has " + Readable.count(ledgerRows) + " rows for the " + words(cases.size())
                .toLowerCase(Locale.ROOT) + ", each with its evidence: a report's line, an advisory or a commit. "
                + "Credited outputs are those above the volunteer-era rate, or after a counterfactual share. Each cost "
                + "per output divides the whole role's cost by one kind, so it overstates what one output cost: each "
                + "role produced every kind. Shown: each person's two kinds worth most at market price.";
        return new Slide(heading, Slide.table(List.of("engineer", "output", "per year, volunteer → funded",
                "credited", "cost per credited", "market price"), cells), notes);
    }

    // ---- 6. what it returned ----------------------------------------------------------------------------------

    /**
     * One engineer's return under one valuation method: the Monte Carlo median ROI with its interval, how often the
     * ROI was above zero, and the method's first break-even line ({@code Roi.breakEven(method)}, the one
     * {@link Case#breakEven} quotes) in plain units beside the value the model assumes. A method with no valued channel
     * is not estimated and has no number.
     */
    public record Return(String engineer, Method method, boolean estimated, String medianRoi, String roiInterval,
            String chancePositive, boolean positiveInMostDraws, String breakEven, String assumed) {}

    /** The returns the talk shows: one per engineer and method, never pooled across engineers or added across methods. */
    public List<Return> returns() {
        List<Return> out = new ArrayList<>();
        for (Case c : cases) {
            var sim = c.simulation();
            for (Method m : Method.values()) {
                List<BreakEven.Line> lines = c.breakEvens().get(m).lines();
                String breakEven = lines.isEmpty() ? "none" : Readable.breakEven(lines.get(0));
                String assumed = lines.isEmpty() || Double.isNaN(lines.get(0).assumed()) ? ""
                        : Readable.breakEven(lines.get(0).assumed(), "USD");
                if (!sim.isEstimated(m)) {
                    out.add(new Return(c.name(), m, false, "not estimated", "", "", false, breakEven, assumed));
                    continue;
                }
                var interval = sim.interval(m, "roi");
                out.add(new Return(c.name(), m, true, Readable.roi(sim.median(m, "roi")),
                        Readable.roiInterval(interval.lower(), interval.upper()), c.positive(m),
                        sim.probabilityPositive(m) > 0.5, breakEven, assumed));
            }
        }
        return out;
    }

    public Slide returned() {
        List<Return> returns = returns();
        List<List<String>> rows = new ArrayList<>();
        for (Return r : returns) {
            rows.add(List.of(Chart.person(r.engineer()) + ", " + r.method().label(), (r.medianRoi() + " "
                    + r.roiInterval()).strip(), r.chancePositive(), r.breakEven(), r.assumed()));
        }
        List<String> byMethod = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (Method m : Method.values()) {
            List<Return> of = returns.stream().filter(r -> r.method() == m).toList();
            long most = of.stream().filter(Return::positiveInMostDraws).count();
            long missing = of.stream().filter(r -> !r.estimated()).count();
            byMethod.add(most + " of " + of.size() + " by " + m.label() + (missing == 0 ? "" : " (" + missing
                    + " not estimated)"));
            said.add("By " + m.label() + ", " + of.stream().map(r -> Chart.person(r.engineer()) + " " + r.medianRoi())
                    .collect(Collectors.joining(", ")));
        }
        String heading = "Roles with ROI > 0 in most draws: " + String.join("; ", byMethod);
        String notes = String.join(". ", said) + " median ROI. The two methods value the same outputs two ways, so "
                + "they are shown side by side and never added. The break-even is what each output of one kind would "
                + "have to be worth for the role to pay for itself, everything else at base, beside the value the "
                + "model assumes.";
        return new Slide(heading, Slide.table(List.of("engineer, method", "median ROI [95% interval]", "ROI > 0 in",
                "break-even", "assumed"), rows), notes);
    }

    public Figure returnedFigure() {
        return Figures.headline(comparison());
    }

    // ---- 7. what survives the checks ----------------------------------------------------------------------------

    /**
     * One robustness check as the talk shows it: one row, with a result per engineer in the talk's order, and the
     * claim the check tests (empty when it only describes) with the number of engineers it holds for.
     */
    public record Check(String name, List<String> results, String claim, long holds) {
        public Check {
            results = List.copyOf(results);
        }
    }

    /** A check: the row's name, an engineer's result, and, for a check that tests a claim, whether it holds. */
    private record Rule(String name, Function<Case, String> result, String claim, Predicate<Case> holds) {}

    /**
     * The checks, one row each. To add one (an event study, a sensitivity table), add a rule here: its name, the
     * cell for a case, and the claim with the test, or "" and {@code null} for a row that only describes.
     */
    private List<Rule> rules() {
        return List.of(
                new Rule("before/after", c -> Case.withInterval(c.effect().change()), "", null),
                new Rule("difference-in-differences", c -> Case.withInterval(c.did().did()), "DiD above zero",
                        c -> c.did().did().isSufficient() && c.did().did().interval().lower() > 0),
                new Rule("placebo in space", c -> rank(c.placebo().inSpace()), "top of the placebos in space",
                        c -> c.placebo().inSpace().isSufficient() && c.placebo().inSpace().rank() == 1),
                new Rule("placebo in time", c -> rank(c.placebo().inTime()), "", null),
                new Rule("sensitivity (10 specifications)", c -> agreeing(sensitivity(c).agreeing(true)) + " keep the "
                        + "DiD above 0", "DiD above zero in every specification", c -> sensitivity(c).survives(true)),
                new Rule("pre-trend (event study)", c -> preTrend(eventStudy(c)), "no pre-trend at 5%", c -> {
                    var test = eventStudy(c).preTest();
                    return test.isSufficient() && test.pValue() >= 0.05;
                }));
    }

    /** Sensitivity tables are computed once per engineer (each is ten estimates). */
    private final Map<String, Sensitivity> sensitivities = new LinkedHashMap<>();

    private Sensitivity sensitivity(Case c) {
        return sensitivities.computeIfAbsent(c.engineerId(), id -> estimates.get(id).sensitivity(Case.METRIC));
    }

    private final Map<String, EventStudyResult> eventStudies = new LinkedHashMap<>();

    private EventStudyResult eventStudy(Case c) {
        return eventStudies.computeIfAbsent(c.engineerId(), id -> estimates.get(id).eventStudy(Case.METRIC));
    }

    private static String agreeing(int[] a) {
        return a[0] + " of " + a[2];
    }

    private static String preTrend(EventStudyResult study) {
        var test = study.preTest();
        return test.isSufficient() ? EventStudyResult.formatP(test.pValue()) + " (joint test of "
                + test.binCount() + " quarters)" : "insufficient data";
    }

    /** The robustness checks the talk shows, from the estimators on security commits. */
    public List<Check> robustness() {
        List<Check> out = new ArrayList<>();
        for (Rule rule : rules()) {
            out.add(new Check(rule.name(), cases.stream().map(rule.result()).toList(), rule.claim(),
                    rule.holds() == null ? 0 : cases.stream().filter(rule.holds()).count()));
        }
        return out;
    }

    private static String rank(PlaceboResult.Test test) {
        return test.isSufficient() ? "rank " + test.rank() + " of " + (test.units().size() + 1) : "insufficient data";
    }

    public Slide checks() {
        List<Check> checks = robustness();
        String heading = "The rise in the checks: " + checks.stream().filter(c -> !c.claim().isEmpty())
                .map(c -> c.claim() + " for " + c.holds() + " of " + cases.size()).collect(Collectors.joining(", "));
        List<String> header = new ArrayList<>(List.of("check"));
        cases.forEach(c -> header.add(c.name()));
        List<List<String>> rows = new ArrayList<>();
        for (Check c : checks) {
            List<String> row = new ArrayList<>(List.of(c.name()));
            row.addAll(c.results());
            rows.add(row);
        }
        List<String> inSpace = checks.stream().filter(c -> c.name().equals("placebo in space")).findFirst()
                .map(Check::results).orElse(List.of());
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
                    .filter(ch -> !ch.notEstimated().startsWith("not added") && !ch.notEstimated().contains(
                            "describes no")).map(Channel::unit).distinct().toList();
            if (!units.isEmpty()) {
                out.put(Chart.person(c.name()), units);
            }
        }
        return out;
    }

    public Slide caveats() {
        Map<String, List<String>> unvalued = unvalued();
        List<String> partlyPaid = cases.stream().filter(c -> estimates.get(c.engineerId()).engineer().periods().stream()
                .anyMatch(p -> p.kind() == PeriodKind.VOLUNTEER && p.partlyPaid())).map(c -> Chart.person(c.name())).toList();
        int concurrent = 0;
        for (Case c : cases) {
            concurrent += Tables.concurrentFunding(estimates.get(c.engineerId())).rowCount();
        }
        List<String> items = new ArrayList<>();
        if (!unvalued.isEmpty()) {
            items.add("ROI is a floor for " + and(List.copyOf(unvalued.keySet())) + ": outputs with no price or loss "
                    + "rate are named, not counted (" + unvalued.entrySet().stream().map(e -> e.getKey() + " "
                    + e.getValue().size()).collect(Collectors.joining(", ")) + ")");
        }
        items.add(concurrent + " other grants, audits and staff overlap the funded years: the roles share the credit");
        if (!partlyPaid.isEmpty()) {
            items.add("Partly paid \"volunteer\" years for " + String.join(" and ", partlyPaid)
                    + ": the change is in funded intensity, not from zero");
        }
        items.add(words(cases.size()) + " people are a case series, not a sample: nothing here is pooled");
        String heading = String.format(Locale.ROOT, "%d caveats, led by %s", items.size(), unvalued.isEmpty()
                ? "concurrent funding" : "outputs no one has priced: ROI is a floor for " + unvalued.size() + " of "
                + cases.size());
        String notes = "Read the ROI as conditional on the assumptions and on the outputs the record states. "
                + (unvalued.isEmpty() ? "" : "Named but not valued: " + unvalued.values().stream().flatMap(List::stream)
                        .distinct().limit(3).collect(Collectors.joining("; ")) + ". ")
                + concurrent + " rows of funding.csv overlap the funded periods at the same employers, which is why the "
                + "attribution shares stay well below one.";
        return new Slide(heading, Slide.bullets(items), notes);
    }

    // ---- 9. the ask ------------------------------------------------------------------------------------------

    public Slide ask() {
        // parameter -> method -> the people whose ROI by that method it moves most
        Map<String, Map<Method, List<String>>> top = new LinkedHashMap<>();
        for (Case c : cases) {
            for (Method m : Method.values()) {
                Tornado t = c.roi().tornado(m);
                if (!t.isEstimated()) {
                    continue;
                }
                t.rows().stream().filter(r -> r.swing() > 0).findFirst().ifPresent(r -> top
                        .computeIfAbsent(r.parameter().replace('_', ' '), k -> new EnumMap<>(Method.class))
                        .computeIfAbsent(m, k -> new ArrayList<>()).add(Chart.person(c.name())));
            }
        }
        Map<String, String> drivers = new LinkedHashMap<>();
        top.forEach((parameter, byMethod) -> drivers.put(parameter, byMethod.entrySet().stream()
                .map(e -> and(e.getValue()) + " (" + e.getKey().label() + ")").collect(Collectors.joining(", "))));
        long up = cases.stream().filter(c -> c.effect().change().isSufficient()
                && c.effect().change().interval().lower() > 0).count();
        Map<String, List<String>> unvalued = unvalued();
        List<String> items = new ArrayList<>();
        items.add("Keep funding the roles: the security work rose in " + (up == cases.size() ? "every case"
                : up + " of " + cases.size() + " cases"));
        drivers.forEach((parameter, who) -> items.add("Pin down " + parameter + ": it moves ROI most for " + who));
        if (!unvalued.isEmpty()) {
            items.add("Price the outputs no one has valued, so the ROI for " + and(List.copyOf(unvalued.keySet()))
                    + " stops being a floor");
        }
        String heading = "Keep funding the roles, and publish the numbers that would value them";
        String notes = "The assumptions that move each ROI most are " + drivers.entrySet().stream()
                .map(e -> e.getKey() + " for " + e.getValue()).collect(Collectors.joining("; "))
                + ". Funders and registries hold these numbers; publishing them would turn ranges into estimates. "
                + "Everything shown is in the notebooks, with every source.";
        return new Slide(heading, Slide.bullets(items), notes);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** "$326k to $580k", or the one value when all are the same when written. */
    private static String range(double[] values, DoubleFunction<String> format) {
        String low = format.apply(Arrays.stream(values).min().orElse(Double.NaN));
        String high = format.apply(Arrays.stream(values).max().orElse(Double.NaN));
        return low.equals(high) ? low : low + " to " + high;
    }

    /** "Seth", "Seth and Mike", "Seth, Mike and Samuel". */
    private static String and(List<String> items) {
        return items.size() <= 1 ? String.join("", items)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

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
