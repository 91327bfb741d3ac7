package dev.umbrella.present;

import dev.umbrella.model.Engineer;
import dev.umbrella.model.Inputs;
import dev.umbrella.model.Period;
import dev.umbrella.roi.BreakEven;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one policy for numbers and names that people read: notebooks, the report, slides and the run summary. Machine
 * precision stays in the datasets and in files made for machines ({@code report/headline.csv}); everything
 * shown goes through here, so the same quantity reads the same everywhere.
 *
 * <ul>
 *   <li>Dollars: three significant digits with k / M / B, "$335k", "$2.41M", "$850".
 *   <li>ROI (a fraction, 1.0 = +100%): a percentage, whole above 10%, one decimal below: "592%", "−84%", "5.2%".
 *   <li>Probabilities from draws: "0 of 100,000 draws", "&lt; 0.1%", "81%", "&gt; 99.9%", "all 100,000 draws".
 *   <li>Break-even values: two significant digits and the unit, "0.57 installs/hour", "$1.2M", "$12k per advisory".
 *   <li>Rates and other measured values: two significant digits below 10, one decimal to 100, whole above.
 *   <li>Engineers: in order of their first funded start, named by the first and last word of {@code people.csv}'s
 *       name ("Seth Larson", as the engineers sign their posts).
 * </ul>
 *
 * Root locale (comma thousands, point decimals) and the typographic minus, so output is the same on every machine.
 */
public final class Readable {
    /** The minus sign shown to people (U+2212), wider and clearer than a hyphen next to a number. */
    public static final String MINUS = "\u2212";

    private Readable() {}

    /** Dollars, three significant digits: 334,782.69 → "$335k", 2,407,146.8 → "$2.41M", −1,200 → "−$1.2k". */
    public static String dollars(double usd) {
        return money(usd, 3);
    }

    private static String money(double usd, int digits) {
        if (!Double.isFinite(usd)) {
            return notFinite(usd);
        }
        String sign = usd < 0 ? MINUS : "";
        double abs = round(Math.abs(usd), digits);
        String[] suffix = {"", "k", "M", "B", "T"};
        int step = 0;
        while (abs >= 1000 && step < suffix.length - 1) {
            abs /= 1000;
            step++;
        }
        abs = round(abs, digits); // 999.5k rounds to 1.00M: the suffix follows the rounded value
        if (abs >= 1000 && step < suffix.length - 1) {
            abs /= 1000;
            step++;
        }
        // below $1k the significant digits are the decimals too: $850, $88, $9.1, $0.95
        return sign + "$" + (step == 0 ? significant(abs, digits) : plain(abs, 2)) + suffix[step];
    }

    /**
     * Amounts written "N USD" in a generated sentence (the ROI stage's break-even statements) as dollars with the
     * same significant digits: "at least 12,000 USD" → "at least $12k", "0.95 USD" → "$0.95". Other text, parameter
     * units such as {@code usd_per_advisory} included, is left as it is.
     */
    public static String dollarsIn(String text) {
        var m = USD_AMOUNT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            double usd = Double.parseDouble(m.group(1).replace(",", ""));
            m.appendReplacement(out, Matcher.quoteReplacement(money(usd, 3)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Pattern USD_AMOUNT = Pattern.compile("(?<![\\w.,])(-?\\d[\\d,]*(?:\\.\\d+)?) USD\\b");

    /**
     * A break-even line in plain units, short enough for a table cell: "$12k per advisory",
     * "0.92 incidents/year of $200k", "$0 per incident handled (the other channels cover the cost)", or "none". What
     * the model assumes instead is {@code breakEven(line.assumed(), "USD")}.
     */
    public static String breakEven(BreakEven.Line line) {
        if (Double.isNaN(line.value())) {
            return "none";
        }
        if (line.unit().equals("incidents/year")) {
            return significant(line.value(), 2) + " incidents/year of "
                    + dollarsIn(
                            line.subject().replaceFirst("^incidents of ", "").replaceFirst(" \\(.*$", ""));
        }
        String value = breakEven(line.value(), line.unit());
        if (line.value() == 0) {
            return value + " (the other channels cover the cost)";
        }
        return value;
    }

    /** The share of draws with a property, naming the draws once: "81% of 100,000 draws", "0 of 100,000 draws". */
    public static String ofDraws(double p, int draws) {
        String share = probability(p, draws);
        return share.endsWith(" draws") ? share : share + " of " + count(draws) + " draws";
    }

    /** An ROI given as a fraction, as a percentage: 5.919 → "592%", −0.836 → "−84%", 0.052 → "5.2%". */
    public static String roi(double fraction) {
        return percent(fraction);
    }

    /** A share as a percentage: whole from 10% up, one decimal below (trailing zero dropped): 0.808 → "81%". */
    public static String percent(double share) {
        if (!Double.isFinite(share)) {
            return notFinite(share);
        }
        double p = share * 100;
        double abs = Math.abs(p);
        String digits = abs >= 9.95 ? String.format(Locale.ROOT, "%,.0f", abs) : plain(abs, 1);
        return (p < 0 && !digits.matches("0(\\.0)?") ? MINUS : "") + digits + "%";
    }

    /**
     * The share of Monte Carlo draws with a property: "0 of 100,000 draws" and "all 100,000 draws" at the ends
     * (never "0%": with finite draws it means "none of these"), "&lt; 0.1%" / "&gt; 99.9%" next to them, and a
     * percentage with one decimal near 0 and 1, whole between 10% and 90%.
     */
    public static String probability(double p, int draws) {
        if (!Double.isFinite(p)) {
            return notFinite(p);
        }
        long hits = Math.round(p * draws);
        if (hits == 0) {
            return "0 of " + count(draws) + " draws";
        }
        if (hits == draws) {
            return "all " + count(draws) + " draws";
        }
        if (p < 0.001) {
            return "< 0.1%";
        }
        if (p > 0.999) {
            return "> 99.9%";
        }
        if (p >= 0.1 && p <= 0.9) {
            return String.format(Locale.ROOT, "%.0f%%", p * 100);
        }
        return plain(p * 100, 1) + "%";
    }

    /** A break-even value with two significant digits and its unit: (0.5718, "installs/hour") → "0.57 installs/hour". */
    public static String breakEven(double value, String unit) {
        if (!Double.isFinite(value)) {
            return notFinite(value);
        }
        if ("USD".equalsIgnoreCase(unit) || "usd_per_year".equalsIgnoreCase(unit)) {
            return money(value, 2) + ("USD".equalsIgnoreCase(unit) ? "" : " a year");
        }
        if (unit != null && unit.startsWith("USD per ")) {
            return money(value, 2) + unit.substring("USD".length());
        }
        if ("share".equals(unit) || "probability".equals(unit)) {
            return significant(value * 100, 2) + "%";
        }
        return significant(value, 2) + (unit == null || unit.isBlank() ? "" : " " + unit.replace('_', ' '));
    }

    /** A measured value (a rate, a count per month): 0.0741 → "0.074", 2.31 → "2.3", 15.69 → "15.7", 1234.5 → "1,235". */
    public static String number(double x) {
        if (!Double.isFinite(x)) {
            return notFinite(x);
        }
        double abs = Math.abs(x);
        String digits =
                abs >= 100 ? String.format(Locale.ROOT, "%,.0f", abs) : abs >= 10 ? plain(abs, 1) : significant(abs, 2);
        return (x < 0 && !digits.matches("0(\\.0*)?") ? MINUS : "") + digits;
    }

    /** A change with its sign: "+2.2", "−0.31", "0". */
    public static String signed(double x) {
        String n = number(x);
        return x > 0 && !n.matches("0(\\.0*)?") ? "+" + n : n;
    }

    /** An interval of measured values: "[1.7, 2.9]". */
    public static String interval(double lower, double upper) {
        return "[" + number(lower) + ", " + number(upper) + "]";
    }

    /** An interval of ROI fractions as percentages: "[−84%, 59,273%]". */
    public static String roiInterval(double lower, double upper) {
        return "[" + roi(lower) + ", " + roi(upper) + "]";
    }

    /** A whole count with thousands separators: 100000 → "100,000". */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A month, "2023-08", the way periods are written throughout. */
    public static String month(LocalDate day) {
        return day == null ? "" : day.toString().substring(0, 7);
    }

    /** The engineer's name for people: first and last word of {@code people.csv}'s name ("Seth Larson"). */
    public static String name(Engineer engineer) {
        return name(engineer.name());
    }

    /** First and last word of a full name: "Seth Michael Larson" → "Seth Larson"; a single word stays. */
    public static String name(String fullName) {
        String[] words = fullName.strip().split("\\s+");
        return words.length <= 2 ? String.join(" ", words) : words[0] + " " + words[words.length - 1];
    }

    /** The engineer's name by id, from the datasets. */
    public static String name(Inputs inputs, String engineerId) {
        return name(inputs.engineer(engineerId));
    }

    /** The order engineers are always listed in: first funded start, then id (unfunded last). */
    public static final Comparator<Engineer> ORDER = Comparator.comparing(
                    (Engineer e) -> e.firstFunded().map(Period::start),
                    Comparator.comparing((Optional<LocalDate> d) -> d.orElse(LocalDate.MAX)))
            .thenComparing(Engineer::id);

    /** Engineer ids in the policy's order. */
    public static List<String> order(Inputs inputs, Collection<String> engineerIds) {
        List<Engineer> engineers = new ArrayList<>();
        for (String id : engineerIds) {
            engineers.add(inputs.engineer(id));
        }
        engineers.sort(ORDER);
        return engineers.stream().map(Engineer::id).toList();
    }

    /** Every engineer of the datasets, in the policy's order. */
    public static List<String> engineers(Inputs inputs) {
        return order(inputs, inputs.engineers().keySet());
    }

    private static double round(double x, int significant) {
        if (x == 0) {
            return 0;
        }
        return new BigDecimal(x)
                .round(new MathContext(significant, RoundingMode.HALF_EVEN))
                .doubleValue();
    }

    /** {@code significant} significant digits, no exponent, no trailing zeros: 0.5718 → "0.57", 1234 → "1,200". */
    static String significant(double x, int significant) {
        if (x == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(significant, RoundingMode.HALF_EVEN));
        if (rounded.abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
            return String.format(Locale.ROOT, "%,.0f", rounded);
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** At most {@code decimals} decimals, trailing zeros dropped, thousands separated: 2.40 → "2.4". */
    private static String plain(double x, int decimals) {
        String s = String.format(Locale.ROOT, "%,." + decimals + "f", x);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    private static String notFinite(double x) {
        return Double.isNaN(x) ? "n/a" : x > 0 ? "∞" : MINUS + "∞";
    }
}
