package dev.umbrella.datasets.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.umbrella.env.Env;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;

class BlockYaml_ParityTest {
    /** The nested keys the advisory build passes over unread ({@code AdvisoryArchives.UNUSED_NESTED}). */
    private static final Set<String> SKIPPED = Set.of("versions", "events", "database_specific", "ecosystem_specific");
    /** The YAML archives of {@code raw/advisories/} that the build reads (PyPA's OSV files and RubySec's). */
    private static final String[] ARCHIVES = {
        "advisories/pypa__advisory-database/pypa__advisory-database.vulns.tar.gz",
        "advisories/rubysec__ruby-advisory-db/rubysec__ruby-advisory-db.gems_rubies.tar.gz"
    };

    private static final Set<String> ALL = Set.of(
            "id",
            "aliases",
            "published",
            "modified",
            "withdrawn",
            "severity",
            "credits",
            "affected",
            "gem",
            "engine",
            "cve",
            "ghsa",
            "osvdb",
            "date",
            "cvss_v2",
            "cvss_v3",
            "cvss_v4",
            "summary");

    /** What SnakeYAML (via {@link YamlTree}) reads for the same keys. */
    private static Map<String, Object> snake(String text, Set<String> keys) {
        var full = (Map<?, ?>) YamlTree.parse(text);
        var out = new LinkedHashMap<String, Object>();
        full.forEach((k, v) -> {
            if (keys.contains(k)) {
                out.put((String) k, v);
            }
        });
        return out;
    }

    /** {@code tree} without the given keys at any depth below the top level. */
    @SuppressWarnings("unchecked")
    private static Object without(Object tree, Set<String> skipped, boolean top) {
        if (tree instanceof Map) {
            var out = new LinkedHashMap<String, Object>();
            ((Map<String, Object>) tree).forEach((k, v) -> {
                if (top || !skipped.contains(k)) {
                    out.put(k, without(v, skipped, false));
                }
            });
            return out;
        }
        if (tree instanceof List) {
            return ((List<Object>) tree)
                    .stream().map(v -> without(v, skipped, false)).toList();
        }
        return tree;
    }

    @Test
    void readsTheOsvShapesLikeSnakeYaml() {
        String text = String.join(
                "\n",
                "---",
                "id: PYSEC-2021-335",
                "details: The module `AccessControl` defines security policies, long text",
                "  that continues here.",
                "affected:",
                "- package:",
                "    name: accesscontrol",
                "    ecosystem: PyPI",
                "  ranges:",
                "  - type: GIT",
                "    repo: https://github.com/zopefoundation/AccessControl",
                "    events:",
                "    - introduced: \"0\"",
                "    - fixed: b42dd4badf803bb9fb71ac34cd9cb0c249262f2c",
                "  versions:",
                "  - \"4.0\"",
                "  - '5.1'",
                "aliases: []",
                "# a comment",
                "modified: \"2021-09-26T23:32:08.989778Z\"",
                "published: 2021-07-30T22:15:00Z",
                "withdrawn: 'it''s \\gone'",
                "credits:",
                "- name: \"Seth \\\"M\\\" L\\u00e4rson\"",
                "  type: COORDINATOR",
                "  contact:",
                "  - https://example.org",
                "severity:",
                "summary: ~",
                "");
        assertThat(BlockYaml.parse(text, ALL)).isEqualTo(snake(text, ALL));
        assertThat(BlockYaml.parse(text, ALL, SKIPPED))
                .isEqualTo(without(snake(text, ALL), SKIPPED, true))
                .extractingByKey("affected")
                .asString()
                .doesNotContain("versions")
                .doesNotContain("events")
                .contains("AccessControl");
    }

    @Test
    void shapesOutsideTheSubsetAreHandedBack() {
        for (String text : new String[] {
            "aliases: [CVE-1, CVE-2]\n",
            "id: |\n  x\n",
            "id: a\n  continued\n",
            "credits:\n- {name: x}\n",
            "id: &a x\n",
            "\"id\": x\n",
            "id: 'open\n",
            "id:\n\t- x\n"
        }) {
            assertThatThrownBy(() -> BlockYaml.parse(text, ALL)).as(text).isInstanceOf(BlockYaml.Unsupported.class);
        }
    }

    @Test
    void everyRawAdvisoryReadsLikeSnakeYaml() throws Exception {
        Path raw = Env.rawDir();
        assumeTrue(Files.isDirectory(raw.resolve("advisories")), "could not check: raw records not found at " + raw);
        int compared = 0;
        int handedBack = 0;
        for (String archive : ARCHIVES) {
            try (var tar = new TarArchiveInputStream(new GZIPInputStream(Files.newInputStream(raw.resolve(archive))))) {
                for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
                    if (!e.isFile()) {
                        continue;
                    }
                    String text = new String(tar.readAllBytes(), StandardCharsets.UTF_8);
                    try {
                        var snake = snake(text, ALL);
                        assertThat(BlockYaml.parse(text, ALL)).as(e.getName()).isEqualTo(snake);
                        assertThat(BlockYaml.parse(text, ALL, SKIPPED))
                                .as(e.getName())
                                .isEqualTo(without(snake, SKIPPED, true));
                        compared++;
                    } catch (BlockYaml.Unsupported u) {
                        handedBack++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(4000);
        assertThat(handedBack).as("files parsed by SnakeYAML instead").isLessThan(20);
    }
}
