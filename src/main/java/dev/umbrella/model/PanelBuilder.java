package dev.umbrella.model;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** One pass over the commits into sorted primitive arrays. */
final class PanelBuilder {
    private static final int SECONDS_PER_DAY = 86_400;
    String[] persons;
    String[] repos;
    int[] personStart;
    int[] cellRepo;
    int[] cellMonth;
    int[] authored;
    int[] coAuthored;
    int[] security;
    int[] workingHours;
    int[] dayMask;
    long[] lines;
    int firstMonth;
    int[][] repoMonthCommits;
    int[] repoLastComplete;

    static PanelBuilder build(Table commits) {
        PanelBuilder b = new PanelBuilder();
        b.run(commits);
        return b;
    }

    private void run(Table commits) {
        int n = commits.rowCount();
        StringColumn repoCol = commits.stringColumn("repo");
        StringColumn authorCol = commits.stringColumn("author");
        StringColumn coCol = commits.stringColumn("co_authors");
        DateTimeColumn timeCol = commits.dateTimeColumn("author_time");
        IntColumn offsetCol = commits.intColumn("utc_offset_minutes");
        BooleanColumn mergeCol = commits.booleanColumn("is_merge");
        BooleanColumn botCol = commits.booleanColumn("bot");
        BooleanColumn securityCol = commits.booleanColumn("security");
        IntColumn addedCol = commits.intColumn("lines_added");
        IntColumn deletedCol = commits.intColumn("lines_deleted");

        Map<String, Integer> personIds = new HashMap<>();
        Map<String, Integer> repoIds = new HashMap<>();
        List<String> personNames = new ArrayList<>();
        List<String> repoNames = new ArrayList<>();
        int[] month = new int[n];
        int[] repoOf = new int[n];
        int minMonth = Integer.MAX_VALUE;
        int maxMonth = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            LocalDateTime time = timeCol.get(i);
            if (time == null) {
                throw new IllegalArgumentException("commits row " + (i + 1) + " (" + commits.stringColumn("sha").get(i)
                        + "): missing author_time");
            }
            month[i] = time.getYear() * 12 + time.getMonthValue() - 1;
            minMonth = Math.min(minMonth, month[i]);
            maxMonth = Math.max(maxMonth, month[i]);
            repoOf[i] = intern(repoCol.get(i), repoIds, repoNames);
        }
        if (n == 0) {
            minMonth = 0;
            maxMonth = 0;
        }
        firstMonth = minMonth;
        int span = maxMonth - minMonth + 1;
        int[][] repoCommits = new int[repoNames.size()][span];
        int[] repoLatest = new int[repoNames.size()];
        Arrays.fill(repoLatest, Integer.MIN_VALUE);

        Map<Long, Integer> cells = new HashMap<>(n);
        Accumulator acc = new Accumulator(n);
        for (int i = 0; i < n; i++) {
            int r = repoOf[i];
            repoLatest[r] = Math.max(repoLatest[r], month[i]);
            if (Boolean.TRUE.equals(mergeCol.get(i)) || Boolean.TRUE.equals(botCol.get(i))) {
                continue;
            }
            repoCommits[r][month[i] - minMonth]++;
            LocalDateTime time = timeCol.get(i);
            int dayBit = 1 << (time.getDayOfMonth() - 1);
            int author = intern(authorCol.get(i), personIds, personNames);
            int c = acc.cell(cells, author, r, month[i]);
            acc.authored[c]++;
            acc.dayMask[c] |= dayBit;
            if (Boolean.TRUE.equals(securityCol.get(i))) {
                acc.security[c]++;
            }
            acc.lines[c] += (long) Math.max(0, addedCol.getInt(i)) + Math.max(0, deletedCol.getInt(i));
            if (isWorkingHours(time, offsetCol.getInt(i))) {
                acc.workingHours[c]++;
            }
            String co = coCol.get(i);
            if (co != null && !co.isEmpty()) {
                for (String coAuthor : co.split(";")) {
                    String id = coAuthor.trim();
                    if (id.isEmpty() || id.equals(authorCol.get(i))) {
                        continue;
                    }
                    int cc = acc.cell(cells, intern(id, personIds, personNames), r, month[i]);
                    acc.coAuthored[cc]++;
                    acc.dayMask[cc] |= dayBit;
                }
            }
        }
        finish(acc, personNames, repoNames, repoCommits, repoLatest);
    }

    /** Monday–Friday, 09:00–16:59 local time (Riehle et al. 2014: weekday working hours suggest paid work). */
    private static boolean isWorkingHours(LocalDateTime utc, int offsetMinutes) {
        long seconds = utc.toEpochSecond(ZoneOffset.UTC) + offsetMinutes * 60L;
        long day = Math.floorDiv(seconds, SECONDS_PER_DAY);
        int weekday = (int) Math.floorMod(day + 3, 7); // 1970-01-01 was a Thursday; Monday = 0
        int hour = (int) (Math.floorMod(seconds, SECONDS_PER_DAY) / 3600);
        return weekday < 5 && hour >= 9 && hour < 17;
    }

    private static int intern(String name, Map<String, Integer> ids, List<String> names) {
        Integer id = ids.get(name);
        if (id == null) {
            id = names.size();
            ids.put(name, id);
            names.add(name);
        }
        return id;
    }

    private void finish(Accumulator acc, List<String> personNames, List<String> repoNames, int[][] repoCommits,
            int[] repoLatest) {
        int[] personRank = rank(personNames);
        int[] repoRank = rank(repoNames);
        persons = sortedCopy(personNames);
        repos = sortedCopy(repoNames);
        Integer[] order = new Integer[acc.size];
        for (int c = 0; c < acc.size; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (x, y) -> {
            int cmp = Integer.compare(personRank[acc.person[x]], personRank[acc.person[y]]);
            if (cmp == 0) {
                cmp = Integer.compare(repoRank[acc.repo[x]], repoRank[acc.repo[y]]);
            }
            return cmp != 0 ? cmp : Integer.compare(acc.month[x], acc.month[y]);
        });
        int size = acc.size;
        personStart = new int[persons.length + 1];
        cellRepo = new int[size];
        cellMonth = new int[size];
        authored = new int[size];
        coAuthored = new int[size];
        security = new int[size];
        workingHours = new int[size];
        dayMask = new int[size];
        lines = new long[size];
        for (int k = 0; k < size; k++) {
            int c = order[k];
            personStart[personRank[acc.person[c]] + 1]++;
            cellRepo[k] = repoRank[acc.repo[c]];
            cellMonth[k] = acc.month[c];
            authored[k] = acc.authored[c];
            coAuthored[k] = acc.coAuthored[c];
            security[k] = acc.security[c];
            workingHours[k] = acc.workingHours[c];
            dayMask[k] = acc.dayMask[c];
            lines[k] = acc.lines[c];
        }
        for (int p = 0; p < persons.length; p++) {
            personStart[p + 1] += personStart[p];
        }
        repoMonthCommits = new int[repos.length][];
        repoLastComplete = new int[repos.length];
        for (int r = 0; r < repoNames.size(); r++) {
            repoMonthCommits[repoRank[r]] = repoCommits[r];
            repoLastComplete[repoRank[r]] = repoLatest[r] - 1;
        }
    }

    private static String[] sortedCopy(List<String> names) {
        String[] sorted = names.toArray(new String[0]);
        Arrays.sort(sorted);
        return sorted;
    }

    /** rank[i] = position of names[i] in sorted order. */
    private static int[] rank(List<String> names) {
        Map<String, Integer> position = new LinkedHashMap<>();
        String[] sorted = sortedCopy(names);
        for (int i = 0; i < sorted.length; i++) {
            position.put(sorted[i], i);
        }
        int[] rank = new int[names.size()];
        for (int i = 0; i < rank.length; i++) {
            rank[i] = position.get(names.get(i));
        }
        return rank;
    }

    /** Growable parallel arrays of (person, repository, month) cells. */
    private static final class Accumulator {
        int size;
        int[] person;
        int[] repo;
        int[] month;
        int[] authored;
        int[] coAuthored;
        int[] security;
        int[] workingHours;
        int[] dayMask;
        long[] lines;

        Accumulator(int capacity) {
            allocate(Math.max(16, capacity / 2));
        }

        int cell(Map<Long, Integer> cells, int p, int r, int m) {
            long key = ((long) p << 32) | ((long) r << 20) | m;
            Integer c = cells.get(key);
            if (c != null) {
                return c;
            }
            if (size == person.length) {
                grow();
            }
            person[size] = p;
            repo[size] = r;
            month[size] = m;
            cells.put(key, size);
            return size++;
        }

        private void allocate(int capacity) {
            person = new int[capacity];
            repo = new int[capacity];
            month = new int[capacity];
            authored = new int[capacity];
            coAuthored = new int[capacity];
            security = new int[capacity];
            workingHours = new int[capacity];
            dayMask = new int[capacity];
            lines = new long[capacity];
        }

        private void grow() {
            int capacity = person.length * 2;
            person = Arrays.copyOf(person, capacity);
            repo = Arrays.copyOf(repo, capacity);
            month = Arrays.copyOf(month, capacity);
            authored = Arrays.copyOf(authored, capacity);
            coAuthored = Arrays.copyOf(coAuthored, capacity);
            security = Arrays.copyOf(security, capacity);
            workingHours = Arrays.copyOf(workingHours, capacity);
            dayMask = Arrays.copyOf(dayMask, capacity);
            lines = Arrays.copyOf(lines, capacity);
        }
    }
}
