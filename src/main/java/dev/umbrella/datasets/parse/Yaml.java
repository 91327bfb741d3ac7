package dev.umbrella.datasets.parse;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The YAML entry point: one advisory document as plain maps, lists and strings. It reads the wanted keys with the
 * fast {@link BlockYaml} and falls back to a full SnakeYAML parse ({@link YamlTree}) when a file uses YAML outside
 * that subset, so callers never see which reader ran ({@code BlockYaml_ParityTest} checks both agree).
 */
public final class Yaml {
    private Yaml() {}

    /**
     * The top-level mapping of {@code text} with (at least) the wanted {@code keys}; nested {@code skipped} keys may
     * be left out. Throws {@link Malformed} when the text is not YAML or not a mapping.
     */
    public static Map<?, ?> mapping(String text, Set<String> keys, Set<String> skipped) {
        try {
            return BlockYaml.parse(text, keys, skipped);
        } catch (BlockYaml.Unsupported e) {
            Object tree;
            try {
                tree = YamlTree.parse(text);
            } catch (Malformed malformed) {
                throw new Malformed(malformed.line(), "malformed YAML: " + malformed.getMessage());
            }
            if (!(tree instanceof Map)) {
                throw new Malformed(1, "expected a YAML mapping");
            }
            return (Map<?, ?>) tree;
        }
    }

    /** {@code map.get(key)} as a string, or null. */
    public static String text(Map<?, ?> map, String key) {
        Object v = map.get(key);
        return v instanceof String ? (String) v : null;
    }

    /** {@code map.get(key)} as a list (a lone scalar becomes a one-element list), never null. */
    public static List<?> list(Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v instanceof List) {
            return (List<?>) v;
        }
        return v == null ? List.of() : List.of(v);
    }
}
