package dev.umbrella.datasets.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.datasets.Dataset;
import dev.umbrella.datasets.Input;
import dev.umbrella.datasets.Manifest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetBuild_FixtureTest {
    @TempDir
    Path tmp;

    static String key(String email) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-256")
                .digest(("umbrella/contributor-key/v1:" + email).getBytes(StandardCharsets.UTF_8));
        return "c-" + HexFormat.of().formatHex(d).substring(0, 12);
    }

    private DatasetBuild.Result build() {
        var raw = RawFixture.write(tmp.resolve("raw"));
        var curated = RawFixture.curated(tmp.resolve("curated"));
        return DatasetBuild.run(BuildOptions.DEFAULT
                .withRawDir(raw)
                .withOutDir(tmp.resolve("project/datasets"))
                .withCuratedDir(curated));
    }

    @Test
    void commitsResolveEngineersKeyOthersAndFlagSecurityAndBots() throws Exception {
        var result = build();
        var lines = RawFixture.lines(result.dir().resolve("commits.csv"));
        assertThat(lines.get(0)).isEqualTo(String.join(",", Dataset.COMMITS.header()));
        assertThat(lines)
                .filteredOn(l -> l.startsWith("pypi/warehouse,"))
                .containsExactly(
                        "pypi/warehouse," + RawFixture.sha(5)
                                + ",samuel,,2022-05-06T14:08:09Z,-420,true,0,0,0,false,false,false",
                        "pypi/warehouse," + RawFixture.sha(3) + "," + key("seth.fixture@elsewhere.io")
                                + ",,2023-01-01T13:19:05Z,825,false,2,1,1,false,false,false",
                        "pypi/warehouse," + RawFixture.sha(1) + ",seth,mike;" + key("someone@x.org")
                                + ",2023-07-13T14:25:42Z,-300,false,3,10,2,true,false,true",
                        "pypi/warehouse," + RawFixture.sha(2)
                                + ",mike,,2023-12-31T23:30:00Z,60,false,1,5,0,true,false,true",
                        "pypi/warehouse," + RawFixture.sha(4) + ","
                                + key("49699333+dependabot[bot]@users.noreply.github.com")
                                + ",,2024-02-03T04:05:06Z,0,false,1,2,2,false,true,false");
        assertThat(lines).hasSize(1 + 5 + RawRecords.COMMIT_EXPORTS.size() - 1);
        assertThat(result.notes())
                .singleElement()
                .asString()
                .contains("Seth Fixture")
                .contains("not attributed");
    }

    @Test
    void advisoriesFromAllThreeDatabases() {
        var lines = RawFixture.lines(build().dir().resolve("advisories.csv"));
        assertThat(lines)
                .containsExactly(
                        String.join(",", Dataset.ADVISORIES.header()),
                        "PSF-2007-1,psf,,CVE-2007-4965,2007-09-18,2018-10-15,,,",
                        "PSF-2023-8,psf,cpython,CVE-2023-40217,2023-08-24,2023-08-28,,,Aapo Oksman (FINDER);Seth Fixture (COORDINATOR)",
                        "PYSEC-2021-9,pypa,oldpkg,CVE-2021-32807;GHSA-qcx9-j53g-ccgf,2021-07-30,2021-09-26,2023-11-08,CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N,",
                        "PYSEC-2024-1,pypa,gratient,,,2024-01-03,,,Mike Fixture (ANALYST)",
                        "CVE-2012-6684,rubysec,RedCloth,GHSA-r23g-3qw4-gfh2,2012-02-29,,,cvss_v3:6.1;cvss_v2:4.3,",
                        "OSVDB-1234,rubysec,ruby,,2008-06-20,,,,");
    }

    @Test
    void reportedMetricsCiteTheLineOfEachQuote() {
        var lines = RawFixture.lines(build().dir().resolve("reported_metrics.csv"));
        assertThat(lines)
                .containsExactly(
                        String.join(",", Dataset.REPORTED_METRICS.header()),
                        "exposure_time,152,minutes,exact,2026-03-24,2026-03-24,pypi,reports/fixture/post.md,4,total exposure time: 2h 32m,https://example.org/post,2h 32m",
                        "malware_reports,2000,reports,at_least,2025-01-01,2025-12-31,pypi,reports/fixture/post.md,3,\"processed more than 2,000 malware reports\",https://example.org/post,\"2,000\"",
                        "share_within_4h,66,percent,about,2025-01-01,2025-12-31,pypi,reports/fixture/post.md,3,~66% of all reports,https://example.org/post,~66%");
    }

    @Test
    void curatedFilesAreCopiedSortedAndIdentitiesListTheAliases() {
        var dir = build().dir();
        assertThat(RawFixture.lines(dir.resolve("people.csv")))
                .extracting(l -> l.split(",")[0])
                .containsExactly("person_id", "mike", "samuel", "seth");
        assertThat(RawFixture.lines(dir.resolve("periods.csv")))
                .extracting(l -> l.substring(0, l.indexOf(',', l.indexOf(',') + 1)))
                .containsExactly("person_id,kind", "mike,funded", "seth,volunteer", "seth,funded");
        assertThat(RawFixture.lines(dir.resolve("identities.csv")))
                .hasSize(7)
                .contains(
                        "email,SAMUEL@example.org,samuel,test fixture: Samuel's address (upper case on purpose),fixture");
    }

    @Test
    void securityLabelsAreCopiedSortedByCommit() {
        var dir = build().dir();
        assertThat(RawFixture.lines(dir.resolve("security_labels.csv")))
                .containsExactly(
                        "item,repo,sha,label,reason",
                        "1,pypi/warehouse," + RawFixture.sha(1) + ",security,A: names an advisory id",
                        "2,pypi/warehouse," + RawFixture.sha(2) + ",security,F: quarantine",
                        "3,pypi/warehouse," + RawFixture.sha(3)
                                + ",not_security,\"section 2: TLS backend name, not a fix\"");
        assertThat(Manifest.read(dir).entries().get("security_labels.csv").inputs())
                .extracting(Input::text)
                .singleElement()
                .asString()
                .startsWith("curated:security_labels.csv sha256=");
    }

    @Test
    void manifestNamesEveryFileWithRowsChecksumCommandAndInputs() throws Exception {
        var dir = build().dir();
        var manifest = Manifest.read(dir);
        assertThat(manifest.entries().keySet())
                .containsExactly(
                        "advisories.csv",
                        "assumptions.csv",
                        "commits.csv",
                        "funding.csv",
                        "identities.csv",
                        "outputs.csv",
                        "people.csv",
                        "periods.csv",
                        "reported_metrics.csv",
                        "security_labels.csv");
        var commits = manifest.entries().get("commits.csv");
        assertThat(commits.rows()).isEqualTo(5 + RawRecords.COMMIT_EXPORTS.size() - 1);
        assertThat(commits.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256")
                                .digest(Files.readAllBytes(dir.resolve("commits.csv")))));
        assertThat(commits.command()).isEqualTo("umbrella datasets build");
        assertThat(commits.inputs())
                .extracting(Input::text)
                .anyMatch(t -> t.matches("raw:git/pypi__warehouse\\.commits\\.tsv\\.gz sha256-gzip=[0-9a-f]{64}"))
                .anyMatch(t -> t.startsWith("pypi/warehouse@" + RawFixture.sha(1) + " "))
                .anyMatch(t -> t.startsWith("curated:aliases.csv sha256="));
        assertThat(manifest.entries().get("reported_metrics.csv").inputs())
                .extracting(Input::text)
                .anyMatch(t -> t.matches("raw:reports/fixture/post\\.md sha256=[0-9a-f]{64}"));
    }
}
