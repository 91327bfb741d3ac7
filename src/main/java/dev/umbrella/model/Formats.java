package dev.umbrella.model;

import java.util.Locale;

/** Number formatting for {@code toString}s: root locale, no exponent for everyday magnitudes. */
public final class Formats {
    private Formats() {}

    /** {@code 1234567} → {@code 1,234,567}; {@code 3.14159} → {@code 3.14}; {@code 0.000123} → {@code 0.000123}. */
    public static String number(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "-∞";
        }
        double abs = Math.abs(x);
        if (abs >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", x);
        }
        if (abs >= 1 || abs == 0) {
            return String.format(Locale.ROOT, "%.2f", x);
        }
        return String.format(Locale.ROOT, "%.3g", x);
    }

    /** {@code 0.1234} → {@code 12.3%}. */
    public static String percent(double share) {
        return Double.isNaN(share) ? "NaN" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
