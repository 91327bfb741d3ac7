package dev.umbrella.datasets.build;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code pattern.matcher(subject).find()}, but trying the pattern only where one of its stems starts: an id stem
 * anywhere, a word stem only where a word may start (not after a letter, digit or hyphen, as the security rules'
 * patterns require). Instead of letting the regex try its long alternation at every position of every subject (the
 * build asks 89,000 times, and most subjects hold no such position), it scans the subject once. Correct only if
 * every match of the pattern starts with one of the stems (lower case); {@code SecurityRule_FlagTest} checks on every
 * real subject that the answer equals a plain {@code find()}.
 */
final class StemScan {
    private final Pattern pattern;
    private final String[][] idsByFirst;
    private final String[][] wordsByFirst;

    StemScan(Pattern pattern, String[] idStems, String[] wordStems) {
        this.pattern = pattern;
        this.idsByFirst = byFirst(idStems);
        this.wordsByFirst = byFirst(wordStems);
    }

    /** Same answer as {@code pattern.matcher(subject).find()}. */
    boolean find(String subject) {
        boolean wordStart = true;
        Matcher matcher = null;
        for (int i = 0; i < subject.length(); i++) {
            char c = subject.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower < 128
                    && (startsWithStem(subject, i, idsByFirst[lower])
                            || wordStart && startsWithStem(subject, i, wordsByFirst[lower]))) {
                if (matcher == null) {
                    matcher =
                            pattern.matcher(subject).useTransparentBounds(true).useAnchoringBounds(false);
                }
                if (matcher.region(i, subject.length()).lookingAt()) {
                    return true;
                }
            }
            wordStart = !(lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9' || lower == '-');
        }
        return false;
    }

    private static boolean startsWithStem(String subject, int at, String[] stems) {
        if (stems != null) {
            for (String stem : stems) {
                if (subject.regionMatches(true, at, stem, 0, stem.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String[][] byFirst(String[] stems) {
        var table = new String[128][];
        for (String stem : stems) {
            char first = stem.charAt(0);
            String[] old = table[first] == null ? new String[0] : table[first];
            String[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = stem;
            table[first] = grown;
        }
        return table;
    }
}
