package dev.umbrella.datasets.build;

import dev.umbrella.datasets.DatasetException;
import dev.umbrella.datasets.parse.Yaml;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An OSV advisory (PSF JSON, PYSEC YAML) read from its plain tree into an {@link Advisory}:
 * {@code package} = the distinct {@code affected[].package.name}s, or, where an advisory names no
 * package (PSF's CPython records), the repository name of its {@code GIT} ranges ({@code cpython});
 * {@code severity} = the {@code severity[].score} strings (CVSS vectors, which name their version);
 * {@code credits} = {@code credits[]} as {@code name (TYPE)}.
 */
final class OsvRecord {
    private OsvRecord() {}

    static Advisory toAdvisory(Map<?, ?> osv, String database, String file) {
        String id = Yaml.text(osv, "id");
        if (id == null || id.isBlank()) {
            throw new DatasetException(file, 0, "advisory has no id");
        }
        return new Advisory(
                id,
                database,
                packages(osv),
                join(Yaml.list(osv, "aliases")),
                date(osv, "published", file),
                date(osv, "modified", file),
                date(osv, "withdrawn", file),
                severity(osv),
                credits(osv));
    }

    private static String packages(Map<?, ?> osv) {
        var names = new TreeSet<String>();
        var repos = new TreeSet<String>();
        for (Object a : Yaml.list(osv, "affected")) {
            if (!(a instanceof Map)) {
                continue;
            }
            Object pkg = ((Map<?, ?>) a).get("package");
            if (pkg instanceof Map && Yaml.text((Map<?, ?>) pkg, "name") != null) {
                names.add(Yaml.text((Map<?, ?>) pkg, "name"));
            }
            for (Object r : Yaml.list((Map<?, ?>) a, "ranges")) {
                String repo = r instanceof Map ? Yaml.text((Map<?, ?>) r, "repo") : null;
                if (repo != null) {
                    repos.add(repoName(repo));
                }
            }
        }
        return String.join(";", names.isEmpty() ? repos : names);
    }

    /** {@code https://github.com/python/cpython(.git)(/)} → {@code cpython}. */
    static String repoName(String url) {
        String s = url.strip();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith(".git")) {
            s = s.substring(0, s.length() - 4);
        }
        return s.substring(s.lastIndexOf('/') + 1);
    }

    private static String severity(Map<?, ?> osv) {
        var scores = new LinkedHashSet<String>();
        for (Object s : Yaml.list(osv, "severity")) {
            String score = s instanceof Map ? Yaml.text((Map<?, ?>) s, "score") : null;
            if (score != null) {
                scores.add(score);
            }
        }
        return String.join(";", scores);
    }

    private static String credits(Map<?, ?> osv) {
        var credits = new LinkedHashSet<String>();
        for (Object c : Yaml.list(osv, "credits")) {
            if (c instanceof Map && Yaml.text((Map<?, ?>) c, "name") != null) {
                String type = Yaml.text((Map<?, ?>) c, "type");
                credits.add(listItem(Yaml.text((Map<?, ?>) c, "name")) + (type == null ? "" : " (" + type + ")"));
            }
        }
        return String.join(";", credits);
    }

    static String join(List<?> items) {
        var out = new LinkedHashSet<String>();
        for (Object o : items) {
            if (o instanceof String && !((String) o).isBlank()) {
                out.add(listItem((String) o));
            }
        }
        return String.join(";", out);
    }

    /** A list item may not contain the list separator or line breaks (whitespace runs become one space). */
    static String listItem(String s) {
        var out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c == ';' ? ',' : c);
        }
        return out.toString();
    }

    /** An RFC 3339 timestamp (or a plain date) as its UTC date; empty when absent. */
    static String date(Map<?, ?> osv, String key, String file) {
        String value = Yaml.text(osv, key);
        if (value == null || value.isBlank()) {
            return "";
        }
        return utcDate(value.strip(), file, key);
    }

    /**
     * The UTC date of an RFC 3339 timestamp or a plain date. Timestamps already in UTC
     * ({@code …Z}, the usual OSV form) are cut, not parsed, after checking their shape.
     */
    static String utcDate(String value, String file, String what) {
        if (value.length() >= 20
                && value.endsWith("Z")
                && value.charAt(10) == 'T'
                && AuthorTime.parse(value.substring(0, 19) + "Z") != null) {
            return value.substring(0, 10);
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).toString();
            }
            return OffsetDateTime.parse(value)
                    .withOffsetSameInstant(ZoneOffset.UTC)
                    .toLocalDate()
                    .toString();
        } catch (DateTimeParseException e) {
            throw new DatasetException(file, 0, "unparsable " + what + " date '" + value + "'");
        }
    }
}
