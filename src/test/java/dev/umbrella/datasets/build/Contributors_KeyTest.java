package dev.umbrella.datasets.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Contributors_KeyTest {
    private static final Aliases ALIASES = Aliases.parse(
            "aliases.csv", "kind,value,person_id,evidence,source\nemail,seth@example.org,seth,e,s\n", Set.of("seth"));

    @Test
    void keyIsSaltedSha256OfTheLowerCasedEmailAndStable() throws Exception {
        var contributors = new Contributors(ALIASES);
        assertThat(contributors.idOf("someone@x.org"))
                .isEqualTo(DatasetBuild_FixtureTest.key("someone@x.org"))
                .matches("c-[0-9a-f]{12}");
        assertThat(new Contributors(ALIASES).idOf("someone@x.org"))
                .as("same key in another build")
                .isEqualTo(contributors.idOf("someone@x.org"));
        assertThat(contributors.idOf("someone@x.org")).isNotEqualTo(contributors.idOf("someone@x.com"));
        assertThat(contributors.idOf("someone@x.org")).doesNotContain("someone");
    }

    @Test
    void listedEmailsResolveToTheirPerson() {
        var contributors = new Contributors(ALIASES);
        assertThat(contributors.idOf("seth@example.org")).isEqualTo("seth");
        assertThat(contributors.keys()).isEmpty();
    }

    @Test
    void collisionsAreDetected() {
        assertThatThrownBy(() -> Contributors.checkNoCollisions(
                        List.of(Map.of("a@x", "c-000000000000"), Map.of("b@x", "c-000000000000"))))
                .hasMessageContaining("collision");
    }
}
