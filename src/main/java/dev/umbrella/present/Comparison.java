package dev.umbrella.present;

import dev.umbrella.estimate.Estimate;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.model.Inputs;
import dev.umbrella.model.TableBuilder;
import dev.umbrella.model.Tabular;
import dev.umbrella.roi.Headline;
import dev.umbrella.roi.Method;
import dev.umbrella.roi.Roi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * The three cases side by side under one design (same seed, transition window, draws and assumption overrides),
 * ordered by funded start. Descriptive only: three engineers are a case series, so nothing here is pooled into
 * one estimate. {@link #toTable()} is the headline table a presenter shows; {@link #details()} has every number.
 */
public record Comparison(List<Case> cases) implements Tabular {

    public Comparison {
        cases = List.copyOf(cases);
    }

    /** Every engineer of the project's datasets; NaN overrides keep {@code assumptions.csv}'s values. */
    public static Comparison of(long seed, int transitionMonths, int draws, Map<String, ? extends Number> overrides) {
        return of(Inputs.shared(), seed, transitionMonths, draws, overrides);
    }

    public static Comparison of(
            Inputs inputs, long seed, int transitionMonths, int draws, Map<String, ? extends Number> overrides) {
        List<Case> cases = new ArrayList<>();
        for (String id : inputs.engineers().keySet()) {
            Estimates estimates = Estimates.of(inputs, id).seed(seed).transition(transitionMonths);
            Roi roi = Roi.of(inputs, id).seed(seed).transition(transitionMonths).withOverrides(overrides);
            cases.add(Case.of(estimates, roi, draws));
        }
        List<String> order = Readable.engineers(inputs);
        cases.sort(Comparator.comparing(c -> order.indexOf(c.engineerId())));
        return new Comparison(cases);
    }

    /** The headline: one row per engineer, numbers with their intervals as text, one ROI column per method. */
    @Override
    public Table toTable() {
        TableBuilder table = TableBuilder.named(
                        "Funded security engineers: effects and ROI by method (descriptive, not pooled)")
                .text(
                        "engineer",
                        "funded from",
                        "security commits/month, volunteer → funded",
                        "change [95% CI]",
                        "ROI, market price: median [95%]",
                        "ROI, expected loss avoided: median [95%]",
                        "cost-efficiency: median [95%]");
        for (Case c : cases) {
            table.row(
                    c.name(),
                    c.fundedStart() == null ? "" : Readable.month(c.fundedStart()) + " (" + c.funders() + ")",
                    c.rates(),
                    Case.withInterval(c.effect().change()),
                    c.roi(Method.MARKET_PRICE),
                    c.roi(Method.EXPECTED_LOSS),
                    c.costEfficiency());
        }
        return table.build();
    }

    /**
     * The ROI headline of the cases, one row per engineer and method, machine precision: the same table as
     * {@code report/headline.csv}, from the draws this comparison already made.
     */
    public Table headline() {
        TableBuilder table = Headline.builder();
        for (Case c : cases) {
            Headline.append(table, c.roi().model().engineerId(), c.name(), c.roi(), c.base(), c.simulation());
        }
        return table.build();
    }

    /** Every headline number as a column: rates, change, DiD, placebo, PV costs, ROI per method, draws. */
    public Table details() {
        List<String> numbers = new ArrayList<>(List.of(
                "volunteer_rate",
                "funded_rate",
                "change",
                "change_lower",
                "change_upper",
                "did",
                "did_lower",
                "did_upper",
                "placebo_space_p",
                "pv_costs_usd"));
        for (Method m : Method.values()) {
            for (String what : List.of("roi_median", "roi_lower", "roi_upper", "p_roi_positive")) {
                numbers.add(m.id() + "_" + what);
            }
        }
        TableBuilder details = TableBuilder.named("comparison details")
                .text("engineer")
                .number(numbers.toArray(String[]::new))
                .integer("comparison_contributors", "months", "draws");
        for (Case c : cases) {
            List<Object> row = new ArrayList<>();
            var rates = c.effect().rates();
            Estimate change = c.effect().change();
            Estimate did = c.did().did();
            row.addAll(List.of(
                    c.engineerId(),
                    rates.size() > 0 ? rates.get(0).valueOrNaN() : Double.NaN,
                    rates.size() > 1 ? rates.get(1).valueOrNaN() : Double.NaN,
                    change.valueOrNaN(),
                    change.lowerOrNaN(),
                    change.upperOrNaN(),
                    did.valueOrNaN(),
                    did.lowerOrNaN(),
                    did.upperOrNaN(),
                    c.placebo().inSpace().pValue(),
                    c.base().pvCost()));
            for (Method m : Method.values()) {
                boolean sim = c.simulation().isEstimated(m);
                row.addAll(List.of(
                        sim ? c.simulation().median(m, "roi") : Double.NaN,
                        sim ? c.simulation().interval(m, "roi").lower() : Double.NaN,
                        sim ? c.simulation().interval(m, "roi").upper() : Double.NaN,
                        sim ? c.simulation().probabilityPositive(m) : Double.NaN));
            }
            row.addAll(List.of(
                    c.did().cohort().members().size(),
                    c.base().months(),
                    c.simulation().draws()));
            details.row(row.toArray());
        }
        Table table = details.build();
        int n = cases.isEmpty() ? 0 : cases.get(0).simulation().draws();
        for (String name : numbers) {
            DoubleFunction<String> format = name.endsWith("_usd")
                    ? Readable::dollars
                    : name.endsWith("_p_roi_positive")
                            ? p -> Readable.probability(p, n)
                            : name.contains("roi_") ? Readable::roi : Readable::number;
            Digits.as(table.doubleColumn(name), format);
        }
        return table;
    }

    /**
     * What the cases show, side by side and never pooled, in sentences written from the results: how many effects
     * exclude zero, and per method how many ROIs are estimated and positive in most draws.
     */
    public String ranges() {
        List<String> parts = new ArrayList<>();
        long excluding = cases.stream()
                .filter(c -> c.effect().change().isSufficient()
                        && (c.effect().change().interval().lower() > 0
                                || c.effect().change().interval().upper() < 0))
                .count();
        parts.add(String.format(
                Locale.ROOT,
                "%d of %d cases have a security-commit change whose 95%% interval " + "excludes 0",
                excluding,
                cases.size()));
        for (Method m : Method.values()) {
            var estimated =
                    cases.stream().filter(c -> c.simulation().isEstimated(m)).toList();
            if (estimated.isEmpty()) {
                parts.add("by " + m.label() + ", no case is estimated");
                continue;
            }
            long most = estimated.stream()
                    .filter(c -> c.simulation().probabilityPositive(m) > 0.5)
                    .count();
            double min = estimated.stream()
                    .mapToDouble(c -> c.simulation().median(m, "roi"))
                    .min()
                    .orElseThrow();
            double max = estimated.stream()
                    .mapToDouble(c -> c.simulation().median(m, "roi"))
                    .max()
                    .orElseThrow();
            double minP = estimated.stream()
                    .mapToDouble(c -> c.simulation().probabilityPositive(m))
                    .min()
                    .orElseThrow();
            double maxP = estimated.stream()
                    .mapToDouble(c -> c.simulation().probabilityPositive(m))
                    .max()
                    .orElseThrow();
            int draws = estimated.get(0).simulation().draws();
            parts.add(String.format(
                    Locale.ROOT,
                    "by %s, %d of %d cases estimated, median ROI from %s to %s, %d with "
                            + "ROI > 0 in most draws (share of draws with ROI > 0 from %s to %s)",
                    m.label(),
                    estimated.size(),
                    cases.size(),
                    Readable.roi(min),
                    Readable.roi(max),
                    most,
                    Readable.probability(minP, draws),
                    Readable.probability(maxP, draws)));
        }
        return "Across " + cases.size() + " cases (not pooled): " + String.join("; ", parts) + ".";
    }

    @Override
    public String toString() {
        return cases.stream().map(Case::summary).collect(Collectors.joining("\n")) + "\n" + ranges();
    }
}
