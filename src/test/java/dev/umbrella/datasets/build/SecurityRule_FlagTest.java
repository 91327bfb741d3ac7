package dev.umbrella.datasets.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityRule_FlagTest {
    @Test
    void advisoryIdsAndSecurityWordsAreFlagged() {
        for (String subject : new String[] {
            "Add advisory for CVE-2024-4030",
            "Update OSV records from CVE",
            "Import recent CVEs",
            "Merge pull request from GHSA-c943-3cj2-g448",
            "Withdraw PYSEC-2021-125",
            "Fixed commit SHAs for PSF-2023-9",
            "Add note about Security policy",
            "Use secure cookies",
            "Default to disallowing insecurely hosted files",
            "Fix vulnerable regex",
            "add some numpy vulnerabilities",
            "feat(admin): close out sibling malware reports",
            "Add 'cipherbcrypt' malicious package",
            "Blog: Phishing attacks",
            "Fix MFA management link",
            "Enforce 2FA for uploads",
            "Invalidate Two Factor state",
            "Blog: Securing PyPI accounts with Two-Factor Authentication",
            "reject TOTP codes",
            "Use the generic WebAuthn base exception",
            "fix: disallow TP uploads to quarantined projects",
            "docs: Trusted Publishing links",
            "Add trusted publisher release workflow",
            "docs/trusted-publishers: fixes",
            "Add ActiveState to attestations docs",
            "requirements: bump sigstore for attestation verification",
            "kill xss bug",
            "Exempt XMLRPC from CSRF",
            "tests for test_gem_security_signer",
            "add mfa_level",
            "Guard against SSRF attacks in link verification (#5076)",
            "Enable HSTS for subdomains (#5295)",
            "Set Cross-Origin-Opener-Policy: same-origin (#4910)",
            "Update Content-Security-Policy header (#2452)",
            "Trusted publishing: prevent OIDC credential re-use",
            "fix: check for macaroon ownership prior to delete",
            "blog: PyPI 2nd Audit (#19880)",
            "attestations: allow upload of SLSA provenances",
            "PEP 770: SBOM files",
            "Add an admin UI to burn leaked recovery codes",
            "Add password breach controller",
            "Fix admin login with same-site: strict cookies"
        }) {
            assertThat(SecurityRule.isSecurity(subject, false)).as(subject).isTrue();
        }
    }

    @Test
    void namesThatOnlyContainASecurityWordAreNot() {
        for (String subject : new String[] {
            "Fix SecureTransport on macOS 10.15",
            "Use SecureRandom for tokens",
            "[StepSecurity] ci: Harden GitHub Actions",
            "Merge pull request #6411 from step-security-bot/stepsecurity_remediation_1677479390",
            "Bump advanced-security/filter-sarif from 1.0.1 to 1.1",
            "Document non-security releases",
            "Add InsecureRequestWarning docs",
            "Rename twofold helper",
            "Add cvesearch link",
            "Fix OSVersion check",
            "Switch to defining `get_password`",
            "Use env var to configure api key on push",
            "refactor: allow injection of corpus",
            "Harden test against os.sep differences",
            "Fix SSL tests on macOS",
            "Add an environment containing the secret token",
            "Crossorigin attribute",
            "Samesies",
            "Update trustedhost parsing",
            "Fix typo",
            "Attest nothing",
            "Sigstoreish"
        }) {
            assertThat(SecurityRule.isSecurity(subject, false)).as(subject).isFalse();
        }
    }

    @Test
    void dependencyBumpsAreNotSecurityWorkUnlessTheSubjectGivesASecurityReason() {
        assertThat(SecurityRule.isSecurity("[Security] Bump jquery from 3.4.0 to 3.5.0 (#7871)", true))
                .isFalse();
        assertThat(SecurityRule.isSecurity("chore(deps): bump sigstore from 4.1.0 to 4.2.0 (#19398)", true))
                .isFalse();
        assertThat(SecurityRule.isSecurity("Update webauthn from 0.4.7 to 1.0.0", true))
                .isFalse();
        assertThat(SecurityRule.isSecurity("[StepSecurity] Apply security best practices", true))
                .as("a bot's non-bump change")
                .isTrue();
        // A person's bump that names only a security library or tool: the labels call it maintenance (v1 flagged it).
        for (String subject : new String[] {
            "chore(deps): bump sigstore from 4.1.0 to 4.2.0 (#19398)",
            "Upgrade to sigstore 4.0.0 (#289)",
            "Update sigstore requirement",
            "Pin webauthn<1.0.0 (#10221)",
            "Upgrade webauthn (#10482)",
            "requirements: bump sigstore, pypi-attestations (#16683)",
            "Bump rfc3161-client (and sigstore and tuf)",
            "mnt: Bump riff, zizmor, and mypy pre-commit hooks (#14041)"
        }) {
            assertThat(SecurityRule.isSecurity(subject, false)).as(subject).isFalse();
            assertThat(SecurityRule.V1.isSecurity(subject, false)
                            || subject.contains("zizmor")
                            || subject.startsWith("Pin"))
                    .as("v1 flagged " + subject)
                    .isTrue();
        }
        // ... but a reason, or a security word that is not a library's name, still counts.
        for (String subject : new String[] {
            "[Security] Bump jquery from 3.4.0 to 3.5.0 (#7871)",
            "Update urllib3 to 1.26.4 to fix CVE-2021-28363",
            "Update 2FA help text to address user test feedback (#6182)",
            "Update PYSEC-2021-63.yaml",
            "Upgrade dependencies with vulnerabilities",
            "Update Content-Security-Policy header (#2452)",
            "Update OSV records from CVE"
        }) {
            assertThat(SecurityRule.isSecurity(subject, false)).as(subject).isTrue();
        }
    }

    /** Families the blind labels showed the first rule missing (SecurityRule's class comment gives the counts). */
    @Test
    void familiesTheFirstRuleMissedAreFlagged() {
        for (String subject : new String[] {
            "Add redcarpet Ruby Gem advisory",
            "GHSA SYNC: 1 brand new advisory",
            "Advisories: 2 new and 1 modified/renamed",
            "add advisories from manual triage (#67)",
            "Adding OSVDB-89327",
            "Update vuln ranges for pyspark (#28)",
            "Added activesupport DOS vuln",
            "Upload Windows SBOMs to python.org (#117)",
            "Store provenances per file",
            "Add zizmor lint job",
            "Create scorecard.yml",
            "Add ossf/scorecards",
            "PEP 770: Add canonical specification (#4418)",
            "PEP 761: Deprecating PGP signatures for CPython artifacts (#4027)",
            "PEP458: Add minimal RSTUF service configuration (#15241)",
            "Revert PEP 740 persistence (#16623)",
            "Update PEP-0476 text",
            "fix: use correct constraint on Observations (#15235)",
            "feat: add Observers and Observations models (#14834)",
            "Prevent path traversal when installing wheels directly",
            "Directory traversal vulns for minitar",
            "feat(admin): add button for dependency confusion (#15357)",
            "Fix ZIP bomb threshold too low (#13967)",
            "fix: close verified-URL open-redirect chain (#20035)",
            "Import self version check eagerly in install command to fix RCE (#13085)"
        }) {
            assertThat(SecurityRule.isSecurity(subject, false)).as(subject).isTrue();
            assertThat(SecurityRule.V1.isSecurity(subject, false))
                    .as("v1: " + subject)
                    .isFalse();
        }
        for (String subject : new String[] {
            "fix: isolate advisory lock from other flush operations to prevent deadlocks (#19684)",
            "PEP 8: fix typo",
            "PEP 7400: draft",
            "Add PEP 4580 number",
            "Switch Users to use partial traversal",
            "TIL: Traversal isn't guaranteed in Pyramid (#3728)",
            "revert vulnfeeds version",
            "Add OSVDB link",
            "openness",
            "Open the zip file lazily",
            "request smuggler class rename"
        }) {
            assertThat(SecurityRule.isSecurity(subject, false)).as(subject).isFalse();
        }
    }

    /** The stem shortcut must never change an answer: compare with the regex alone on every real subject, both rules. */
    @Test
    void shortcutAgreesWithTheRegexOnEveryRealSubject() {
        var raw = RealBuild.raw();
        int[] flagged = {0, 0};
        for (String export : RawRecords.COMMIT_EXPORTS) {
            CommitExport.read(raw, export, c -> {
                boolean regexAlone = SecurityRule.SECURITY.matcher(c.subject()).find();
                assertThat(SecurityRule.mentionsSecurity(c.subject()))
                        .as(c.subject())
                        .isEqualTo(regexAlone);
                boolean v1Alone = SecurityRule.V1.SECURITY.matcher(c.subject()).find();
                assertThat(SecurityRule.V1.mentionsSecurity(c.subject()))
                        .as("v1: " + c.subject())
                        .isEqualTo(v1Alone);
                // flags() looks for v1 only where the current rule mentions security: v1's words are a subset
                assertThat(!v1Alone || regexAlone)
                        .as("v1 word the current rule lacks: " + c.subject())
                        .isTrue();
                var both = SecurityRule.flags(c.subject(), false);
                assertThat(both.v1()).as(c.subject()).isEqualTo(SecurityRule.V1.isSecurity(c.subject(), false));
                assertThat(both.current()).as(c.subject()).isEqualTo(SecurityRule.isSecurity(c.subject(), false));
                flagged[0] += regexAlone ? 1 : 0;
                flagged[1] += v1Alone ? 1 : 0;
            });
        }
        assertThat(flagged[1]).isGreaterThan(2000);
        assertThat(flagged[0]).isGreaterThan(flagged[1]);
    }

    /** The frozen first rule keeps its answers: the label sample's strata are its flags. */
    @Test
    void theFirstRuleIsFrozen() {
        assertThat(SecurityRule.V1.isSecurity("requirements: bump sigstore", false))
                .isTrue();
        assertThat(SecurityRule.V1.isSecurity("chore(deps): bump sigstore from 4.1.0 to 4.2.0 (#19398)", true))
                .isFalse();
        assertThat(SecurityRule.V1.isSecurity("Upload Windows SBOMs to python.org (#117)", false))
                .isFalse();
        assertThat(SecurityRule.V1.isSecurity("PEP 8: fix typo", false)).isFalse();
        assertThat(SecurityRule.V1.isSecurity("Add Observers and Observations models", false))
                .isFalse();
        assertThat(SecurityRule.V1.isSecurity("Withdraw PYSEC-2021-125", false)).isTrue();
    }
}
