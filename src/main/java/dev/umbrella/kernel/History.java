package dev.umbrella.kernel;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;

/** The inputs (and text outputs) of this kernel session, for Jupyter's history requests. Kept in memory only. */
final class History implements HistoryManager {
    static final int SESSION = 1;

    private record Item(int line, String input, String output) {}

    private final List<Item> items = new ArrayList<>();

    synchronized void add(int line, String input, String output) {
        items.add(new Item(line, input, output == null ? "" : output));
    }

    @Override
    public synchronized List<HistoryEntry> lookupRange(int session, int start, int stop, Set<ResultFlag> flags) {
        if (session != 0 && session != SESSION) {
            return List.of();
        }
        var out = new ArrayList<HistoryEntry>();
        for (Item item : items) {
            if (item.line >= start && (stop <= 0 || item.line < stop)) {
                out.add(entry(item, flags));
            }
        }
        return out;
    }

    @Override
    public synchronized List<HistoryEntry> lookupTail(int length, Set<ResultFlag> flags) {
        int from = length <= 0 ? 0 : Math.max(0, items.size() - length);
        var out = new ArrayList<HistoryEntry>();
        for (Item item : items.subList(from, items.size())) {
            out.add(entry(item, flags));
        }
        return out;
    }

    @Override
    public synchronized List<HistoryEntry> search(String glob, int length, Set<ResultFlag> flags) {
        var pattern = Pattern.compile(globToRegex(glob == null || glob.isEmpty() ? "*" : glob), Pattern.DOTALL);
        var matches = new ArrayList<Item>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = items.size() - 1; i >= 0; i--) {
            Item item = items.get(i);
            if (!pattern.matcher(item.input).matches()) {
                continue;
            }
            if (flags.contains(ResultFlag.UNIQUE) && !seen.add(item.input)) {
                continue;
            }
            matches.add(0, item);
        }
        int from = length <= 0 ? 0 : Math.max(0, matches.size() - length);
        var out = new ArrayList<HistoryEntry>();
        for (Item item : matches.subList(from, matches.size())) {
            out.add(entry(item, flags));
        }
        return out;
    }

    List<HistoryEntry> tail(int n) {
        return lookupTail(n, EnumSet.noneOf(ResultFlag.class));
    }

    private static HistoryEntry entry(Item item, Set<ResultFlag> flags) {
        return new HistoryEntry(
                SESSION, item.line, item.input, flags.contains(ResultFlag.INCLUDE_OUTPUT) ? item.output : null);
    }

    /** SQLite GLOB, as IPython's history search uses: {@code *}, {@code ?} and {@code [..]}. */
    static String globToRegex(String glob) {
        var out = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> out.append(".*");
                case '?' -> out.append('.');
                case '[' -> {
                    int close = glob.indexOf(']', i + 1);
                    if (close < 0) {
                        out.append("\\[");
                    } else {
                        String set = glob.substring(i + 1, close);
                        out.append('[')
                                .append(
                                        set.startsWith("^")
                                                ? "^"
                                                        + Pattern.quote(set.substring(1))
                                                                .replace("\\Q", "")
                                                                .replace("\\E", "")
                                                : set)
                                .append(']');
                        i = close;
                    }
                }
                default -> out.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return out.toString();
    }
}
