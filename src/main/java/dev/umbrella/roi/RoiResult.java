package dev.umbrella.roi;

import dev.umbrella.model.Formats;
import dev.umbrella.model.TableBuilder;
import dev.umbrella.model.Tabular;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * The ROI of one engineer's funding at one set of parameter values (Phillips ROI methodology,
 * http://roiinstitutecanada.com/roi-methodology/): the present value of
 * costs, of each estimated channel, and per {@link Method} the ROI, benefit-cost ratio and NPV. A method with no
 * estimated channel is "not estimated" and has no number: a benefit that cannot be valued is named, never counted as
 * zero. The replacement value of the extra security work gives the cost-efficiency, a separate measure.
 *
 * @param channelPv the PV of each estimated channel, parallel to {@code channels}
 * @param pvReplacement the PV of the extra security work at the loaded rate; NaN when unavailable
 */
public record RoiResult(
        String engineerId,
        int months,
        double pvCost,
        List<Channel> channels,
        double[] channelPv,
        List<Channel> notEstimated,
        double pvReplacement,
        String replacementMissing,
        List<String> notes)
        implements Tabular {

    public RoiResult {
        channels = List.copyOf(channels);
        channelPv = channelPv.clone();
        notEstimated = List.copyOf(notEstimated);
        notes = List.copyOf(notes);
    }

    @Override
    public double[] channelPv() {
        return channelPv.clone();
    }

    /** True when at least one channel of the method is estimated. */
    public boolean isEstimated(Method method) {
        return channels.stream().anyMatch(c -> c.method() == method);
    }

    /** Why a method has no estimate ("not estimated: ..."), or empty when it has one. */
    public String notEstimatedReason(Method method) {
        if (isEstimated(method)) {
            return "";
        }
        List<String> reasons = notEstimated.stream()
                .filter(c -> c.method() == method)
                .map(c -> c.id() + ": " + c.notEstimated())
                .toList();
        return "not estimated: no outcome-based benefit "
                + (reasons.isEmpty()
                        ? "is modelled for this engineer"
                        : "can be valued (" + String.join("; ", reasons) + ")");
    }

    /** PV of the method's channels; NaN when the method is not estimated. */
    public double pvBenefit(Method method) {
        if (!isEstimated(method)) {
            return Double.NaN;
        }
        double sum = 0;
        for (int c = 0; c < channels.size(); c++) {
            if (channels.get(c).method() == method) {
                sum += channelPv[c];
            }
        }
        return sum;
    }

    public double npv(Method method) {
        return pvBenefit(method) - pvCost;
    }

    public double roi(Method method) {
        return npv(method) / pvCost;
    }

    public double bcr(Method method) {
        return pvBenefit(method) / pvCost;
    }

    /**
     * Replacement value of the extra security work per dollar of cost: what buying the added security commits'
     * hours at the same loaded rate would have cost, divided by what the role cost. A measure of cost-efficiency,
     * not a return: 1.0 means the extra security work alone was worth its price as labour. NaN when unavailable.
     */
    public double costEfficiency() {
        return pvReplacement / pvCost;
    }

    /** Columns: measure, method, value, unit. */
    @Override
    public Table toTable() {
        TableBuilder table = TableBuilder.named(engineerId + " ROI")
                .text("measure", "method")
                .number("value")
                .text("unit");
        table.row("months evaluated", "", months, "months");
        table.row("PV costs", "", pvCost, "USD");
        for (int c = 0; c < channels.size(); c++) {
            table.row("PV " + channels.get(c).id(), channels.get(c).method().label(), channelPv[c], "USD");
        }
        for (Method m : Method.values()) {
            if (isEstimated(m)) {
                table.row("PV benefits", m.label(), pvBenefit(m), "USD");
                table.row("ROI", m.label(), roi(m), "ratio");
                table.row("benefit-cost ratio", m.label(), bcr(m), "ratio");
            } else {
                table.row("ROI: " + notEstimatedReason(m), m.label(), null, "");
            }
        }
        if (Double.isNaN(pvReplacement)) {
            table.row("cost-efficiency: not available (" + replacementMissing + ")", "", null, "");
        } else {
            table.row("PV replacement value of the extra security work", "", pvReplacement, "USD");
            table.row("cost-efficiency (replacement value per USD of cost)", "", costEfficiency(), "ratio");
        }
        return table.build();
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (Method m : Method.values()) {
            parts.add(
                    isEstimated(m)
                            ? String.format(
                                    Locale.ROOT,
                                    "%s: ROI %s (BCR %s)",
                                    m.label(),
                                    Formats.percent(roi(m)),
                                    Formats.number(bcr(m)))
                            : m.label() + ": " + notEstimatedReason(m));
        }
        String text = engineerId + " over " + months + " months, PV costs " + Formats.number(pvCost) + " USD; "
                + String.join("; ", parts);
        if (!Double.isNaN(pvReplacement)) {
            text += "; cost-efficiency " + Formats.number(costEfficiency());
        }
        if (!notes.isEmpty()) {
            text += "\n  costs: " + notes.stream().collect(Collectors.joining("; "));
        }
        return text;
    }
}
