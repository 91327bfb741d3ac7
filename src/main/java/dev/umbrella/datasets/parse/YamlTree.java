package dev.umbrella.datasets.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * One YAML document as plain maps, lists and strings, built from SnakeYAML's low-level parser
 * events. No constructor, no reflection and no implicit typing: every scalar stays the text that
 * was written ({@code 2024-01-03T22:31:36Z} stays a string, not a {@code Date}), and plain
 * {@code null}, {@code ~} or empty scalars become Java {@code null}. Lean enough for the ~4,000
 * advisory files a build reads.
 */
final class YamlTree {
    private final ParserImpl parser;

    private YamlTree(String text) {
        this.parser = new ParserImpl(new StreamReader(text), new LoaderOptions());
    }

    /** Parses the first document of {@code text}; throws {@link Malformed} with the 1-based line on bad YAML. */
    static Object parse(String text) {
        try {
            var tree = new YamlTree(text);
            tree.expect(Event.ID.StreamStart);
            if (tree.parser.checkEvent(Event.ID.StreamEnd)) {
                return null;
            }
            tree.expect(Event.ID.DocumentStart);
            return tree.node();
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new Malformed(line, e.getProblem());
        }
    }

    private Object node() {
        Event event = parser.getEvent();
        switch (event.getEventId()) {
            case Scalar:
                return scalar((ScalarEvent) event);
            case SequenceStart:
                var list = new ArrayList<Object>();
                while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                    list.add(node());
                }
                parser.getEvent();
                return list;
            case MappingStart:
                var map = new LinkedHashMap<String, Object>();
                while (!parser.checkEvent(Event.ID.MappingEnd)) {
                    Object key = node();
                    map.put(String.valueOf(key), node());
                }
                parser.getEvent();
                return map;
            default:
                throw new Malformed(
                        event.getStartMark().getLine() + 1, "unsupported YAML (" + event.getEventId() + ")");
        }
    }

    private static String scalar(ScalarEvent e) {
        String v = e.getValue();
        if (e.isPlain() && (v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL"))) {
            return null;
        }
        return v;
    }

    private void expect(Event.ID id) {
        Event e = parser.getEvent();
        if (!e.is(id)) {
            throw new Malformed(e.getStartMark().getLine() + 1, "expected " + id + ", found " + e.getEventId());
        }
    }
}
