package dev.umbrella.roi;

import java.util.List;

/**
 * One valued stream of an engineer's outputs: one kind of output valued by one {@link Method}.
 * {@code value = incremental outputs × attribution × Π factors}, spread evenly over the evaluation horizon, where
 * the incremental outputs over the horizon are
 * <ul>
 *   <li>{@link Incremental#DIFFERENCE}: the funded count minus what the volunteer-era rate of the same output would
 *       have given over the same months ({@code baseline});</li>
 *   <li>{@link Incremental#COUNTERFACTUAL_SHARE}: the funded count × (1 − the share that would have happened
 *       anyway), where no volunteer-era rate measures it;</li>
 *   <li>{@link Incremental#AS_IS}: the funded count, where a factor already measures the change (e.g. the exposure
 *       hours removed per package).</li>
 * </ul>
 * Nothing caps a channel: every factor enters as drawn, so a channel can exceed the cost, or be negative when the
 * funded rate falls below the baseline ({@code RoiModel_ChannelTest} checks both).
 *
 * @param id stable id, e.g. {@code advisory_published.market_price}
 * @param unit what one output is, in words ("advisory", "remediated high finding")
 * @param funded the parameter holding the outputs in the horizon
 * @param baseline the parameter holding the baseline outputs (DIFFERENCE), the counterfactual share
 *     (COUNTERFACTUAL_SHARE), or empty
 * @param attribution the parameter holding the share credited to the role, or empty for the person's own outputs
 * @param factors the unit value as a product of parameters (USD per output in the end)
 * @param key the factor a break-even solves for (the unit value's most uncertain part)
 * @param notEstimated empty when every parameter is available, otherwise why the channel is not estimated
 */
public record Channel(String id, String kind, Method method, String unit, String funded, Incremental incremental,
        String baseline, String attribution, List<String> factors, String key, String note, String notEstimated) {

    /** How the outputs the role added are counted. */
    public enum Incremental {
        DIFFERENCE, COUNTERFACTUAL_SHARE, AS_IS
    }

    public Channel {
        factors = List.copyOf(factors);
        if (!factors.contains(key)) {
            throw new IllegalArgumentException("channel " + id + ": key " + key + " is not one of its factors");
        }
    }

    public boolean isEstimated() {
        return notEstimated.isEmpty();
    }

    /** Every parameter the channel reads. */
    public List<String> parameters() {
        List<String> names = new java.util.ArrayList<>();
        names.add(funded);
        if (!baseline.isEmpty()) {
            names.add(baseline);
        }
        if (!attribution.isEmpty()) {
            names.add(attribution);
        }
        names.addAll(factors);
        return names;
    }

    /** The same channel, marked as not estimated for a reason. */
    public Channel notEstimated(String reason) {
        return new Channel(id, kind, method, unit, funded, incremental, baseline, attribution, factors, key, note,
                reason);
    }
}
