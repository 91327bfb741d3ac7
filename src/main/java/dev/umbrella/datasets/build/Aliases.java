package dev.umbrella.datasets.build;

import dev.umbrella.datasets.Dataset;
import dev.umbrella.datasets.DatasetException;
import dev.umbrella.datasets.parse.CsvInput;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The reviewed alias list {@code curated/aliases.csv} ({@code kind,value,person_id,evidence,source}):
 * the exact git emails and names of the three engineers, each with the evidence that links it.
 *
 * <p>Only {@code email} rows resolve commits (exact match, case-insensitive). {@code name} rows
 * record the names those emails committed under, for reviewers and for matching advisory credits;
 * they never resolve a commit on their own, because the exported histories hold other Seths, Mikes,
 * Samuels, Michaels and Larsons, and a name is free text anyone can type.
 */
record Aliases(List<String[]> rows, Map<String, String> personByEmail, Map<String, String> personByName) {
    static final String FILE = "aliases.csv";
    private static final List<String> HEADER = Dataset.IDENTITIES.header();

    static Aliases parse(String file, String text, Set<String> knownPeople) {
        var csv = CuratedRow.csv(file, text, HEADER);
        var byEmail = new HashMap<String, String>();
        var byName = new HashMap<String, String>();
        var seen = new HashSet<String>();
        for (var line : csv.lines()) {
            String kind = line.get(0);
            String value = line.get(1);
            String person = line.get(2);
            if (!kind.equals("email") && !kind.equals("name")) {
                throw new DatasetException(file, line.number(), "kind must be email or name, not '" + kind + "'");
            }
            if (value.isBlank() || !value.equals(value.strip())) {
                throw new DatasetException(file, line.number(), "value must be non-empty without surrounding spaces");
            }
            if (!knownPeople.contains(person)) {
                throw new DatasetException(
                        file,
                        line.number(),
                        "unknown person id '" + person + "'; known: " + String.join(", ", sorted(knownPeople)));
            }
            if (line.get(3).isBlank() || line.get(4).isBlank()) {
                throw new DatasetException(file, line.number(), "every alias needs evidence and a source");
            }
            String key = kind + ":" + (kind.equals("email") ? value.toLowerCase(Locale.ROOT) : value);
            if (!seen.add(key)) {
                throw new DatasetException(file, line.number(), "duplicate alias " + kind + " '" + value + "'");
            }
            (kind.equals("email") ? byEmail : byName)
                    .put(kind.equals("email") ? value.toLowerCase(Locale.ROOT) : value, person);
        }
        return new Aliases(
                csv.lines().stream().map(CsvInput.Line::fields).toList(), Map.copyOf(byEmail), Map.copyOf(byName));
    }

    /** The person id for an author or co-author email, or null when it is nobody we follow. */
    String personOfEmail(String email) {
        return personByEmail.get(email.toLowerCase(Locale.ROOT));
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }
}
