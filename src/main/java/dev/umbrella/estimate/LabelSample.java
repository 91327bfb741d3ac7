package dev.umbrella.estimate;

import dev.umbrella.model.Engineer;
import dev.umbrella.model.Inputs;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.Table;

/**
 * The stratified random sample of commits that is hand-labelled to measure the security rule's precision and
 * recall (validation design fixed before labelling; see {@code curated/security_labels.md}).
 *
 * <p>Population: authored commits (non-merge, non-bot) of {@code commits.csv}. Strata: the rule's flag (as the rule
 * was when the sample was drawn: {@link #sampledFlagColumn}) × author group (each engineer, or everyone else) × period (the kind of the engineer's period holding the commit's day; for everyone
 * else, before or from June 2023, the first funded start) × repository. Allocation: {@link #FLAGGED} commits among
 * flagged and {@link #UNFLAGGED} among unflagged ones, split evenly over the (author group, period) strata that
 * exist (a stratum smaller than its share is taken whole and the rest goes to the others), then over repositories
 * in proportion to their size with at least one commit each while the stratum's share allows. Within a cell the
 * commits with the smallest SHA-256 of {@code seed:sha} are drawn: a simple random sample that anyone can redraw
 * from the datasets. Each drawn commit carries its cell's weight {@code N / n}, so estimates can be reweighted to
 * the population.
 */
record LabelSample(long seed, List<Unit> units, Map<String, Integer> population) {
    /** Commits drawn among those the rule flags (precision needs them). */
    public static final int FLAGGED = 160;
    /** Commits drawn among those it does not flag (recall needs them: misses are rare, so the weights are large). */
    public static final int UNFLAGGED = 180;
    /** The seed of the committed sample. */
    public static final long SEED = 20261205L;
    /** The column of the rule as the sample was drawn (see {@link #sampledFlagColumn}). */
    public static final String SAMPLED_FLAG = "security_v1";

    private static final YearMonth OTHERS_SPLIT = YearMonth.of(2023, 6);

    /** One drawn commit, its cell and its weight. */
    public record Unit(String repo, String sha, boolean flagged, String group, String period, double weight) {
        public String cell() {
            return LabelSample.cell(flagged, group, period, repo);
        }
    }

    public LabelSample {
        units = List.copyOf(units);
        population = Map.copyOf(population);
    }

    /** Draws the sample from the inputs' commits. */
    public static LabelSample draw(Inputs inputs, long seed) {
        Table commits = inputs.commitsTable();
        String flagColumn = sampledFlagColumn(commits);
        Map<String, List<String[]>> cells = new TreeMap<>();
        for (int i = 0; i < commits.rowCount(); i++) {
            if (commits.booleanColumn("is_merge").get(i)
                    || commits.booleanColumn("bot").get(i)) {
                continue;
            }
            String author = commits.stringColumn("author").get(i);
            LocalDateTime time = commits.dateTimeColumn("author_time").get(i);
            String group = inputs.engineers().containsKey(author) ? author : "others";
            String period = period(inputs, group, time.toLocalDate());
            boolean flagged = commits.booleanColumn(flagColumn).get(i);
            String repo = commits.stringColumn("repo").get(i);
            cells.computeIfAbsent(cell(flagged, group, period, repo), k -> new ArrayList<>())
                    .add(new String[] {repo, commits.stringColumn("sha").get(i)});
        }
        Map<String, Integer> population = new TreeMap<>();
        cells.forEach((k, v) -> population.put(k, v.size()));
        List<Unit> units = new ArrayList<>();
        for (boolean flagged : new boolean[] {true, false}) {
            Map<String, Map<String, List<String[]>>> strata = new TreeMap<>();
            cells.forEach((key, rows) -> {
                String[] parts = key.split("\\|", -1);
                if (Boolean.parseBoolean(parts[0]) == flagged) {
                    strata.computeIfAbsent(parts[1] + "|" + parts[2], k -> new TreeMap<>())
                            .put(parts[3], rows);
                }
            });
            Map<String, Integer> shares = split(strata, flagged ? FLAGGED : UNFLAGGED);
            strata.forEach((stratum, byRepo) -> {
                String[] gp = stratum.split("\\|", -1);
                Map<String, Integer> perRepo = proportional(byRepo, shares.get(stratum));
                byRepo.forEach((repo, rows) -> {
                    int n = perRepo.get(repo);
                    if (n == 0) {
                        return;
                    }
                    // Each commit's hash once, then sort by it (a comparator that hashed would hash n log n times).
                    List<String[]> ordered = new ArrayList<>();
                    for (String[] r : rows) {
                        ordered.add(new String[] {r[0], r[1], order(seed, r[1])});
                    }
                    ordered.sort(Comparator.comparing((String[] r) -> r[2]).thenComparing(r -> r[1]));
                    double weight = rows.size() / (double) n;
                    for (String[] r : ordered.subList(0, n)) {
                        units.add(new Unit(repo, r[1], flagged, gp[0], gp[1], weight));
                    }
                });
            });
        }
        units.sort(Comparator.comparing(Unit::repo).thenComparing(Unit::sha));
        return new LabelSample(seed, units, population);
    }

    /**
     * The flag the strata use: {@code security_v1}, the security rule as it was when the committed sample was drawn
     * (frozen, so the design and its weights do not move when the rule is improved), or {@code security} where the
     * commits have no such column (synthetic inputs, whose rule never changed).
     */
    public static String sampledFlagColumn(Table commits) {
        return commits.containsColumn(SAMPLED_FLAG) ? SAMPLED_FLAG : "security";
    }

    static String cell(boolean flagged, String group, String period, String repo) {
        return flagged + "|" + group + "|" + period + "|" + repo;
    }

    /** The period holding the commit's UTC day (not its month: a first commit mid-month is still volunteer work). */
    private static String period(Inputs inputs, String group, LocalDate day) {
        if (group.equals("others")) {
            return YearMonth.from(day).isBefore(OTHERS_SPLIT) ? "before_2023_06" : "from_2023_06";
        }
        Engineer engineer = inputs.engineer(group);
        return engineer.periods().stream()
                .filter(p -> p.contains(day))
                .map(p -> p.kind().label())
                .findFirst()
                .orElse("none");
    }

    /** Even shares over strata, capped by each stratum's size; what a small stratum leaves goes to the others. */
    private static Map<String, Integer> split(Map<String, Map<String, List<String[]>>> strata, int total) {
        Map<String, Integer> size = new LinkedHashMap<>();
        strata.forEach(
                (k, v) -> size.put(k, v.values().stream().mapToInt(List::size).sum()));
        Map<String, Integer> share = new LinkedHashMap<>();
        size.keySet().forEach(k -> share.put(k, 0));
        int left = Math.min(
                total, size.values().stream().mapToInt(Integer::intValue).sum());
        while (left > 0) {
            List<String> open = size.keySet().stream()
                    .filter(k -> share.get(k) < size.get(k))
                    .toList();
            int each = Math.max(1, left / open.size());
            for (String k : open) {
                int add = Math.min(Math.min(each, size.get(k) - share.get(k)), left);
                share.put(k, share.get(k) + add);
                left -= add;
                if (left == 0) {
                    break;
                }
            }
        }
        return share;
    }

    /** Proportional to size by largest remainder, at least one per repository while n allows. */
    private static Map<String, Integer> proportional(Map<String, List<String[]>> byRepo, int n) {
        Map<String, Integer> result = new LinkedHashMap<>();
        int total = byRepo.values().stream().mapToInt(List::size).sum();
        int repos = byRepo.size();
        int floor = n >= repos ? 1 : 0;
        int rest = n - floor * repos;
        int restTotal = total - floor * repos;
        List<Map.Entry<String, Double>> remainders = new ArrayList<>();
        int used = 0;
        for (Map.Entry<String, List<String[]>> e : byRepo.entrySet()) {
            int extraCapacity = e.getValue().size() - floor;
            double exact = restTotal == 0 ? 0 : rest * (double) extraCapacity / restTotal;
            int whole = (int) Math.floor(exact);
            result.put(e.getKey(), floor + whole);
            used += floor + whole;
            remainders.add(Map.entry(e.getKey(), exact - whole));
        }
        remainders.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
        for (int k = 0; used < n && k < remainders.size(); k++) {
            String repo = remainders.get(k).getKey();
            if (result.get(repo) < byRepo.get(repo).size()) {
                result.put(repo, result.get(repo) + 1);
                used++;
            }
        }
        return result;
    }

    private static String order(long seed, String sha) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest((seed + ":" + sha).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
