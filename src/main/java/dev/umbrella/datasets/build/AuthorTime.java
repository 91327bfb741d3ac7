package dev.umbrella.datasets.build;

import java.nio.charset.StandardCharsets;

/**
 * A git author date ({@code %aI}, e.g. {@code 2026-08-21T17:57:37+01:00}) split into the UTC
 * instant and the author's UTC offset in minutes. Parsed and formatted by hand because it runs for
 * every one of ~89,000 commits in a build that must finish in about a second; {@code
 * AuthorTime_ParseTest} checks it against {@code java.time}.
 */
record AuthorTime(long epochSecond, int offsetMinutes) {

    /** Parses {@code YYYY-MM-DDTHH:MM:SS} followed by {@code Z} or {@code ±HH:MM}; null when malformed. */
    static AuthorTime parse(String s) {
        if (s.length() != 20 && s.length() != 25) {
            return null;
        }
        if (s.charAt(4) != '-'
                || s.charAt(7) != '-'
                || s.charAt(10) != 'T'
                || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || day > daysInMonth(year, month)
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59) {
            return null;
        }
        int offset;
        if (s.length() == 20) {
            if (s.charAt(19) != 'Z') {
                return null;
            }
            offset = 0;
        } else {
            char sign = s.charAt(19);
            int oh = digits(s, 20, 2);
            int om = digits(s, 23, 2);
            if ((sign != '+' && sign != '-') || s.charAt(22) != ':' || oh < 0 || oh > 18 || om < 0 || om > 59) {
                return null;
            }
            offset = (sign == '-' ? -1 : 1) * (oh * 60 + om);
        }
        long local = daysFromCivil(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
        return new AuthorTime(local - offset * 60L, offset);
    }

    /** The UTC instant as {@code YYYY-MM-DDTHH:MM:SSZ}. */
    String utc() {
        var out = new AsciiBuffer(20);
        appendUtc(out);
        return new String(out.array(), 0, out.size(), StandardCharsets.US_ASCII);
    }

    /** Appends {@link #utc()} without creating a string. */
    void appendUtc(AsciiBuffer out) {
        long days = Math.floorDiv(epochSecond, 86_400L);
        int secs = (int) Math.floorMod(epochSecond, 86_400L);
        // civil from days (H. Hinnant's algorithm), proleptic Gregorian like java.time
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        out.digits(year, 4)
                .append('-')
                .digits(month, 2)
                .append('-')
                .digits(day, 2)
                .append('T')
                .digits(secs / 3600, 2)
                .append(':')
                .digits(secs / 60 % 60, 2)
                .append(':')
                .digits(secs % 60, 2)
                .append('Z');
    }

    private static long daysFromCivil(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    private static int daysInMonth(int year, int month) {
        if (month == 2) {
            boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
