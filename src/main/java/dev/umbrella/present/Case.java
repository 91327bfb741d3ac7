package dev.umbrella.present;

import dev.umbrella.estimate.DidResult;
import dev.umbrella.estimate.Estimate;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.estimate.PeriodEffect;
import dev.umbrella.estimate.PlaceboResult;
import dev.umbrella.model.Period;
import dev.umbrella.model.PeriodKind;
import dev.umbrella.roi.Roi;
import dev.umbrella.roi.RoiResult;
import dev.umbrella.roi.Simulation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One engineer's headline results under one design: the before/after effect on security commits (the measure the
 * replacement-cost benefit monetises), the difference-in-differences and its placebo test, the ROI at base values
 * and the Monte Carlo run. What a notebook's closing sentence and the comparison table quote.
 *
 * @param fundedStart the first funded day, {@code null} when {@code periods.csv} has none
 * @param funders the funders of the funded periods, in order, e.g. "AWS, Alpha-Omega"
 */
public record Case(String engineerId, String name, LocalDate fundedStart, String funders, PeriodEffect effect,
        DidResult did, PlaceboResult placebo, RoiResult base, Simulation simulation) {

    /** The metric the headline compares: the one the replacement-cost benefit of the ROI model monetises. */
    public static final String METRIC = "security_commits";

    /** Runs every estimator and the Monte Carlo for one engineer (about a second per engineer). */
    public static Case of(Estimates estimates, Roi roi, int draws) {
        return of(estimates, estimates.effect(METRIC), estimates.did(METRIC), estimates.placebo(METRIC),
                roi.evaluate(), roi.simulate(draws));
    }

    /** The same, from results a notebook has already computed (no estimator or draw is run again). */
    public static Case of(Estimates estimates, PeriodEffect effect, DidResult did, PlaceboResult placebo,
            RoiResult base, Simulation simulation) {
        var engineer = estimates.engineer();
        return new Case(engineer.id(), Readable.name(engineer), engineer.firstFunded().map(Period::start).orElse(null),
                funders(engineer), effect, did, placebo, base, simulation);
    }

    private static String funders(dev.umbrella.model.Engineer engineer) {
        return engineer.periods().stream().filter(p -> p.kind() == PeriodKind.FUNDED).map(Period::funder)
                .filter(f -> !f.isBlank()).distinct().collect(Collectors.joining(", "));
    }

    /** The volunteer and funded monthly rates, e.g. "0.04 → 2.08"; "insufficient data" when either is missing. */
    public String rates() {
        List<Estimate> rates = effect.rates();
        if (rates.size() < 2 || !rates.get(0).isSufficient() || !rates.get(1).isSufficient()) {
            return "insufficient data";
        }
        return Readable.number(rates.get(0).value()) + " → " + Readable.number(rates.get(1).value());
    }

    /** An estimate with its interval, e.g. "+2 [1.5, 2.8]", or "insufficient data". */
    static String withInterval(Estimate e) {
        return e.isSufficient() ? Readable.signed(e.value()) + " " + Readable.interval(e.interval().lower(),
                e.interval().upper()) : "insufficient data";
    }

    /** Median ROI and its percentile interval, e.g. "583% [−89%, 173,042%]". */
    public String roi() {
        if (!simulation.isSufficient()) {
            return "insufficient data";
        }
        var interval = simulation.interval("roi");
        return Readable.roi(simulation.median("roi")) + " " + Readable.roiInterval(interval.lower(), interval.upper());
    }

    /** The benefits the ROI counts: both, or the one left when the data cannot support the other. */
    public String benefitsCounted() {
        if (base.missing().isEmpty()) {
            return "replacement cost + expected loss avoided";
        }
        if (!base.isSufficient()) {
            return "none (insufficient data)";
        }
        return base.missing().get(0).startsWith("expected loss avoided") ? "replacement cost only"
                : "expected loss avoided only";
    }

    /** The closing sentence of an engineer's notebook: every number computed here, none typed. */
    public String summary() {
        String text = String.format(Locale.ROOT,
                "%s (funded from %s by %s): security commits per month %s, change %s (95%% interval); "
                        + "DiD against %d comparison contributors %s; %s. ",
                name, fundedStart == null ? "no funded period" : Readable.month(fundedStart),
                funders.isEmpty() ? "no named funder" : funders, rates(), withInterval(effect.change()),
                did.cohort().members().size(), withInterval(did.did()), placebo.inSpace());
        if (!simulation.isSufficient()) {
            return text + "ROI: insufficient data (" + String.join("; ", simulation.missing()) + ").";
        }
        return text + String.format(Locale.ROOT, "ROI over %.0f months: median %s; ROI > 0 in %s (%s draws, "
                + "seed %d); benefits counted: %s.", base.months(), roi(), chancePositive(),
                Readable.count(simulation.draws()), simulation.seed(), benefitsCounted());
    }

    /** How often the funding paid for itself in the draws, e.g. "81%" or "0 of 100,000 draws". */
    public String chancePositive() {
        return simulation.isSufficient() ? Readable.probability(simulation.probabilityPositive(), simulation.draws())
                : "insufficient data";
    }

    @Override
    public String toString() {
        return summary();
    }
}
