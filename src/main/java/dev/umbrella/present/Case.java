package dev.umbrella.present;

import dev.umbrella.datasets.PeriodKind;
import dev.umbrella.estimate.DidResult;
import dev.umbrella.estimate.Estimate;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.estimate.Interval;
import dev.umbrella.estimate.PeriodEffect;
import dev.umbrella.estimate.PlaceboResult;
import dev.umbrella.model.Engineer;
import dev.umbrella.model.Period;
import dev.umbrella.roi.BreakEven;
import dev.umbrella.roi.Method;
import dev.umbrella.roi.Roi;
import dev.umbrella.roi.RoiResult;
import dev.umbrella.roi.Simulation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One engineer's headline results under one design: the before/after effect on security commits, the
 * difference-in-differences and its placebo test, the ROI at base values, the Monte Carlo run per valuation method,
 * the break-evens and the cost-efficiency. What a notebook's closing sentence and the comparison table quote.
 *
 * @param fundedStart the first funded day, {@code null} when {@code periods.csv} has none
 * @param funders the funders of the funded periods, in order, e.g. "AWS, Alpha-Omega"
 */
public record Case(
        String engineerId,
        String name,
        LocalDate fundedStart,
        String funders,
        PeriodEffect effect,
        DidResult did,
        PlaceboResult placebo,
        Roi roi,
        RoiResult base,
        Simulation simulation,
        Map<Method, BreakEven> breakEvens) {

    /** The metric the headline compares. */
    public static final String METRIC = "security_commits";

    public Case {
        breakEvens = Map.copyOf(breakEvens);
    }

    /** Runs every estimator and the Monte Carlo for one engineer (about a second per engineer). */
    public static Case of(Estimates estimates, Roi roi, int draws) {
        return of(
                estimates,
                estimates.effect(METRIC),
                estimates.did(METRIC),
                estimates.placebo(METRIC),
                roi,
                roi.simulate(draws));
    }

    /** The same, from results a notebook has already computed (no estimator or draw is run again). */
    public static Case of(
            Estimates estimates,
            PeriodEffect effect,
            DidResult did,
            PlaceboResult placebo,
            Roi roi,
            Simulation simulation) {
        var engineer = estimates.engineer();
        Map<Method, BreakEven> breakEvens = new EnumMap<>(Method.class);
        for (Method m : Method.values()) {
            breakEvens.put(m, roi.breakEven(m));
        }
        return new Case(
                engineer.id(),
                Readable.name(engineer),
                engineer.firstFunded().map(Period::start).orElse(null),
                funders(engineer),
                effect,
                did,
                placebo,
                roi,
                roi.evaluate(),
                simulation,
                breakEvens);
    }

    private static String funders(Engineer engineer) {
        return engineer.periods().stream()
                .filter(p -> p.kind() == PeriodKind.FUNDED)
                .map(Period::funder)
                .filter(f -> !f.isBlank())
                .distinct()
                .collect(Collectors.joining(", "));
    }

    /** The volunteer and funded monthly rates, e.g. "0.04 → 2.08"; "insufficient data" when either is missing. */
    public String rates() {
        List<Estimate> rates = effect.rates();
        if (rates.size() < 2 || !rates.get(0).isSufficient() || !rates.get(1).isSufficient()) {
            return "insufficient data";
        }
        return Readable.number(rates.get(0).value()) + " → "
                + Readable.number(rates.get(1).value());
    }

    /** An estimate with its interval, e.g. "+2 [1.5, 2.8]", or "insufficient data". */
    static String withInterval(Estimate e) {
        return e.isSufficient()
                ? Readable.signed(e.value()) + " "
                        + Readable.interval(e.interval().lower(), e.interval().upper())
                : "insufficient data";
    }

    /** Median ROI of a method and its percentile interval, e.g. "583% [−89%, 173,042%]", or "not estimated". */
    public String roi(Method method) {
        if (!simulation.isEstimated(method)) {
            return "not estimated";
        }
        var interval = simulation.interval(method, "roi");
        return Readable.roi(simulation.median(method, "roi")) + " "
                + Readable.roiInterval(interval.lower(), interval.upper());
    }

    /** How often the method's ROI was above zero in the draws, e.g. "81%" or "0 of 100,000 draws"; "not estimated". */
    public String positive(Method method) {
        return simulation.isEstimated(method)
                ? Readable.probability(simulation.probabilityPositive(method), simulation.draws())
                : "not estimated";
    }

    /** The cost-efficiency's median and interval, e.g. "0.12 [0.025, 0.31]", or why there is none. */
    public String costEfficiency() {
        if (!simulation.hasCostEfficiency()) {
            return "not available";
        }
        double[] draws = simulation.costEfficiency();
        var interval = Interval.ofReplicates(draws, simulation.level());
        double[] sorted = draws.clone();
        Arrays.sort(sorted);
        return Readable.number(Interval.quantile(sorted, 0.5)) + " "
                + Readable.interval(interval.lower(), interval.upper());
    }

    /**
     * The first break-even statement of a method (its main channel), its amounts in dollars as people read them
     * ("at least $12k"), or why there is none.
     */
    public String breakEven(Method method) {
        BreakEven be = breakEvens.get(method);
        return be == null || be.lines().isEmpty()
                ? "no outputs of this kind are modelled"
                : Readable.dollarsIn(be.lines().get(0).statement());
    }

    /** The closing sentence of an engineer's notebook: every number computed here, none typed. */
    public String summary() {
        String text = String.format(
                Locale.ROOT,
                "%s (funded from %s by %s): security commits per month %s, change %s (95%% interval); "
                        + "DiD against %d comparison contributors %s; %s. ",
                name,
                fundedStart == null ? "no funded period" : Readable.month(fundedStart),
                funders.isEmpty() ? "no named funder" : funders,
                rates(),
                withInterval(effect.change()),
                did.cohort().members().size(),
                withInterval(did.did()),
                placebo.inSpace());
        List<String> parts = new ArrayList<>();
        for (Method m : Method.values()) {
            if (simulation.isEstimated(m)) {
                parts.add(String.format(
                        Locale.ROOT,
                        "By %s, median ROI %s, ROI > 0 in %s; %s",
                        m.label(),
                        roi(m),
                        positive(m),
                        breakEven(m)));
            } else {
                parts.add("By " + m.label() + ", " + base.notEstimatedReason(m) + "; " + breakEven(m));
            }
        }
        return text + "ROI over " + base.months() + " funded months (" + Readable.count(simulation.draws())
                + " draws, seed " + simulation.seed() + "). " + String.join(". ", parts) + ". Cost-efficiency "
                + "(replacement value of the extra security work per dollar): " + costEfficiency() + ".";
    }

    @Override
    public String toString() {
        return summary();
    }
}
