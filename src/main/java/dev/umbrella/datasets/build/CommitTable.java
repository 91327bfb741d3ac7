package dev.umbrella.datasets.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the {@code commits.csv} rows of one repository: author and co-authors resolved to person
 * ids or contributor keys, UTC author time and offset, diff sums, the {@link SecurityRule} and
 * {@link BotRule} flags, and the flag of the security rule the label sample was drawn under
 * ({@link SecurityRule.V1}). Rows are rendered straight into an ASCII buffer (no field ever needs
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
    /** Shas a curated file names (the security labels): which of them this export holds. */
    private final Set<String> wanted;

    private final Set<String> found = new HashSet<>();
    private int count;
    /** For review: the first commit of each (person id, author name) pair, and of alias names on other emails. */
    private final Map<String, String> namesOfPeople = new TreeMap<>();

    private final Map<String, String> aliasNamesOnOtherEmails = new TreeMap<>();
    /** The engineers' commits whose subject names an advisory: vulnerability fixes for the outputs ledger. */
    private final List<AdvisoryFix> advisoryFixes = new ArrayList<>();

    private long firstTime = Long.MAX_VALUE;
    private long lastTime = Long.MIN_VALUE;

    /** A commit by one of the engineers that names an advisory id in its subject, outside the advisory databases. */
    record AdvisoryFix(String repo, String sha, String person, long epochSecond, String ids) {}

    /** Advisory ids as {@link SecurityRule} recognises them. */
    static final Pattern ADVISORY_ID = Pattern.compile(
            "cve-\\d{4}-\\d{4,}|ghsa(?:-[23456789cfghjmpqrvwx]{4}){3}|pysec-\\d{4}-\\d+|psf-\\d{4}-\\d+",
            Pattern.CASE_INSENSITIVE);

    CommitTable(Contributors contributors) {
        this(contributors, Set.of());
    }

    /** A table that also notes which of the {@code wanted} shas it reads. */
    CommitTable(Contributors contributors, Set<String> wanted) {
        this.contributors = contributors;
        this.wanted = wanted;
    }

    void add(Commit c) {
        String email = c.authorEmail().toLowerCase(Locale.ROOT).strip();
        String author = contributors.idOf(email);
        boolean bot = BotRule.isBot(c.authorName(), email);
        if (!wanted.isEmpty() && wanted.contains(c.sha())) {
            found.add(c.sha());
        }
        SecurityRule.Flags flags = SecurityRule.flags(c.subject(), bot);
        boolean security = flags.current();
        boolean securityV1 = flags.v1();
        if (!Contributors.isKey(author)) {
            namesOfPeople.putIfAbsent(
                    author + "\t" + c.authorName(), c.repo() + "@" + c.sha() + " <" + c.authorEmail() + ">");
        } else if (contributors.aliases().personByName().containsKey(c.authorName())) {
            aliasNamesOnOtherEmails.putIfAbsent(
                    c.authorName(), c.repo() + "@" + c.sha() + " <" + c.authorEmail() + ">");
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            times = Arrays.copyOf(times, count * 2);
            shas = Arrays.copyOf(shas, count * 2);
        }
        firstTime = Math.min(firstTime, c.authorTime().epochSecond());
        lastTime = Math.max(lastTime, c.authorTime().epochSecond());
        if (security && !Contributors.isKey(author) && !c.repo().contains("advisory-d")) {
            Matcher ids = ADVISORY_ID.matcher(c.subject());
            List<String> found = new ArrayList<>();
            while (ids.find()) {
                String id = ids.group();
                found.add(
                        id.regionMatches(true, 0, "ghsa", 0, 4)
                                ? "GHSA" + id.substring(4).toLowerCase(Locale.ROOT)
                                : id.toUpperCase(Locale.ROOT));
            }
            if (!found.isEmpty()) {
                advisoryFixes.add(new AdvisoryFix(
                        c.repo(), c.sha(), author, c.authorTime().epochSecond(), String.join(" ", found)));
            }
        }
        starts[count] = rows.size();
        times[count] = c.authorTime().epochSecond();
        shas[count] = c.sha();
        count++;
        rows.append(c.repo())
                .append(',')
                .append(c.sha())
                .append(',')
                .append(author)
                .append(',')
                .append(coAuthors(c.coAuthors(), author))
                .append(',');
        c.authorTime().appendUtc(rows);
        rows.append(',')
                .append(c.authorTime().offsetMinutes())
                .append(',')
                .append(c.merge())
                .append(',')
                .append(c.filesChanged())
                .append(',')
                .append(c.linesAdded())
                .append(',')
                .append(c.linesDeleted())
                .append(',')
                .append(security)
                .append(',')
                .append(bot)
                .append(',')
                .append(securityV1)
                .append('\n');
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
        Arrays.sort(
                order, (a, b) -> times[a] != times[b] ? Long.compare(times[a], times[b]) : shas[a].compareTo(shas[b]));
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

    /** Whether the export holds a commit with this sha; asked only of the {@code wanted} ones. */
    boolean hasSha(String sha) {
        if (!wanted.contains(sha)) {
            throw new IllegalArgumentException(sha + " was not asked for when the export was read");
        }
        return found.contains(sha);
    }

    List<AdvisoryFix> advisoryFixes() {
        return advisoryFixes;
    }

    /** Epoch seconds of the earliest and the latest author time in the export (the export's window). */
    long firstTime() {
        return firstTime;
    }

    long lastTime() {
        return lastTime;
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
