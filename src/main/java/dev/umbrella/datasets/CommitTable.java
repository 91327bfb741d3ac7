package dev.umbrella.datasets;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the {@code commits.csv} rows of one repository: author and co-authors resolved to person
 * ids or contributor keys, UTC author time and offset, diff sums, the {@link SecurityRule} and
 * {@link BotRule} flags. Rows are rendered straight into an ASCII buffer (no field ever needs
 * quoting: ids, keys, numbers and booleans) and sorted by author time, then sha.
 *
 * <p>Co-authors: each {@code Co-authored-by} email mapped like an author, de-duplicated in message
 * order; the commit's own author is dropped (crediting yourself is not co-authoring).
 */
final class CommitTable {
    private final Contributors contributors;
    private AsciiBuffer rows = new AsciiBuffer(1 << 16);
    private int[] starts = new int[256];
    private long[] times = new long[256];
    private String[] shas = new String[256];
    private int count;
    /** For review: the first commit of each (person id, author name) pair, and of alias names on other emails. */
    private final Map<String, String> namesOfPeople = new TreeMap<>();
    private final Map<String, String> aliasNamesOnOtherEmails = new TreeMap<>();

    CommitTable(Contributors contributors) {
        this.contributors = contributors;
    }

    void add(Commit c) {
        String email = c.authorEmail().toLowerCase(Locale.ROOT).strip();
        String author = contributors.idOf(email);
        boolean bot = BotRule.isBot(c.authorName(), email);
        boolean security = SecurityRule.isSecurity(c.subject(), bot);
        if (!Contributors.isKey(author)) {
            namesOfPeople.putIfAbsent(author + "\t" + c.authorName(), c.repo() + "@" + c.sha() + " <" + c.authorEmail() + ">");
        } else if (contributors.aliases().personByName().containsKey(c.authorName())) {
            aliasNamesOnOtherEmails.putIfAbsent(c.authorName(), c.repo() + "@" + c.sha() + " <" + c.authorEmail() + ">");
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            times = Arrays.copyOf(times, count * 2);
            shas = Arrays.copyOf(shas, count * 2);
        }
        starts[count] = rows.size();
        times[count] = c.authorTime().epochSecond();
        shas[count] = c.sha();
        count++;
        rows.append(c.repo()).append(',').append(c.sha()).append(',').append(author).append(',')
                .append(coAuthors(c.coAuthors(), author)).append(',');
        c.authorTime().appendUtc(rows);
        rows.append(',').append(c.authorTime().offsetMinutes()).append(',').append(c.merge()).append(',')
                .append(c.filesChanged()).append(',').append(c.linesAdded()).append(',').append(c.linesDeleted()).append(',')
                .append(security).append(',').append(bot).append('\n');
    }

    private String coAuthors(String raw, String author) {
        if (raw.isEmpty()) {
            return "";
        }
        var ids = new LinkedHashSet<String>();
        for (String email : raw.split(";")) {
            if (!email.isBlank()) {
                ids.add(contributors.idOf(email.toLowerCase(Locale.ROOT).strip()));
            }
        }
        ids.remove(author);
        return String.join(";", ids);
    }

    int rowCount() {
        return count;
    }

    /** The rows, sorted by (author time, sha), as CSV bytes; the table keeps only its review notes afterwards. */
    byte[] takeSortedRows() {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> times[a] != times[b] ? Long.compare(times[a], times[b]) : shas[a].compareTo(shas[b]));
        byte[] out = new byte[rows.size()];
        int at = 0;
        for (int i : order) {
            int end = i + 1 < count ? starts[i + 1] : rows.size();
            rows.copyTo(starts[i], end - starts[i], out, at);
            at += end - starts[i];
        }
        rows = null;
        starts = null;
        times = null;
        shas = null;
        return out;
    }

    Contributors contributors() {
        return contributors;
    }

    /** {@code person id \t author name} → first commit seen with it. */
    Map<String, String> namesOfPeople() {
        return namesOfPeople;
    }

    /** Alias names used with emails the alias list does not resolve → first such commit. */
    Map<String, String> aliasNamesOnOtherEmails() {
        return aliasNamesOnOtherEmails;
    }
}
