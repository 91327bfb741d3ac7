package dev.umbrella.present;

import static dev.umbrella.present.TalkWords.range;
import static dev.umbrella.present.TalkWords.words;

import dev.umbrella.present.Talk.Cost;
import dev.umbrella.present.Talk.OutputCost;
import dev.umbrella.present.Talk.Return;
import dev.umbrella.roi.BreakEven;
import dev.umbrella.roi.CostSchedule;
import dev.umbrella.roi.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * The money sections of the {@link Talk}: what each role cost, what each kind of output cost against its market
 * price, and what the roles returned by each valuation method (never pooled, never added).
 */
final class TalkMoney {
    private final List<Case> cases;

    TalkMoney(List<Case> cases) {
        this.cases = cases;
    }

    // ---- 5. what it cost ------------------------------------------------------------------------------------

    List<Cost> costs() {
        List<Cost> out = new ArrayList<>();
        for (Case c : cases) {
            CostSchedule schedule = c.roi().model().costs();
            double salaried = 0;
            for (double share : schedule.uncovered()) {
                salaried += share;
            }
            List<String> funders = schedule.grants().stream()
                    .map(CostSchedule.Grant::funder)
                    .distinct()
                    .toList();
            out.add(new Cost(c.name(), c.base().months(), c.base().pvCost(), funders, salaried));
        }
        return out;
    }

    Slide cost() {
        List<Cost> costs = costs();
        List<List<String>> rows = new ArrayList<>();
        for (Cost c : costs) {
            rows.add(List.of(
                    c.engineer(),
                    c.months() + " months",
                    Readable.dollars(c.presentValue()),
                    Readable.dollars(c.presentValue() / c.months()),
                    c.basis()));
        }
        String heading = String.format(
                Locale.ROOT,
                "Each role cost %s in present value, over the %s funded months " + "the data cover",
                range(costs.stream().mapToDouble(Cost::presentValue).toArray(), Readable::dollars),
                range(costs.stream().mapToDouble(Cost::months).toArray(), x -> Readable.count(Math.round(x))));
        String notes = costs.stream()
                        .map(c -> Chart.person(c.engineer()) + " " + Readable.dollars(c.presentValue()) + " over "
                                + c.months() + " months")
                        .collect(Collectors.joining(", "))
                + ". Public grants count for the "
                + "months they cover, times the share that paid the role; a loaded salary covers months no grant does; "
                + "all in present value. Costs and benefits run over the same months, which differ by person, so the "
                + "roles are compared per month, never added.";
        return new Slide(
                heading,
                Slide.table(List.of("engineer", "funded months", "cost, present value", "per month", "paid by"), rows),
                notes);
    }

    // ---- 5b. what each output cost ----------------------------------------------------------------------------

    List<OutputCost> outputCosts(int perEngineer) {
        List<OutputCost> out = new ArrayList<>();
        for (Case c : cases) {
            Table t = c.roi().costEffectiveness();
            List<OutputCost> mine = new ArrayList<>();
            for (int i = 0; i < t.rowCount(); i++) {
                var row = new OutputCost(
                        c.name(),
                        t.stringColumn("output").get(i),
                        t.doubleColumn("volunteer_per_year").getDouble(i),
                        t.doubleColumn("funded_per_year").getDouble(i),
                        t.doubleColumn("credited_outputs").getDouble(i),
                        t.doubleColumn("cost_per_credited_output_usd").getDouble(i),
                        t.doubleColumn("market_price_usd").getDouble(i));
                if (row.credited() > 0 && row.marketPrice() > 0) {
                    mine.add(row);
                }
            }
            mine.sort(Comparator.comparingDouble(OutputCost::marketValue)
                    .reversed()
                    .thenComparing(OutputCost::output));
            out.addAll(mine.stream().limit(perEngineer).toList());
        }
        return out;
    }

    Slide outputs() {
        List<OutputCost> rows = outputCosts(2);
        List<List<String>> cells = new ArrayList<>();
        for (OutputCost o : rows) {
            cells.add(List.of(
                    Chart.person(o.engineer()),
                    o.output(),
                    (Double.isNaN(o.volunteerPerYear()) ? "–" : Readable.number(o.volunteerPerYear())) + " → "
                            + Readable.number(o.fundedPerYear()),
                    Readable.number(o.credited()),
                    Readable.dollars(o.costPerCredited()),
                    Readable.dollars(o.marketPrice())));
        }
        double[] ratios = rows.stream()
                .mapToDouble(o -> o.costPerCredited() / o.marketPrice())
                .toArray();
        String heading = rows.isEmpty()
                ? "No credited output has a market price"
                : "Per credited output the roles cost " + range(ratios, x -> Readable.number(x) + "×")
                        + " its market price, an upper bound";
        int ledgerRows =
                cases.stream().mapToInt(c -> c.roi().ledger().rowCount()).sum();
        String notes = "The outputs ledger has " + Readable.count(ledgerRows) + " rows for the "
                + words(cases.size()).toLowerCase(Locale.ROOT)
                + ", each with its evidence: a report's line, an advisory or a commit. "
                + "Credited outputs are those above the volunteer-era rate, or after a counterfactual share. Each cost "
                + "per output divides the whole role's cost by one kind, so it overstates what one output cost: each "
                + "role produced every kind. Shown: each person's two kinds worth most at market price.";
        return new Slide(
                heading,
                Slide.table(
                        List.of(
                                "engineer",
                                "output",
                                "per year, volunteer → funded",
                                "credited",
                                "cost per credited",
                                "market price"),
                        cells),
                notes);
    }

    // ---- 6. what it returned ----------------------------------------------------------------------------------

    List<Return> returns() {
        List<Return> out = new ArrayList<>();
        for (Case c : cases) {
            var sim = c.simulation();
            for (Method m : Method.values()) {
                List<BreakEven.Line> lines = c.breakEvens().get(m).lines();
                String breakEven = lines.isEmpty() ? "none" : Readable.breakEven(lines.get(0));
                String assumed = lines.isEmpty() || Double.isNaN(lines.get(0).assumed())
                        ? ""
                        : Readable.breakEven(lines.get(0).assumed(), "USD");
                if (!sim.isEstimated(m)) {
                    out.add(new Return(c.name(), m, false, "not estimated", "", "", false, breakEven, assumed));
                    continue;
                }
                var interval = sim.interval(m, "roi");
                out.add(new Return(
                        c.name(),
                        m,
                        true,
                        Readable.roi(sim.median(m, "roi")),
                        Readable.roiInterval(interval.lower(), interval.upper()),
                        c.positive(m),
                        sim.probabilityPositive(m) > 0.5,
                        breakEven,
                        assumed));
            }
        }
        return out;
    }

    Slide returned() {
        List<Return> returns = returns();
        List<List<String>> rows = new ArrayList<>();
        for (Return r : returns) {
            rows.add(List.of(
                    Chart.person(r.engineer()) + ", " + r.method().label(),
                    (r.medianRoi() + " " + r.roiInterval()).strip(),
                    r.chancePositive(),
                    r.breakEven(),
                    r.assumed()));
        }
        List<String> byMethod = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (Method m : Method.values()) {
            List<Return> of = returns.stream().filter(r -> r.method() == m).toList();
            long most = of.stream().filter(Return::positiveInMostDraws).count();
            long missing = of.stream().filter(r -> !r.estimated()).count();
            byMethod.add(most + " of " + of.size() + " by " + m.label()
                    + (missing == 0 ? "" : " (" + missing + " not estimated)"));
            said.add("By " + m.label() + ", "
                    + of.stream()
                            .map(r -> Chart.person(r.engineer()) + " " + r.medianRoi())
                            .collect(Collectors.joining(", ")));
        }
        String heading = "Roles with ROI > 0 in most draws: " + String.join("; ", byMethod);
        String notes = String.join(". ", said) + " median ROI. The two methods value the same outputs two ways, so "
                + "they are shown side by side and never added. The break-even is what each output of one kind would "
                + "have to be worth for the role to pay for itself, everything else at base, beside the value the "
                + "model assumes.";
        return new Slide(
                heading,
                Slide.table(
                        List.of("engineer, method", "median ROI [95% interval]", "ROI > 0 in", "break-even", "assumed"),
                        rows),
                notes);
    }
}
