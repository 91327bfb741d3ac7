package dev.umbrella.roi;

import dev.umbrella.model.Formats;
import dev.umbrella.model.TableBuilder;
import dev.umbrella.model.Tabular;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.Table;

/**
 * When one method's benefits would equal the cost (NPV = 0), in plain units: per channel, the value one output must
 * have for the role to pay for itself with every other parameter at base ("pays for itself if each advisory averted
 * at least $X of expected loss"); and the number of incidents of a published typical size the role would have to
 * avert per year. The most robust headline when the benefit parameters are uncertain: it needs no value for the
 * parameter it solves for.
 */
public record BreakEven(String engineerId, Method method, List<Line> lines) implements Tabular {

    /**
     * One break-even.
     *
     * @param value the break-even in {@code unit}; NaN when none exists (the reason is in {@code statement})
     * @param assumed the value the model assumes at base, NaN when it has none
     */
    public record Line(String subject, double value, double assumed, String unit, String statement) {}

    /** The two published incident sizes the incident break-even uses, by assumption name. */
    static final List<String> INCIDENT_SIZES = List.of("loss_per_cyber_incident", "loss_per_incident");

    public BreakEven {
        lines = List.copyOf(lines);
    }

    static BreakEven of(RoiModel model, Method method) {
        double[] v = model.baseValues();
        RoiResult base = model.result(v);
        double rate = v[model.indexOf(RoiModel.DISCOUNT_RATE)];
        double flow = model.flowFactor(rate);
        double estimated = base.isEstimated(method) ? base.pvBenefit(method) : 0;
        List<Line> lines = new ArrayList<>();
        List<Channel> all = new ArrayList<>(model.channels());
        all.addAll(model.notEstimated());
        for (Channel c : all) {
            if (c.method() != method) {
                continue;
            }
            boolean isEstimated = model.channels().contains(c);
            double own = isEstimated ? base.channelPv()[model.channels().indexOf(c)] : 0;
            lines.add(channelLine(model, c, flow, base.pvCost() - (estimated - own), isEstimated));
        }
        double years = model.months() / 12.0;
        for (String size : INCIDENT_SIZES) {
            model.assumptions().find(size).ifPresent(a -> {
                double perYear = base.pvCost() / (flow * years) / a.base();
                lines.add(new Line(
                        "incidents of " + Formats.number(a.base()) + " USD (" + size + ")",
                        perYear,
                        Double.NaN,
                        "incidents/year",
                        String.format(
                                Locale.ROOT,
                                "pays for itself if it averts %s "
                                        + "incident%s a year of %s USD each (the base of %s, %s)",
                                twoDigits(perYear),
                                twoDigits(perYear).equals("1") ? "" : "s",
                                Formats.number(a.base()),
                                size,
                                a.source())));
            });
        }
        return new BreakEven(model.engineerId(), method, lines);
    }

    /** The value per output, and per unit of the channel's key factor, at which this channel closes the gap. */
    private static Line channelLine(RoiModel model, Channel c, double flow, double gap, boolean isEstimated) {
        Assumptions a = model.assumptions();
        String verb = c.method() == Method.MARKET_PRICE ? "is worth" : "averts";
        String tail = c.method() == Method.MARKET_PRICE ? "" : " of expected loss";
        if (c.factors().isEmpty()) {
            return new Line(
                    c.unit(),
                    Double.NaN,
                    Double.NaN,
                    "USD per " + c.unit(),
                    c.id() + ": no break-even: " + c.notEstimated());
        }
        double attributed = 0;
        for (Channel.Part p : c.parts()) {
            if (!a.has(p.count()) || (!p.attribution().isEmpty() && !a.has(p.attribution()))) {
                return new Line(
                        c.unit(),
                        Double.NaN,
                        Double.NaN,
                        "USD per " + c.unit(),
                        c.id() + ": no break-even, the outputs cannot be counted (" + c.notEstimated() + ")");
            }
            attributed += a.get(p.count()).base()
                    * (p.attribution().isEmpty() ? 1 : a.get(p.attribution()).base());
        }
        if (!c.counterfactual().isEmpty()) {
            attributed *= 1 - a.get(c.counterfactual()).base();
        }
        if (attributed <= 0) {
            return new Line(
                    c.unit(),
                    Double.NaN,
                    Double.NaN,
                    "USD per " + c.unit(),
                    String.format(
                            Locale.ROOT,
                            "%s: no break-even, the role added no %s over the volunteer-era rate (%s attributed)",
                            c.id(),
                            c.unit(),
                            Formats.number(attributed)));
        }
        if (gap <= 0) {
            return new Line(
                    c.unit(),
                    0,
                    Double.NaN,
                    "USD per " + c.unit(),
                    c.id() + ": pays for itself even if each " + c.unit()
                            + " were worth nothing: the method's other channels cover the cost at base");
        }
        double needed = gap / (flow * attributed);
        double assumed = Double.NaN;
        double otherFactors = 1;
        boolean keyKnown = true;
        for (String f : c.factors()) {
            if (!f.equals(c.key())) {
                if (!a.has(f)) {
                    keyKnown = false;
                } else {
                    otherFactors *= a.get(f).base();
                }
            }
        }
        if (c.factors().stream().allMatch(a::has)) {
            assumed = 1;
            for (String f : c.factors()) {
                assumed *= a.get(f).base();
            }
        }
        String statement = String.format(
                        Locale.ROOT,
                        "pays for itself if each %s %s at least %s USD%s "
                                + "(%s of them credited to the role over %d months)",
                        c.unit(),
                        verb,
                        twoDigits(needed),
                        tail,
                        twoDigits(attributed),
                        model.months())
                + (Double.isNaN(assumed) ? "" : "; the model assumes " + twoDigits(assumed) + " USD");
        if (keyKnown && otherFactors != 0) {
            double key = needed / otherFactors;
            String unit =
                    a.find(c.key()).map(Assumption::unit).orElse(RoiModel.DERIVED_UNITS.getOrDefault(c.key(), ""));
            statement += String.format(Locale.ROOT, "; that is %s = %s %s", c.key(), twoDigits(key), unit)
                    + a.find(c.key())
                            .map(k -> " (assumed " + twoDigits(k.base()) + ")")
                            .orElse(" (no like-for-like " + "estimate)")
                    + (key > 1 && (unit.startsWith("share") || unit.startsWith("probability"))
                            ? ", above 1, so this channel alone cannot pay for the role"
                            : "");
        }
        return new Line(c.unit(), needed, assumed, "USD per " + c.unit(), statement);
    }

    /** Two significant digits for people: 0.0057, 0.57, 5.7, 57, 570, 5,700, 57,000. */
    static String twoDigits(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Formats.number(x);
        }
        if (x == 0) {
            return "0";
        }
        double rounded = new BigDecimal(x).round(new MathContext(2)).doubleValue();
        if (Math.abs(rounded) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", rounded);
        }
        return new BigDecimal(rounded)
                .round(new MathContext(2))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** Columns: subject, break_even, assumed, unit, statement. */
    @Override
    public Table toTable() {
        TableBuilder table = TableBuilder.named(engineerId + " break-even, " + method.label())
                .text("subject")
                .number("break_even", "assumed")
                .text("unit", "statement");
        for (Line l : lines) {
            table.row(l.subject(), l.value(), l.assumed(), l.unit(), l.statement());
        }
        return table.build();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(engineerId + " break-even, " + method.label() + ":");
        for (Line l : lines) {
            text.append("\n  ").append(l.statement());
        }
        return text.toString();
    }
}
