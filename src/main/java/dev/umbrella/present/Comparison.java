package dev.umbrella.present;

import dev.umbrella.estimate.Estimates;
import dev.umbrella.model.Inputs;
import dev.umbrella.model.Tabular;
import dev.umbrella.roi.Roi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
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

    public static Comparison of(Inputs inputs, long seed, int transitionMonths, int draws,
            Map<String, ? extends Number> overrides) {
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

    /** The headline: one row per engineer, numbers with their intervals as text. */
    @Override
    public Table toTable() {
        StringColumn engineer = StringColumn.create("engineer");
        StringColumn start = StringColumn.create("funded from");
        StringColumn rates = StringColumn.create("security commits/month, volunteer → funded");
        StringColumn change = StringColumn.create("change [95% CI]");
        StringColumn roi = StringColumn.create("median ROI [95% interval]");
        StringColumn positive = StringColumn.create("ROI > 0 in");
        StringColumn counted = StringColumn.create("benefits counted");
        for (Case c : cases) {
            engineer.append(c.name());
            start.append(c.fundedStart() == null ? "" : Readable.month(c.fundedStart()) + " (" + c.funders() + ")");
            rates.append(c.rates());
            change.append(Case.withInterval(c.effect().change()));
            roi.append(c.roi());
            positive.append(c.chancePositive());
            counted.append(c.benefitsCounted());
        }
        return Table.create("Funded security engineers: effects and ROI (descriptive, not pooled)", engineer, start,
                rates, change, roi, positive, counted);
    }

    /** Every headline number as a column: rates, change, DiD, placebo, PV costs and benefits, ROI, draws. */
    public Table details() {
        StringColumn engineer = StringColumn.create("engineer");
        Map<String, DoubleColumn> d = new java.util.LinkedHashMap<>();
        for (String name : List.of("volunteer_rate", "funded_rate", "change", "change_lower", "change_upper", "did",
                "did_lower", "did_upper", "placebo_space_p", "pv_costs_usd", "pv_benefits_usd", "roi_base",
                "roi_median", "roi_lower", "roi_upper", "p_roi_positive")) {
            d.put(name, DoubleColumn.create(name));
        }
        IntColumn group = IntColumn.create("comparison_contributors");
        IntColumn draws = IntColumn.create("draws");
        for (Case c : cases) {
            engineer.append(c.engineerId());
            var rates = c.effect().rates();
            d.get("volunteer_rate").append(rates.size() > 0 && rates.get(0).isSufficient() ? rates.get(0).value()
                    : Double.NaN);
            d.get("funded_rate").append(rates.size() > 1 && rates.get(1).isSufficient() ? rates.get(1).value()
                    : Double.NaN);
            appendEstimate(d, "change", c.effect().change());
            appendEstimate(d, "did", c.did().did());
            d.get("placebo_space_p").append(c.placebo().inSpace().pValue());
            boolean base = c.base().isSufficient();
            d.get("pv_costs_usd").append(c.base().pvCost());
            d.get("pv_benefits_usd").append(base ? c.base().pvBenefit() : Double.NaN);
            d.get("roi_base").append(base ? c.base().roi() : Double.NaN);
            boolean sim = c.simulation().isSufficient();
            d.get("roi_median").append(sim ? c.simulation().median("roi") : Double.NaN);
            d.get("roi_lower").append(sim ? c.simulation().interval("roi").lower() : Double.NaN);
            d.get("roi_upper").append(sim ? c.simulation().interval("roi").upper() : Double.NaN);
            d.get("p_roi_positive").append(sim ? c.simulation().probabilityPositive() : Double.NaN);
            group.append(c.did().cohort().members().size());
            draws.append(c.simulation().draws());
        }
        Table table = Table.create("comparison details", engineer);
        d.forEach((name, column) -> table.addColumns(name.endsWith("_usd") ? Digits.as(column, Readable::dollars)
                : name.startsWith("roi_") ? Digits.as(column, Readable::roi) : Digits.as(column, Readable::number)));
        return table.addColumns(group, draws);
    }

    private static void appendEstimate(Map<String, DoubleColumn> d, String name, dev.umbrella.estimate.Estimate e) {
        d.get(name).append(e.isSufficient() ? e.value() : Double.NaN);
        d.get(name + "_lower").append(e.isSufficient() ? e.interval().lower() : Double.NaN);
        d.get(name + "_upper").append(e.isSufficient() ? e.interval().upper() : Double.NaN);
    }

    /** Descriptive ranges across the cases (never a pooled estimate), e.g. "… ROI > 0 from 0 of 100,000 draws to 76%". */
    public String ranges() {
        var sufficient = cases.stream().filter(c -> c.simulation().isSufficient()).toList();
        if (sufficient.isEmpty()) {
            return "No case has a sufficient ROI.";
        }
        double minP = sufficient.stream().mapToDouble(c -> c.simulation().probabilityPositive()).min().orElseThrow();
        double maxP = sufficient.stream().mapToDouble(c -> c.simulation().probabilityPositive()).max().orElseThrow();
        double minRoi = sufficient.stream().mapToDouble(c -> c.simulation().median("roi")).min().orElseThrow();
        double maxRoi = sufficient.stream().mapToDouble(c -> c.simulation().median("roi")).max().orElseThrow();
        long positive = cases.stream().filter(c -> c.effect().change().isSufficient()
                && c.effect().change().interval().lower() > 0).count();
        int draws = sufficient.get(0).simulation().draws();
        return String.format(Locale.ROOT, "Across %d cases (not pooled): median ROI from %s to %s; share of draws with "
                + "ROI > 0 from %s to %s; %d of %d with a security-commit increase whose 95%% interval excludes 0.",
                cases.size(), Readable.roi(minRoi), Readable.roi(maxRoi), Readable.probability(minP, draws),
                Readable.probability(maxP, draws), positive, cases.size());
    }

    @Override
    public String toString() {
        return cases.stream().map(Case::summary).collect(Collectors.joining("\n")) + "\n" + ranges();
    }
}
