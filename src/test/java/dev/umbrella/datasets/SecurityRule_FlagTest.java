package dev.umbrella.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityRule_FlagTest {
    @Test
    void advisoryIdsAndSecurityWordsAreFlagged() {
        for (String subject : new String[] {
            "Add advisory for CVE-2024-4030", "Update OSV records from CVE", "Import recent CVEs", "Merge pull request from GHSA-c943-3cj2-g448", "Withdraw PYSEC-2021-125",
            "Fixed commit SHAs for PSF-2023-9", "Add note about Security policy", "Use secure cookies", "Default to disallowing insecurely hosted files",
            "Fix vulnerable regex", "add some numpy vulnerabilities", "feat(admin): close out sibling malware reports",
            "Add 'cipherbcrypt' malicious package", "Blog: Phishing attacks", "Fix MFA management link", "Enforce 2FA for uploads",
            "Invalidate Two Factor state", "Blog: Securing PyPI accounts with Two-Factor Authentication", "reject TOTP codes",
            "Use the generic WebAuthn base exception", "fix: disallow TP uploads to quarantined projects", "docs: Trusted Publishing links",
            "Add trusted publisher release workflow", "docs/trusted-publishers: fixes", "Add ActiveState to attestations docs",
            "requirements: bump sigstore", "kill xss bug", "Exempt XMLRPC from CSRF", "tests for test_gem_security_signer", "add mfa_level",
            "Guard against SSRF attacks in link verification (#5076)", "Enable HSTS for subdomains (#5295)",
            "Set Cross-Origin-Opener-Policy: same-origin (#4910)", "Update Content-Security-Policy header (#2452)",
            "Trusted publishing: prevent OIDC credential re-use", "fix: check for macaroon ownership prior to delete",
            "blog: PyPI 2nd Audit (#19880)", "attestations: allow upload of SLSA provenances", "PEP 770: SBOM files",
            "Add an admin UI to burn leaked recovery codes", "Add password breach controller", "Fix admin login with same-site: strict cookies"}) {
            assertThat(SecurityRule.isSecurity(subject, false)).as(subject).isTrue();
        }
    }

    @Test
    void namesThatOnlyContainASecurityWordAreNot() {
        for (String subject : new String[] {
            "Fix SecureTransport on macOS 10.15", "Use SecureRandom for tokens", "[StepSecurity] ci: Harden GitHub Actions",
            "Merge pull request #6411 from step-security-bot/stepsecurity_remediation_1677479390",
            "Bump advanced-security/filter-sarif from 1.0.1 to 1.1", "Document non-security releases", "Add InsecureRequestWarning docs",
            "Rename twofold helper", "Add cvesearch link", "Fix OSVersion check", "Switch to defining `get_password`",
            "Use env var to configure api key on push", "refactor: allow injection of corpus", "Harden test against os.sep differences",
            "Fix SSL tests on macOS", "Add an environment containing the secret token", "Crossorigin attribute", "Samesies", "Update trustedhost parsing", "Fix typo", "Attest nothing", "Sigstoreish"}) {
            assertThat(SecurityRule.isSecurity(subject, false)).as(subject).isFalse();
        }
    }

    @Test
    void botDependencyBumpsAreNotSecurityWorkButPeoplesAre() {
        assertThat(SecurityRule.isSecurity("[Security] Bump jquery from 3.4.0 to 3.5.0 (#7871)", true)).isFalse();
        assertThat(SecurityRule.isSecurity("chore(deps): bump sigstore from 4.1.0 to 4.2.0 (#19398)", true)).isFalse();
        assertThat(SecurityRule.isSecurity("Update webauthn from 0.4.7 to 1.0.0", true)).isFalse();
        assertThat(SecurityRule.isSecurity("[Security] Bump jquery from 3.4.0 to 3.5.0 (#7871)", false)).isTrue();
        assertThat(SecurityRule.isSecurity("chore(deps): bump sigstore from 4.1.0 to 4.2.0 (#19398)", false)).isTrue();
        assertThat(SecurityRule.isSecurity("[StepSecurity] Apply security best practices", true)).as("a bot's non-bump change").isTrue();
    }

    /** The stem shortcut must never change an answer: compare with the regex alone on every real subject. */
    @Test
    void shortcutAgreesWithTheRegexOnEveryRealSubject() {
        var raw = RealBuild.raw();
        int[] flagged = {0};
        for (String export : RawRecords.COMMIT_EXPORTS) {
            CommitExport.read(raw, export, c -> {
                boolean regexAlone = SecurityRule.SECURITY.matcher(c.subject()).find();
                assertThat(SecurityRule.isSecurity(c.subject(), false)).as(c.subject()).isEqualTo(regexAlone);
                flagged[0] += regexAlone ? 1 : 0;
            });
        }
        assertThat(flagged[0]).isGreaterThan(2000);
    }
}
