package dev.umbrella.datasets.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A small synthetic raw directory with the layout of {@code ../shared/raw} (every commit export,
 * the three advisory sources, a report), and the curated fixture files of
 * {@code src/test/resources/.../fixture/curated}, so builds can be tested without the real records.
 * Planted: engineers, a look-alike, a bot bump, a merge, co-authors, an odd UTC offset.
 */
final class RawFixture {
    static final String WAREHOUSE = "git/pypi__warehouse.commits.tsv.gz";
    static final String HEADER = String.join("\t", CommitExport.COLUMNS);
    static final List<String> WAREHOUSE_ROWS = List.of(
            row(
                    1,
                    "Seth Fixture",
                    "seth@example.org",
                    "2023-07-13T09:25:42-05:00",
                    1,
                    3,
                    10,
                    2,
                    "Add advisory for CVE-2023-1234",
                    "Mike@Example.org;someone@x.org;seth@example.org"),
            row(
                    2,
                    "Mike Fixture",
                    "mike@example.org",
                    "2024-01-01T00:30:00+01:00",
                    1,
                    1,
                    5,
                    0,
                    "feat: quarantine projects",
                    ""),
            row(
                    3,
                    "Seth Fixture",
                    "SETH.FIXTURE@ELSEWHERE.IO",
                    "2023-01-02T03:04:05+13:45",
                    1,
                    2,
                    1,
                    1,
                    "Use SecureTransport on macOS",
                    ""),
            row(
                    4,
                    "dependabot[bot]",
                    "49699333+dependabot[bot]@users.noreply.github.com",
                    "2024-02-03T04:05:06+00:00",
                    1,
                    1,
                    2,
                    2,
                    "Bump sigstore from 1.0 to 2.0",
                    ""),
            row(
                    5,
                    "Samuel Fixture",
                    "samuel@example.org",
                    "2022-05-06T07:08:09-07:00",
                    2,
                    0,
                    0,
                    0,
                    "Merge pull request #1 from x/step-security-bot",
                    ""));

    /** Commits in a fixture build: the warehouse rows plus one per other export. */
    static final int COMMITS = WAREHOUSE_ROWS.size() + RawRecords.COMMIT_EXPORTS.size() - 1;

    private RawFixture() {}

    static String sha(int n) {
        return String.format(Locale.ROOT, "%040x", n);
    }

    static String row(
            int n,
            String name,
            String email,
            String date,
            int parents,
            int files,
            int added,
            int deleted,
            String subject,
            String coAuthors) {
        return String.join(
                "\t",
                sha(n),
                name,
                email,
                date,
                date,
                Integer.toString(parents),
                parents > 1 ? "1" : "0",
                Integer.toString(files),
                Integer.toString(added),
                Integer.toString(deleted),
                subject,
                coAuthors,
                "0");
    }

    /** Writes the fixture raw directory into {@code raw} and returns it. */
    static Path write(Path raw) {
        int n = 100;
        for (String export : RawRecords.COMMIT_EXPORTS) {
            List<String> rows = export.equals(WAREHOUSE)
                    ? WAREHOUSE_ROWS
                    : List.of(row(
                            n++,
                            "Contributor " + n,
                            "c" + n + "@example.net",
                            "2021-01-0" + (n % 9 + 1) + "T12:00:00+02:00",
                            1,
                            1,
                            1,
                            0,
                            "Fix typo",
                            ""));
            writeExport(raw, export, rows);
        }
        writePsf(raw);
        writeTar(
                raw.resolve(AdvisoryArchives.PYPA_ARCHIVE),
                Map.of(
                        "vulns/gratient/PYSEC-2024-1.yaml",
                                String.join(
                                        "\n",
                                        "id: PYSEC-2024-1",
                                        "modified: 2024-01-03T22:31:36Z",
                                        "summary: gratient 0.5 contains credential harvesting code",
                                        "details: |",
                                        "  Version 0.5 contained obfuscated, malicious code.",
                                        "affected:",
                                        "- package:",
                                        "    ecosystem: PyPI",
                                        "    name: gratient",
                                        "  versions:",
                                        "  - \"0.5\"",
                                        "credits:",
                                        "- name: Mike Fixture",
                                        "  type: ANALYST",
                                        ""),
                        "vulns/oldpkg/PYSEC-2021-9.yaml",
                                String.join(
                                        "\n",
                                        "id: PYSEC-2021-9",
                                        "published: '2021-07-30T22:15:00Z'",
                                        "modified: \"2021-09-26T23:32:08.989778Z\"",
                                        "withdrawn: '2023-11-08T00:54:24Z'",
                                        "aliases:",
                                        "- CVE-2021-32807",
                                        "- GHSA-qcx9-j53g-ccgf",
                                        "severity:",
                                        "- type: CVSS_V3",
                                        "  score: CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N",
                                        "affected:",
                                        "- package:",
                                        "    name: oldpkg",
                                        "    ecosystem: PyPI",
                                        "")));
        writeTar(
                raw.resolve(AdvisoryArchives.RUBYSEC_ARCHIVE),
                Map.of(
                        "gems/redcloth/CVE-2012-6684.yml",
                                String.join(
                                        "\n",
                                        "---",
                                        "gem: RedCloth",
                                        "cve: 2012-6684",
                                        "ghsa: r23g-3qw4-gfh2",
                                        "date: 2012-02-29",
                                        "description: |",
                                        "  Cross-site scripting.",
                                        "cvss_v2: 4.3",
                                        "cvss_v3: 6.1",
                                        ""),
                        "rubies/ruby/OSVDB-1234.yml",
                                String.join(
                                        "\n",
                                        "---",
                                        "engine: ruby",
                                        "osvdb: 1234",
                                        "date: 2008-06-20",
                                        "title: old ruby bug",
                                        "")));
        write(
                raw.resolve("reports/fixture/post.md"),
                String.join(
                        "\n",
                        "# A year of PyPI",
                        "",
                        "We processed more than 2,000 malware reports, and ~66% of all reports were handled within 4 hours.",
                        "From upload to quarantine (total exposure time: 2h 32m).",
                        ""));
        return raw;
    }

    /** Copies the curated fixture files into {@code dir} and returns it. */
    static Path curated(Path dir) {
        for (String name : List.of(
                "aliases.csv",
                "people.csv",
                "periods.csv",
                "funding.csv",
                "assumptions.csv",
                "reported_metrics.csv",
                "reported_metrics_vocabulary.csv",
                "output_kinds.csv",
                "outputs_curated.csv",
                "security_labels.csv")) {
            try (var in = RawFixture.class.getResourceAsStream("/dev/umbrella/datasets/fixture/curated/" + name)) {
                write(dir.resolve(name), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    static void writeExport(Path raw, String export, List<String> rows) {
        var text = new StringBuilder(HEADER).append('\n');
        rows.forEach(r -> text.append(r).append('\n'));
        var bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(raw.resolve(export), bytes.toByteArray());
    }

    private static void writePsf(Path raw) {
        Path dir = raw.resolve(AdvisoryArchives.PSF_DIR);
        write(
                dir.resolve("PSF-2023-8.json"),
                "{\n  \"id\": \"PSF-2023-8\",\n  \"published\": \"2023-08-24T00:00:00Z\",\n"
                        + "  \"modified\": \"2023-08-28T16:57:11Z\",\n  \"aliases\": [\"CVE-2023-40217\"],\n"
                        + "  \"affected\": [{\"ranges\": [{\"type\": \"GIT\", \"repo\": \"https://github.com/python/cpython\"}]}],\n"
                        + "  \"credits\": [{\"name\": \"Aapo Oksman\", \"type\": \"FINDER\"}, {\"name\": \"Seth Fixture\", \"type\": \"COORDINATOR\"}]\n}\n");
        write(
                dir.resolve("PSF-2007-1.json"),
                "{\"id\": \"PSF-2007-1\", \"published\": \"2007-09-18T22:00:00+02:00\","
                        + " \"modified\": \"2018-10-15T20:57:01Z\", \"aliases\": [\"CVE-2007-4965\"]}\n");
    }

    private static void writeTar(Path file, Map<String, String> members) {
        var bytes = new ByteArrayOutputStream();
        try (var tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
            for (var member : new TreeMap<>(members).entrySet()) {
                byte[] content = member.getValue().getBytes(StandardCharsets.UTF_8);
                var entry = new TarArchiveEntry(member.getKey());
                entry.setSize(content.length);
                tar.putArchiveEntry(entry);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(file, bytes.toByteArray());
    }

    static void write(Path file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path file) {
        return new ArrayList<>(List.of(read(file).split("\n")));
    }
}
