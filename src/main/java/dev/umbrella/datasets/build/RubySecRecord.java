package dev.umbrella.datasets.build;

import dev.umbrella.datasets.DatasetException;
import dev.umbrella.datasets.parse.Yaml;
import java.util.ArrayList;
import java.util.Map;

/**
 * A rubysec advisory ({@code gems/<gem>/<ID>.yml} or {@code rubies/<engine>/<ID>.yml}; rubysec's own
 * YAML, not OSV) as an {@link Advisory}: {@code id} = the file name without {@code .yml} (rubysec
 * names files after the advisory's id: CVE, GHSA or OSVDB); {@code package} = {@code gem}, or for
 * Ruby interpreters {@code engine} (the analogue of PSF's CPython records); {@code aliases} = the
 * other ids among {@code cve}, {@code ghsa}, {@code osvdb}; {@code published} = {@code date};
 * rubysec records no modified or withdrawn date; {@code severity} = the CVSS base scores present as
 * {@code cvss_v4:…;cvss_v3:…;cvss_v2:…}; {@code credits} stay empty (rubysec has no structured
 * credits field; some descriptions thank finders in free text).
 */
final class RubySecRecord {
    private RubySecRecord() {}

    static Advisory toAdvisory(Map<?, ?> yaml, String member, String file) {
        String fileName = member.substring(member.lastIndexOf('/') + 1);
        String id = fileName.substring(0, fileName.length() - ".yml".length());
        String dir = member.substring(member.indexOf('/') + 1, member.lastIndexOf('/'));
        String pkg = Yaml.text(yaml, "gem") != null
                ? Yaml.text(yaml, "gem")
                : Yaml.text(yaml, "engine") != null ? Yaml.text(yaml, "engine") : dir;
        var aliases = new ArrayList<String>();
        alias(aliases, id, "CVE-", Yaml.text(yaml, "cve"));
        alias(aliases, id, "GHSA-", Yaml.text(yaml, "ghsa"));
        alias(aliases, id, "OSVDB-", Yaml.text(yaml, "osvdb"));
        String date = Yaml.text(yaml, "date");
        if (date == null) {
            throw new DatasetException(file, 0, "advisory has no date");
        }
        var severity = new ArrayList<String>();
        for (String key : new String[] {"cvss_v4", "cvss_v3", "cvss_v2"}) {
            if (Yaml.text(yaml, key) != null) {
                severity.add(key + ":" + Yaml.text(yaml, key).strip());
            }
        }
        return new Advisory(
                id,
                "rubysec",
                pkg,
                String.join(";", aliases),
                OsvRecord.utcDate(date.strip(), file, "date"),
                "",
                "",
                String.join(";", severity),
                "");
    }

    private static void alias(ArrayList<String> aliases, String id, String prefix, String value) {
        if (value != null && !value.isBlank() && !(prefix + value.strip()).equals(id)) {
            aliases.add(prefix + value.strip());
        }
    }
}
