package dev.umbrella.datasets.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BotRule_DetectTest {
    private static boolean bot(String name, String email) {
        return BotRule.isBot(name, email.toLowerCase(Locale.ROOT));
    }

    @Test
    void automationAccountsAreBots() {
        assertThat(bot("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com"))
                .isTrue();
        assertThat(bot("dependabot[bot]", "support@dependabot.com")).isTrue();
        assertThat(bot("pre-commit-ci[bot]", "66853113+pre-commit-ci[bot]@users.noreply.github.com"))
                .isTrue();
        assertThat(bot("pyup.io bot", "github-bot@pyup.io")).isTrue();
        assertThat(bot("The Bundler Bot", "bot@bundler.io")).isTrue();
        assertThat(bot("Bundlerbot", "bot@bundler.io")).isTrue();
        assertThat(bot("Homu", "homu@barosl.com")).isTrue();
        assertThat(bot("github-actions", "github-actions@github.com")).isTrue();
        assertThat(bot("Weblate (bot)", "hosted@weblate.org")).isTrue();
        assertThat(bot("StepSecurity Bot", "bot@stepsecurity.io")).isTrue();
        assertThat(bot("Copilot", "198982749+Copilot@users.noreply.github.com")).isTrue();
        assertThat(bot("OSV", "infra@osv.dev")).isTrue();
    }

    @Test
    void peopleWhoseNamesOrEmailsMerelyContainBotAreNot() {
        assertThat(bot("Nick Quaranto", "nick@thoughtbot.com")).isFalse();
        assertThat(bot("toby cabot", "toby@caboteria.org")).isFalse();
        assertThat(bot("Lorenzo Zabot", "lorenzozabot@gmail.com")).isFalse();
        assertThat(bot("Katherine", "31888611+katbot99@users.noreply.github.com"))
                .isFalse();
        assertThat(bot("James Hilton-Balfe", "gobot1234yt@gmail.com")).isFalse();
        assertThat(bot("Mike Fiedler", "miketheman@gmail.com")).isFalse();
    }
}
