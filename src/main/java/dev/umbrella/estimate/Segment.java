package dev.umbrella.estimate;

import java.util.Locale;

/** The role a month plays in an engineer's {@link Timeline}. */
public enum Segment {
    /** Volunteer month inside the pre window. */
    PRE,
    /** Left out around the funded start. */
    TRANSITION,
    /** Funded month inside the post window. */
    POST,
    /** Funded month after the post window. */
    FUNDED_LATER,
    VACANCY,
    AFTER,
    /** Covered by no period, or a volunteer month after funding began. */
    OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }
}
