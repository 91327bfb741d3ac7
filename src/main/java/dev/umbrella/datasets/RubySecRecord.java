package dev.umbrella.datasets;

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
        String pkg = YamlTree.text(yaml, "gem") != null ? YamlTree.text(yaml, "gem")
                : YamlTree.text(yaml, "engine") != null ? YamlTree.text(yaml, "engine") : dir;
        var aliases = new ArrayList<String>();
        alias(aliases, id, "CVE-", YamlTree.text(yaml, "cve"));
        alias(aliases, id, "GHSA-", YamlTree.text(yaml, "ghsa"));
        alias(aliases, id, "OSVDB-", YamlTree.text(yaml, "osvdb"));
        String date = YamlTree.text(yaml, "date");
        if (date == null) {
            throw new DatasetException(file, 0, "advisory has no date");
        }
        var severity = new ArrayList<String>();
        for (String key : new String[] {"cvss_v4", "cvss_v3", "cvss_v2"}) {
            if (YamlTree.text(yaml, key) != null) {
                severity.add(key + ":" + YamlTree.text(yaml, key).strip());
            }
        }
        return new Advisory(id, "rubysec", pkg, String.join(";", aliases), OsvRecord.utcDate(date.strip(), file, "date"),
                "", "", String.join(";", severity), "");
    }

    private static void alias(ArrayList<String> aliases, String id, String prefix, String value) {
        if (value != null && !value.isBlank() && !(prefix + value.strip()).equals(id)) {
            aliases.add(prefix + value.strip());
        }
    }
}
