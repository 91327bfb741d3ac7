package dev.umbrella.datasets.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reviewed alias list resolves the three engineers and nobody else, look-alikes included. */
class Aliases_LookAlikeTest {
    private static Aliases packaged() throws Exception {
        try (var in = Aliases.class.getResourceAsStream("/dev/umbrella/datasets/curated/aliases.csv")) {
            return Aliases.parse(
                    "aliases.csv", new String(in.readAllBytes(), StandardCharsets.UTF_8), Curated.ENGINEERS);
        }
    }

    @Test
    void lookAlikesFromTheExportsAreNotResolved() throws Exception {
        var contributors = new Contributors(packaged());
        for (String email : new String[] {
            "seth@sethish.com", // Seth Woodworth
            "git@larshaugseth.com", // Lars Haugseth
            "gethemant@gmail.com", // Hemant Kumar: contains "theman"
            "mike.dalessio@gmail.com",
            "mike@37signals.com",
            "mike@zwobble.org",
            "github@mikeage.net",
            "michael-k@users.noreply.github.com",
            "grosser.michael@gmail.com",
            "sferik@gmail.com", // Michaels
            "sj26@sj26.com",
            "samuel.williams@oriontransfer.co.nz",
            "samueloph@gmail.com",
            "colesbury@gmail.com", // Samuels, Sams
            "shk@linux.com",
            "43911210+samsetegne@users.noreply.github.com",
            "seth@example.com",
            "larson@example.com",
            "giddins@example.com",
            "fiedler@example.com", // surname-only look-alikes
            "sethmlarson@example.com",
            "mike.fiedler@example.com",
            "segiddins@example.com"
        }) { // handle at another domain
            assertThat(contributors.idOf(email.toLowerCase(Locale.ROOT)))
                    .as(email)
                    .startsWith("c-");
        }
    }

    @Test
    void everyListedEmailResolvesCaseInsensitively() throws Exception {
        var aliases = packaged();
        var contributors = new Contributors(aliases);
        assertThat(contributors.idOf("miketheman@gmail.com")).isEqualTo("mike");
        assertThat(contributors.idOf("segiddins@segiddins.me")).isEqualTo("samuel");
        assertThat(contributors.idOf("sethmichaellarson@users.noreply.github.com"))
                .isEqualTo("seth");
        assertThat(aliases.personByEmail().values()).containsOnly("seth", "mike", "samuel");
        assertThat(aliases.personByName()).doesNotContainKeys("Seth", "Mike", "Samuel", "Larson", "Michael Fiedler");
    }

    /** On the real exports: who is resolved, to whom, and that every alias occurs in the data. */
    @Test
    void onTheRealExportsOnlyTheEngineersCommitsAreAttributed() throws Exception {
        var raw = RealBuild.raw();
        var aliases = packaged();
        var namesByPerson = new HashMap<String, Set<String>>();
        var resolvedEmails = new HashSet<String>();
        var commitsByPerson = new HashMap<String, Integer>();
        var unresolvedNames = new HashSet<String>();
        for (String export : RawRecords.COMMIT_EXPORTS) {
            CommitExport.read(raw, export, c -> {
                String person = aliases.personOfEmail(c.authorEmail());
                if (person != null) {
                    namesByPerson.computeIfAbsent(person, p -> new HashSet<>()).add(c.authorName());
                    resolvedEmails.add(c.authorEmail().toLowerCase(Locale.ROOT));
                    commitsByPerson.merge(person, 1, Integer::sum);
                } else {
                    unresolvedNames.add(c.authorName());
                }
            });
        }
        assertThat(namesByPerson)
                .isEqualTo(Map.of(
                        "seth",
                                Set.of(
                                        "Seth Michael Larson",
                                        "Seth M. Larson",
                                        "SethMichaelLarson",
                                        "sethmlarson",
                                        "Seth Larson",
                                        "lars4839"),
                        "mike", Set.of("Mike Fiedler"),
                        "samuel", Set.of("Samuel Giddins", "Samuel E. Giddins")));
        assertThat(commitsByPerson).isEqualTo(Map.of("seth", 704, "mike", 862, "samuel", 2326));
        assertThat(resolvedEmails).isEqualTo(aliases.personByEmail().keySet());
        assertThat(unresolvedNames)
                .as("no alias name commits under an unlisted email")
                .doesNotContainAnyElementsOf(aliases.personByName().keySet());
        assertThat(unresolvedNames)
                .as("the look-alikes exist in the data")
                .contains(
                        "Seth Woodworth",
                        "Lars Haugseth",
                        "Hemant Kumar",
                        "Mike Dalessio",
                        "Samuel Cochran",
                        "Erik Michaels-Ober");
    }
}
