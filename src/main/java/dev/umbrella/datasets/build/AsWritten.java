package dev.umbrella.datasets.build;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a published text states, parsed from the exact words it was written in
 * ({@code as_written} in the reported-metrics spec), so the build can check it against the value
 * the spec claims. Understood forms:
 * <ul>
 *   <li>numbers with thousands commas and decimals, with leading {@code ~}, {@code $}, {@code +},
 *       trailing {@code +} or {@code %}: {@code 2,000}, {@code ~1,400}, {@code $144,000},
 *       {@code 360+}, {@code 66%}, {@code 93.2%};</li>
 *   <li>a multiplier after the number: {@code k}/{@code K} (10³), {@code thousand}, {@code million}
 *       or {@code M}, {@code billion}, {@code trillion}: {@code 119k}, {@code 2.56 trillion},
 *       {@code $1.5 million};</li>
 *   <li>number words zero to twenty and the tens ({@code Five}, {@code twenty});</li>
 *   <li>durations, when the row's unit is {@code minutes}, {@code hours} or {@code days}: one or
 *       more number–unit pairs with units {@code d}/{@code day(s)}, {@code h}/{@code hr(s)}/
 *       {@code hour(s)}, {@code m}/{@code min}/{@code minute(s)}, converted to the row's unit:
 *       {@code 1h 19m}, {@code 2h}, {@code 45m}, {@code 1.2 hours}, {@code 2 days 5 hours}.</li>
 * </ul>
 */
final class AsWritten {
    private static final Pattern NUMBER = Pattern.compile(
            "([-\u2212]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(k|K|M|thousand|million|billion|trillion)?");
    private static final Pattern DURATION_PART = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(days|day|d|hours|hour|hrs|hr|h|minutes|minute|mins|min|m)(?![a-z])",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Double> MULTIPLIERS =
            Map.of("k", 1e3, "K", 1e3, "thousand", 1e3, "M", 1e6, "million", 1e6, "billion", 1e9, "trillion", 1e12);
    /** Number words as reports write them: 0-19 by position, then the tens from twenty. */
    private static final List<String> UNITS = List.of(
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen");

    private static final List<String> TENS =
            List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    private static final Map<String, Double> MINUTES_PER = Map.of("minutes", 1.0, "hours", 60.0, "days", 1440.0);

    private AsWritten() {}

    /** The value {@code text} states in {@code unit}; throws {@link IllegalArgumentException} saying why not. */
    static double parse(String text, String unit) {
        String s = strip(text.strip());
        if (MINUTES_PER.containsKey(unit) && DURATION_PART.matcher(s).lookingAt()) {
            return duration(s, unit);
        }
        String word = s.toLowerCase(Locale.ROOT);
        if (UNITS.contains(word)) {
            return UNITS.indexOf(word);
        }
        if (TENS.contains(word)) {
            return 20 + 10 * TENS.indexOf(word);
        }
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a number this build understands");
        }
        double value = Double.parseDouble(m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3)));
        if (m.group(4) != null) {
            value *= MULTIPLIERS.get(m.group(4));
        }
        return m.group(1).isEmpty() ? value : -value;
    }

    private static String strip(String s) {
        while (!s.isEmpty() && "~$+".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1).strip();
        }
        while (!s.isEmpty() && "+%".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private static double duration(String s, String unit) {
        Matcher m = DURATION_PART.matcher(s);
        double minutes = 0;
        int at = 0;
        while (at < s.length()) {
            if (!m.find(at) || !s.substring(at, m.start()).isBlank()) {
                throw new IllegalArgumentException("'" + s + "' is not a duration like 1h 19m or 2 days 5 hours");
            }
            String u = m.group(2).toLowerCase(Locale.ROOT);
            double per = u.startsWith("d") ? 1440 : u.startsWith("h") ? 60 : 1;
            minutes += Double.parseDouble(m.group(1)) * per;
            at = m.end();
            while (at < s.length() && (Character.isWhitespace(s.charAt(at)) || s.charAt(at) == ',')) {
                at++;
            }
        }
        return minutes / MINUTES_PER.get(unit);
    }
}
