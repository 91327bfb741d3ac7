package dev.umbrella.present;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;

/** The small phrases every section of the talk writes with: counts in words, ranges, lists joined by "and". */
final class TalkWords {
    private TalkWords() {}

    /** "$326k to $580k", or the one value when all are the same when written. */
    static String range(double[] values, DoubleFunction<String> format) {
        String low = format.apply(Arrays.stream(values).min().orElse(Double.NaN));
        String high = format.apply(Arrays.stream(values).max().orElse(Double.NaN));
        return low.equals(high) ? low : low + " to " + high;
    }

    /** "Seth", "Seth and Mike", "Seth, Mike and Samuel". */
    static String and(List<String> items) {
        return items.size() <= 1
                ? String.join("", items)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String names(List<Case> cases) {
        return cases.stream().map(Case::name).collect(Collectors.joining(", "));
    }

    static String years(LocalDate first, LocalDate last) {
        return first.getYear() == last.getYear()
                ? String.valueOf(first.getYear())
                : first.getYear() + "–" + last.getYear();
    }

    static String words(int n) {
        String[] words = {"No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"};
        return n < words.length ? words[n] : String.valueOf(n);
    }
}
