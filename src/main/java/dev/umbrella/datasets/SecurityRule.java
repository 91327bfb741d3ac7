package dev.umbrella.datasets;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documented rule that flags a commit as security work, from its subject line alone
 * (case-insensitive). A subject is security-related when it contains
 * <ul>
 *   <li>an advisory id: {@code CVE-YYYY-N}, {@code GHSA-xxxx-xxxx-xxxx}, {@code PYSEC-YYYY-N},
 *       {@code PSF-YYYY-N};</li>
 *   <li>or one of these words: CVE(s), OSV, security, secure, securely, securing, insecure(ly), vulnerab…,
 *       malware, malicious, phishing, typosquat…, exploit(s), attack(s), breach(ed), 2FA, MFA, two-factor,
 *       TOTP, WebAuthn, U2F, recovery code(s), quarantin…, trusted publish… (incl. "trusted publisher(s)",
 *       "trusted-publishing"), OIDC, JWT(s), JWKS, macaroon(s), attestation(s), provenance, sigstore, SLSA,
 *       SBOM, supply chain, TUF, audit(s/ing), XSS, CSRF, XSRF, SSRF, ReDoS, denial of service, CSP,
 *       Content-Security-Policy, HSTS, SameSite, cross-origin.</li>
 * </ul>
 * Left out on purpose, because in these repositories they mostly name ordinary features or other
 * things: password(s), credential(s), API key/token, secret(s) (pip's keyring prompts, RubyGems'
 * push options, CI settings), injection (dependency injection), harden (tests), TLS/SSL and
 * certificates (urllib3's and pip's everyday HTTP client work).
 * A word counts only when it is not glued to letters or digits on either side and not preceded by a
 * hyphen. That keeps {@code SecureTransport} (urllib3's macOS TLS backend), {@code SecureRandom},
 * {@code StepSecurity}, branch names such as {@code step-security-bot/…} or action names such as
 * {@code advanced-security/filter-sarif}, and "non-security" out, while {@code test_gem_security} or
 * {@code mfa_level} (underscores) still count.
 *
 * <p>The rule reads subjects only. Work in the advisory databases (psf/advisory-database,
 * pypa/advisory-database, rubysec/ruby-advisory-db) is security work whatever its subject says;
 * select it with the {@code repo} column rather than by this flag.
 *
 * <p>Automated dependency bumps are never security work: a bot commit whose subject starts with
 * "bump", "update" or "upgrade" (after an optional {@code [Security]} label or a conventional-commit
 * prefix like {@code chore(deps):}) is not flagged, even when the dependency is called
 * {@code sigstore} or {@code webauthn} or Dependabot labels it {@code [Security]}. Such rows
 * measure a tool's schedule, not anyone's security work; they stay in the data with {@code bot=true}.
 * A person's "bump sigstore" is still flagged: choosing to update a security dependency is work.
 */
final class SecurityRule {
    static final Pattern SECURITY = Pattern.compile(
            "cve-\\d{4}-\\d{4,}"
                    + "|ghsa(?:-[23456789cfghjmpqrvwx]{4}){3}"
                    + "|pysec-\\d{4}-\\d+"
                    + "|psf-\\d{4}-\\d+"
                    + "|(?<![a-z0-9-])(?:cves?|osv|securit(?:y|ies)|secure|securely|securing|insecure(?:ly)?|vulnerab[a-z]*"
                    + "|malware|malicious|phishing|2fa|mfa|two[- ]factor|totp|webauthn|quarantin[a-z]*"
                    + "|trusted[- ]publish[a-z]*|attestations?|sigstore|xss|csrf|xsrf|ssrf|hsts|csp|content[- ]security[- ]policy"
                    + "|oidc|jwts?|jwks|macaroons?|audit(?:s|ing)?|provenance|slsa|sbom|supply[- ]chain|tuf|exploits?|attacks?"
                    + "|redos|denial[- ]of[- ]service|typosquat[a-z]*|breach(?:ed|es)?|recovery[- ]codes?|u2f|same[- ]?site"
                    + "|cross[- ]origin)(?![a-z0-9])",
            Pattern.CASE_INSENSITIVE);

    static final Pattern DEPENDENCY_BUMP = Pattern.compile(
            "^\\s*(?:\\[security\\]\\s*)?(?:[a-z]+(?:\\([^)]*\\))?!?:\\s*)?(?:bump|update|upgrade)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Every match of {@link #SECURITY} starts with one of these lower-case stems: an advisory id stem
     * anywhere, a word stem only where a word may start (not after a letter, digit or hyphen, as the
     * regex requires). So instead of letting the regex try its long alternation at every position,
     * {@link #isSecurity} runs it only where a stem starts (the build does this 89,000 times; most
     * subjects have no such position). {@code SecurityRule_FlagTest} checks on every real subject
     * that the answer equals a plain {@code find()}.
     */
    private static final String[] ID_STEMS = {"cve-", "ghsa-", "pysec-", "psf-"};
    private static final String[] WORD_STEMS = {"cve", "osv", "secur", "insecur", "vulnerab", "malware", "malicious",
        "phishing", "2fa", "mfa", "two", "totp", "webauthn", "quarantin", "trusted", "attestation", "sigstore", "xss", "csrf",
        "xsrf", "ssrf", "hsts", "csp", "content", "oidc", "jw", "macaroon", "audit", "provenance", "slsa", "sbom", "supply",
        "tuf", "exploit", "attack", "redos", "denial", "typosquat", "breach", "recovery", "u2f", "same", "cross"};
    private static final String[][] IDS_BY_FIRST = byFirst(ID_STEMS);
    private static final String[][] WORDS_BY_FIRST = byFirst(WORD_STEMS);

    private SecurityRule() {}

    static boolean isSecurity(String subject, boolean bot) {
        if (!mentionsSecurity(subject)) {
            return false;
        }
        return !(bot && DEPENDENCY_BUMP.matcher(subject).find());
    }

    /** Same answer as {@code SECURITY.matcher(subject).find()}, trying the regex only where a stem starts. */
    static boolean mentionsSecurity(String subject) {
        boolean wordStart = true;
        Matcher matcher = null;
        for (int i = 0; i < subject.length(); i++) {
            char c = subject.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower < 128 && (startsWithStem(subject, i, IDS_BY_FIRST[lower])
                    || wordStart && startsWithStem(subject, i, WORDS_BY_FIRST[lower]))) {
                if (matcher == null) {
                    matcher = SECURITY.matcher(subject).useTransparentBounds(true).useAnchoringBounds(false);
                }
                if (matcher.region(i, subject.length()).lookingAt()) {
                    return true;
                }
            }
            wordStart = !(lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9' || lower == '-');
        }
        return false;
    }

    private static boolean startsWithStem(String subject, int at, String[] stems) {
        if (stems != null) {
            for (String stem : stems) {
                if (subject.regionMatches(true, at, stem, 0, stem.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String[][] byFirst(String[] stems) {
        var table = new String[128][];
        for (String stem : stems) {
            char first = stem.charAt(0);
            String[] old = table[first] == null ? new String[0] : table[first];
            String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = stem;
            table[first] = grown;
        }
        return table;
    }
}
