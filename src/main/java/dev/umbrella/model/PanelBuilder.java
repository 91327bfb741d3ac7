package dev.umbrella.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.booleans.BooleanColumnType;
import tech.tablesaw.columns.dates.PackedLocalDate;
import tech.tablesaw.columns.datetimes.PackedLocalDateTime;
import tech.tablesaw.columns.times.PackedLocalTime;

/**
 * One pass over the commits into sorted primitive arrays. It reads Tablesaw's packed timestamps and boolean
 * bytes directly and keys cells in a primitive hash map, so a cold JVM (a fresh notebook kernel) builds the
 * panel of ~90,000 commits without allocating per commit.
 *
 * <p>A little over 300 lines as one pass: reading, keying and sorting share the primitive buffers that keep
 * the build allocation-free.
 */
final class PanelBuilder {
    private static final int MINUTES_PER_DAY = 1_440;
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
            if (timeCol.isMissing(i)) {
                throw new IllegalArgumentException("commits row " + (i + 1) + " ("
                        + commits.stringColumn("sha").get(i) + "): missing author_time");
            }
            long packed = timeCol.getLongInternal(i);
            month[i] = PackedLocalDateTime.getYear(packed) * 12 + PackedLocalDateTime.getMonthValue(packed) - 1;
            minMonth = Math.min(minMonth, month[i]);
            maxMonth = Math.max(maxMonth, month[i]);
            repoOf[i] = intern(repoCol.get(i), repoIds, repoNames);
        }
        if (n == 0) {
            minMonth = 0;
            maxMonth = 0;
        }
        firstMonth = minMonth;
        int[][] repoCommits = new int[repoNames.size()][maxMonth - minMonth + 1];
        int[] repoLatest = new int[repoNames.size()];
        Arrays.fill(repoLatest, Integer.MIN_VALUE);

        Accumulator acc = new Accumulator(n);
        for (int i = 0; i < n; i++) {
            int r = repoOf[i];
            repoLatest[r] = Math.max(repoLatest[r], month[i]);
            if (mergeCol.getByte(i) == BooleanColumnType.BYTE_TRUE
                    || botCol.getByte(i) == BooleanColumnType.BYTE_TRUE) {
                continue;
            }
            repoCommits[r][month[i] - minMonth]++;
            long packed = timeCol.getLongInternal(i);
            int dayBit = 1 << (PackedLocalDateTime.getDayOfMonth(packed) - 1);
            String authorName = authorCol.get(i);
            int c = acc.cell(intern(authorName, personIds, personNames), r, month[i]);
            acc.authored[c]++;
            acc.dayMask[c] |= dayBit;
            if (securityCol.getByte(i) == BooleanColumnType.BYTE_TRUE) {
                acc.security[c]++;
            }
            acc.lines[c] += (long) Math.max(0, addedCol.getInt(i)) + Math.max(0, deletedCol.getInt(i));
            if (isWorkingHours(packed, offsetCol.getInt(i))) {
                acc.workingHours[c]++;
            }
            String co = coCol.get(i);
            if (co != null && !co.isEmpty()) {
                for (String coAuthor : co.split(";")) {
                    String id = coAuthor.trim();
                    if (id.isEmpty() || id.equals(authorName)) {
                        continue;
                    }
                    int cc = acc.cell(intern(id, personIds, personNames), r, month[i]);
                    acc.coAuthored[cc]++;
                    acc.dayMask[cc] |= dayBit;
                }
            }
        }
        finish(acc, personNames, repoNames, repoCommits, repoLatest);
    }

    /**
     * Monday–Friday, 09:00–16:59 in the author's own UTC offset (Riehle et al. 2014: weekday working hours
     * suggest paid work). A missing offset counts as UTC.
     */
    static boolean isWorkingHours(long packedUtc, int offsetMinutes) {
        int offset = offsetMinutes == Integer.MIN_VALUE ? 0 : offsetMinutes;
        long day = PackedLocalDate.toEpochDay(PackedLocalDateTime.date(packedUtc));
        int time = PackedLocalDateTime.time(packedUtc);
        long minutes =
                day * MINUTES_PER_DAY + PackedLocalTime.getHour(time) * 60L + PackedLocalTime.getMinute(time) + offset;
        long localDay = Math.floorDiv(minutes, MINUTES_PER_DAY);
        int weekday = (int) Math.floorMod(localDay + 3, 7); // 1970-01-01 was a Thursday; Monday = 0
        int hour = (int) (Math.floorMod(minutes, MINUTES_PER_DAY) / 60);
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

    private void finish(
            Accumulator acc, List<String> personNames, List<String> repoNames, int[][] repoCommits, int[] repoLatest) {
        int[] personRank = rank(personNames);
        int[] repoRank = rank(repoNames);
        persons = sortedCopy(personNames);
        repos = sortedCopy(repoNames);
        int size = acc.size;
        // Sort cells by (person, repository, month) as one primitive long key: rank bits, then the cell index.
        long[] keys = new long[size];
        for (int c = 0; c < size; c++) {
            long sortKey = ((long) personRank[acc.person[c]] * repos.length + repoRank[acc.repo[c]])
                            * (repoCommits.length == 0 ? 1 : repoCommits[0].length)
                    + (acc.month[c] - firstMonth);
            keys[c] = (sortKey << 24) | c;
        }
        Arrays.sort(keys);
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
            int c = (int) (keys[k] & 0xFFFFFF);
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
        String[] sorted = sortedCopy(names);
        Map<String, Integer> position = new HashMap<>(sorted.length * 2);
        for (int i = 0; i < sorted.length; i++) {
            position.put(sorted[i], i);
        }
        int[] rank = new int[names.size()];
        for (int i = 0; i < rank.length; i++) {
            rank[i] = position.get(names.get(i));
        }
        return rank;
    }

    /** Growable parallel arrays of (person, repository, month) cells, found through an open-addressing table. */
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
        private long[] slotKeys;
        private int[] slotCells;

        Accumulator(int commits) {
            allocate(Math.max(16, commits / 2));
            int slots = Integer.highestOneBit(Math.max(64, commits) * 2) * 2;
            slotKeys = new long[slots];
            slotCells = new int[slots];
            Arrays.fill(slotCells, -1);
        }

        int cell(int p, int r, int m) {
            long key = ((long) p << 32) | ((long) r << 20) | m;
            int mask = slotKeys.length - 1;
            int slot = (int) (mix(key) & mask);
            while (slotCells[slot] >= 0) {
                if (slotKeys[slot] == key) {
                    return slotCells[slot];
                }
                slot = (slot + 1) & mask;
            }
            if (size == person.length) {
                grow();
            }
            person[size] = p;
            repo[size] = r;
            month[size] = m;
            slotKeys[slot] = key;
            slotCells[slot] = size;
            if (2 * (size + 1) > slotKeys.length) {
                rehash();
            }
            return size++;
        }

        private static long mix(long z) {
            z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
            return z ^ (z >>> 33);
        }

        private void rehash() {
            long[] oldKeys = slotKeys;
            int[] oldCells = slotCells;
            slotKeys = new long[oldKeys.length * 2];
            slotCells = new int[oldKeys.length * 2];
            Arrays.fill(slotCells, -1);
            int mask = slotKeys.length - 1;
            for (int s = 0; s < oldKeys.length; s++) {
                if (oldCells[s] >= 0) {
                    int slot = (int) (mix(oldKeys[s]) & mask);
                    while (slotCells[slot] >= 0) {
                        slot = (slot + 1) & mask;
                    }
                    slotKeys[slot] = oldKeys[s];
                    slotCells[slot] = oldCells[s];
                }
            }
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
