package dev.umbrella.datasets;

import dev.umbrella.datasets.parse.CsvInput;
import dev.umbrella.datasets.parse.Malformed;
import dev.umbrella.datasets.parse.Rfc4180;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code datasets/MANIFEST.csv}: one row per dataset file with its row count, the SHA-256 of its
 * bytes, the command that produced it and its inputs ({@code ;}-separated {@link Input}s: raw files
 * with their hashes, repository snapshots with their commit sha, curated files with their hashes).
 * This is how a number traces back: dataset row → manifest → raw file or commit.
 */
public record Manifest(Map<String, Entry> entries) {
    public static final String FILE = "MANIFEST.csv";
    static final List<String> HEADER = List.of("file", "rows", "sha256", "command", "inputs");

    /** One dataset file. */
    public record Entry(String file, int rows, String sha256, String command, List<Input> inputs) {
        String[] row() {
            return new String[] {
                file,
                Integer.toString(rows),
                sha256,
                command,
                String.join(
                        ";",
                        inputs.stream().sorted().distinct().map(Input::text).toList())
            };
        }
    }

    public static Manifest of(Collection<Entry> entries) {
        var map = new LinkedHashMap<String, Entry>();
        entries.stream().sorted(Comparator.comparing(Entry::file)).forEach(e -> map.put(e.file(), e));
        return new Manifest(map);
    }

    public byte[] render() {
        var out = new StringBuilder();
        Rfc4180.appendRow(out, HEADER);
        for (Entry e : entries.values()) {
            Rfc4180.appendRow(out, e.row());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static Manifest read(Path dir) {
        Path file = dir.resolve(FILE);
        String label = dir.getFileName() + "/" + FILE;
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DatasetException(
                    label, 0, "missing; build the datasets with `umbrella datasets build` (looked in " + dir + ")");
        } catch (IOException e) {
            throw new DatasetException(label, 0, "cannot read: " + e.getMessage(), e);
        }
        CsvInput csv;
        try {
            csv = CsvInput.parse(text, HEADER);
        } catch (Malformed e) {
            throw DatasetException.at(label, e);
        }
        var entries = new ArrayList<Entry>();
        for (var line : csv.lines()) {
            String sha = line.get(2);
            if (!sha.matches("[0-9a-f]{64}")) {
                throw new DatasetException(label, line.number(), "sha256 is not 64 hex digits: '" + sha + "'");
            }
            int rows;
            try {
                rows = Integer.parseInt(line.get(1));
            } catch (NumberFormatException e) {
                throw new DatasetException(label, line.number(), "rows is not a number: '" + line.get(1) + "'");
            }
            var inputs = line.get(4).isEmpty()
                    ? List.<Input>of()
                    : List.of(line.get(4).split(";")).stream().map(Input::new).toList();
            entries.add(new Entry(line.get(0), rows, sha, line.get(3), inputs));
        }
        return of(entries);
    }
}
