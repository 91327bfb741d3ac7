package dev.umbrella.present;

import dev.umbrella.estimate.Estimates;
import dev.umbrella.model.Inputs;
import dev.umbrella.roi.Method;
import dev.umbrella.roi.Roi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * rule in {@code TalkChecks.rules()}). Headings count from those rows, so they change with the results.
 *
 * <p>This class holds the cases and the public surface; the slides are written by one class per part of the
 * story: {@link TalkWork} (question, people, what changed, what was delivered), {@link TalkMoney} (cost and
 * returns), {@link TalkChecks} (robustness) and {@link TalkClosing} (caveats and the ask).
 */
public final class Talk {
    private final Inputs inputs;
    private final List<Case> cases = new ArrayList<>();
    private final Map<String, Estimates> estimates = new LinkedHashMap<>();
    private final TalkWork work;
    private final TalkMoney money;
    private final TalkChecks robustnessChecks;
    private final TalkClosing closing;

    private Talk(Inputs inputs, long seed, int transitionMonths, int draws, Map<String, ? extends Number> overrides) {
        this.inputs = inputs;
        for (String id : Readable.engineers(inputs)) {
            Estimates e = Estimates.of(inputs, id).seed(seed).transition(transitionMonths);
            Roi roi = Roi.of(inputs, id).seed(seed).transition(transitionMonths).withOverrides(overrides);
            estimates.put(id, e);
            cases.add(Case.of(e, roi, draws));
        }
        work = new TalkWork(inputs, draws, cases, estimates);
        money = new TalkMoney(cases);
        robustnessChecks = new TalkChecks(cases, estimates);
        closing = new TalkClosing(cases, estimates);
    }

    /** The talk on the project's datasets; NaN overrides keep {@code assumptions.csv}'s ranges. */
    public static Talk of(long seed, int transitionMonths, int draws, Map<String, ? extends Number> overrides) {
        return of(Inputs.shared(), seed, transitionMonths, draws, overrides);
    }

    public static Talk of(
            Inputs inputs, long seed, int transitionMonths, int draws, Map<String, ? extends Number> overrides) {
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
        return work.question();
    }

    // ---- 2. the people and their periods ------------------------------------------------------------------

    public Slide people() {
        return work.people();
    }

    /** Periods of the three, one row each, funders in their colours. */
    public Figure peopleFigure() {
        return TalkFigures.periods(
                inputs,
                cases.stream()
                        .map(c -> estimates.get(c.engineerId()).engineer())
                        .toList());
    }

    // ---- 3. what changed ------------------------------------------------------------------------------------

    public Slide changed() {
        return work.changed();
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
        return work.delivered(metrics, engineer, before, after);
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
            String paid =
                    grants.isEmpty() ? "" : String.join(" and ", grants) + (grants.size() == 1 ? " grant" : " grants");
            if (salaryMonths < 0.05) {
                return paid.isEmpty() ? "no documented cost" : paid;
            }
            String salary =
                    "a loaded salary" + (paid.isEmpty() ? "" : " for " + Readable.number(salaryMonths) + " months");
            return paid.isEmpty() ? salary : paid + ", " + salary;
        }
    }

    /** The costs the talk shows, one per engineer, each over that engineer's own funded months. */
    public List<Cost> costs() {
        return money.costs();
    }

    public Slide cost() {
        return money.cost();
    }

    // ---- 5b. what each output cost ----------------------------------------------------------------------------

    /**
     * One kind of output of one role, from the outputs ledger ({@code Roi.costEffectiveness()}): the rates per year
     * before and during the role, the outputs credited to the role over its funded months, the role's whole cost per
     * credited output (an upper bound: the role produced the other kinds too) and the market price of one output.
     */
    public record OutputCost(
            String engineer,
            String output,
            double volunteerPerYear,
            double fundedPerYear,
            double credited,
            double costPerCredited,
            double marketPrice) {
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
        return money.outputCosts(perEngineer);
    }

    public Slide outputs() {
        return money.outputs();
    }

    // ---- 6. what it returned ----------------------------------------------------------------------------------

    /**
     * One engineer's return under one valuation method: the Monte Carlo median ROI with its interval, how often the
     * ROI was above zero, and the method's first break-even line ({@code Roi.breakEven(method)}, the one
     * {@link Case#breakEven} quotes) in plain units beside the value the model assumes. A method with no valued channel
     * is not estimated and has no number.
     */
    public record Return(
            String engineer,
            Method method,
            boolean estimated,
            String medianRoi,
            String roiInterval,
            String chancePositive,
            boolean positiveInMostDraws,
            String breakEven,
            String assumed) {}

    /** The returns the talk shows: one per engineer and method, never pooled across engineers or added across methods. */
    public List<Return> returns() {
        return money.returns();
    }

    public Slide returned() {
        return money.returned();
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

    /** The robustness checks the talk shows, from the estimators on security commits. */
    public List<Check> robustness() {
        return robustnessChecks.robustness();
    }

    public Slide checks() {
        return robustnessChecks.checks();
    }

    // ---- 8. caveats -------------------------------------------------------------------------------------------

    public Slide caveats() {
        return closing.caveats();
    }

    // ---- 9. the ask ------------------------------------------------------------------------------------------

    public Slide ask() {
        return closing.ask();
    }
}
