package dev.umbrella.roi;

import java.util.ArrayList;
import java.util.List;

/**
 * One valued stream of an engineer's outputs: one kind of output valued by one {@link Method}.
 * {@code value = Σ parts (outputs × attribution) × (1 − counterfactual share) × Π factors}, spread evenly over the
 * evaluation horizon. A part's outputs are the ones the role added: the funded count minus what the volunteer-era
 * rate of the same output would have given over the same months, where the ledger measures that rate; otherwise the
 * funded count, and the channel carries a counterfactual share (the outputs that would have happened anyway).
 * The person's own outputs count whole; the registry's get the registry attribution share.
 *
 * <p>Nothing caps a channel: every factor enters as drawn, so a channel can exceed the cost, or be negative when the
 * funded rate falls below the volunteer-era rate ({@code Ledger_HandWorkedTest} checks both).
 *
 * @param id stable id, e.g. {@code advisory_published.market_price}
 * @param unit what one output is, in words ("advisory", "remediated high-severity audit finding")
 * @param counterfactual the assumption holding the share that would have happened anyway, or empty
 * @param factors the unit value as a product of parameters (USD per output in the end); empty when not valued
 * @param key the factor a break-even solves for (the unit value's most uncertain part); empty when not valued
 * @param notEstimated empty when the channel counts in its method's ROI, otherwise why not
 */
public record Channel(
        String id,
        String kind,
        Method method,
        String unit,
        List<Part> parts,
        String counterfactual,
        List<String> factors,
        String key,
        String note,
        String notEstimated) {

    /** Outputs the role added, and the share of them credited to it (empty: all, the person's own). */
    public record Part(String count, String attribution) {}

    public Channel {
        parts = List.copyOf(parts);
        factors = List.copyOf(factors);
        if (!factors.isEmpty() && !factors.contains(key)) {
            throw new IllegalArgumentException("channel " + id + ": key " + key + " is not one of its factors");
        }
        if (factors.isEmpty() && notEstimated.isEmpty()) {
            throw new IllegalArgumentException("channel " + id + " has no unit value and no reason");
        }
    }

    public boolean isEstimated() {
        return notEstimated.isEmpty();
    }

    /** Every parameter the channel reads. */
    public List<String> parameters() {
        List<String> names = new ArrayList<>();
        for (Part p : parts) {
            names.add(p.count());
            if (!p.attribution().isEmpty()) {
                names.add(p.attribution());
            }
        }
        if (!counterfactual.isEmpty()) {
            names.add(counterfactual);
        }
        names.addAll(factors);
        return names;
    }

    /** The same channel, marked as not counted in its method's ROI, for a reason. */
    public Channel notEstimated(String reason) {
        return new Channel(id, kind, method, unit, parts, counterfactual, factors, key, note, reason);
    }

    /** The value formula in words, e.g. "(added_engineer + added_registry x attribution) x price". */
    public String formula() {
        List<String> terms = new ArrayList<>();
        for (Part p : parts) {
            terms.add(p.attribution().isEmpty() ? p.count() : p.count() + " x " + p.attribution());
        }
        String count = terms.size() == 1 ? terms.get(0) : "(" + String.join(" + ", terms) + ")";
        String cf = counterfactual.isEmpty() ? "" : " x (1 - " + counterfactual + ")";
        return count + cf + (factors.isEmpty() ? "" : " x " + String.join(" x ", factors));
    }
}
