package dev.umbrella.roi;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The two independent ways each output is valued ({@code notebooks/00-method.ipynb}, "ROI model"). They are two
 * estimates of the same thing, so they are reported side by side, never added.
 */
public enum Method {
    /** What the same output costs when bought: bounties, audit prices, response labour at market rates. */
    MARKET_PRICE("market price"),
    /** The chance the flaw or abuse would have caused harm × the exposure × the loss per incident. */
    EXPECTED_LOSS("expected loss avoided");

    private final String label;

    Method(String label) {
        this.label = label;
    }

    /** The words used in tables, e.g. "market price". */
    public String label() {
        return label;
    }

    /** The id used in files and notebook calls, e.g. {@code market_price}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Looks a method up by id; an unknown id fails with the valid ones. */
    public static Method of(String id) {
        for (Method m : values()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown method '" + id + "'; valid methods: "
                + Arrays.stream(values()).map(Method::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return label;
    }
}
