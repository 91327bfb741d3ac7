package dev.umbrella.present;

import dev.umbrella.datasets.PeriodKind;
import dev.umbrella.estimate.Segment;
import dev.umbrella.model.Inputs;
import dev.umbrella.model.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The few colours Umbrella's figures use: the Okabe–Ito palette (Okabe &amp; Ito 2008, "Color Universal Design"),
 * which stays distinguishable for the common colour-vision deficiencies and in greyscale. Each colour has one
 * meaning across every figure: volunteer time is orange, funded time blue, the vacancy vermilion, what came after
 * purple, the comparison group and left-out months grey. Where funded time is split by funder, each funder has its
 * own colour (blue, green, sky blue, yellow in order of the funder's first funded start), the same in every figure.
 */
final class Palette {
    public static final String ORANGE = "#E69F00";
    public static final String SKY_BLUE = "#56B4E9";
    public static final String GREEN = "#009E73";
    public static final String BLUE = "#0072B2";
    public static final String VERMILION = "#D55E00";
    public static final String PURPLE = "#CC79A7";
    public static final String YELLOW = "#F0E442";
    public static final String BLACK = "#000000";
    public static final String GREY = "#999999";
    public static final String LIGHT_GREY = "#DDDDDD";

    /** Funders' colours, in order of each funder's first funded start in {@code periods.csv}. */
    private static final List<String> FUNDER_COLOURS = List.of(BLUE, GREEN, SKY_BLUE, YELLOW, PURPLE, BLACK);

    private Palette() {}

    /**
     * The colour of a funder: by the funder's rank in order of first funded start across every engineer of the
     * datasets (ties by name), so "AWS" has the same colour in Mike's and Samuel's figures and differs from
     * "Alpha-Omega". An unknown or blank funder gets the funded-time blue.
     */
    public static String funder(Inputs inputs, String funder) {
        List<String> order = inputs.engineers().values().stream()
                .flatMap(e -> e.periods().stream())
                .filter(p -> p.kind() == PeriodKind.FUNDED && !p.funder().isBlank())
                .sorted(Comparator.comparing(Period::start).thenComparing(Period::funder))
                .map(Period::funder)
                .distinct()
                .toList();
        int rank = order.indexOf(funder);
        return rank < 0 ? BLUE : FUNDER_COLOURS.get(rank % FUNDER_COLOURS.size());
    }

    /** The colour of a period: its funder's for funded periods with a named funder, else its kind's. */
    public static String of(Inputs inputs, Period period) {
        return period.kind() == PeriodKind.FUNDED && !period.funder().isBlank()
                ? funder(inputs, period.funder())
                : of(period.kind());
    }

    /** The colour of a period kind from {@code periods.csv}. */
    public static String of(PeriodKind kind) {
        switch (kind) {
            case VOLUNTEER:
                return ORANGE;
            case FUNDED:
                return BLUE;
            case VACANCY:
                return VERMILION;
            default:
                return PURPLE;
        }
    }

    /** The colour of a month's role in an estimate's timeline. */
    public static String of(Segment segment) {
        switch (segment) {
            case PRE:
                return ORANGE;
            case POST:
                return BLUE;
            case FUNDED_LATER:
                return SKY_BLUE;
            case VACANCY:
                return VERMILION;
            case AFTER:
                return PURPLE;
            default:
                return GREY;
        }
    }

    /** {@code #RRGGBB} as {@code rgba(r,g,b,alpha)}, for shaded bands behind data. */
    public static String translucent(String hex, double alpha) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return String.format(
                Locale.ROOT, "rgba(%d,%d,%d,%.2f)", (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, alpha);
    }
}
