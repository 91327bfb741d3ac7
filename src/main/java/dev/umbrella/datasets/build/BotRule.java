package dev.umbrella.datasets.build;

import java.util.Locale;
import java.util.Set;

/**
 * Which commit authors are automation, not people. A commit is a bot commit when its author
 * <ol>
 *   <li>has {@code [bot]} in the name or email (GitHub App accounts: {@code dependabot[bot]},
 *       {@code pre-commit-ci[bot]}, {@code github-actions[bot]}, {@code pypi-combine-prs[bot]} …);</li>
 *   <li>has a name whose last word is {@code bot} or {@code (bot)} ({@code pyup.io bot},
 *       {@code The Bundler Bot}, {@code StepSecurity Bot}, {@code Weblate (bot)}) — whole word only, so
 *       people such as "toby cabot" or anyone at {@code thoughtbot.com} are not bots;</li>
 *   <li>or uses one of the {@link #KNOWN_EMAILS known automation emails} below, found by reviewing the
 *       author list of the exported repositories (merge bots Homu and Bundlerbot, GitHub Actions,
 *       OSV's importer {@code infra@osv.dev}, Weblate, requires.io, and GitHub's Copilot coding agent).</li>
 * </ol>
 * Bot commits keep their row in {@code commits.csv}; the {@code bot} column lets the analysis drop them.
 */
final class BotRule {
    static final Set<String> KNOWN_EMAILS = Set.of(
            "github-actions@github.com",
            "infra@osv.dev",
            "bot@bundler.io",
            "homu@barosl.com",
            "hosted@weblate.org",
            "noreply@weblate.org",
            "support@dependabot.com",
            "support@requires.io",
            "github-bot@pyup.io",
            "198982749+copilot@users.noreply.github.com");

    private BotRule() {}

    /** @param lowerEmail the author email, lower-cased and stripped */
    static boolean isBot(String name, String lowerEmail) {
        if (lowerEmail.contains("[bot]") || KNOWN_EMAILS.contains(lowerEmail)) {
            return true;
        }
        String lowerName = name.toLowerCase(Locale.ROOT).strip();
        if (lowerName.contains("[bot]")) {
            return true;
        }
        return lowerName.endsWith(" bot") || lowerName.endsWith(" (bot)");
    }
}
