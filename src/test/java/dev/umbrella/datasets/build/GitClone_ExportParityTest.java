package dev.umbrella.datasets.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.umbrella.datasets.Input;
import dev.umbrella.datasets.Manifest;
import dev.umbrella.env.Env;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --repo-clone} reads a clone the way {@code raw/scripts/export_commits.py} exports it: the
 * same commits with the same fields, on a small repository with a merge, a rename, a binary file,
 * co-authors and an unusual offset.
 */
class GitClone_ExportParityTest {
    @TempDir
    Path tmp;

    private static String git(Path dir, Map<String, String> env, String... args) throws Exception {
        var command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        var process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + out).isZero();
        return out;
    }

    private static Map<String, String> author(String name, String email, String date) {
        return Map.of(
                "GIT_AUTHOR_NAME",
                name,
                "GIT_AUTHOR_EMAIL",
                email,
                "GIT_AUTHOR_DATE",
                date,
                "GIT_COMMITTER_NAME",
                "Committer",
                "GIT_COMMITTER_EMAIL",
                "committer@example.org",
                "GIT_COMMITTER_DATE",
                date);
    }

    private Path repository() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("clone"));
        git(repo, Map.of(), "init", "-q", "-b", "main");
        git(repo, Map.of(), "config", "remote.origin.url", "https://github.com/example-owner/example-repo.git");
        Files.writeString(repo.resolve("a.txt"), "one\ntwo\n");
        Files.write(repo.resolve("logo.bin"), new byte[] {0, 1, 2, 0, 3});
        git(repo, Map.of(), "add", ".");
        git(
                repo,
                author("Seth Fixture", "seth@example.org", "2023-07-13T09:25:42-05:00"),
                "commit",
                "-q",
                "-m",
                "Add advisory for CVE-2023-1234\n\nBody text.\n\nCo-authored-by: Mike <Mike@Example.org>\nco-authored-by: someone@x.org");
        git(repo, Map.of(), "checkout", "-q", "-b", "side");
        git(repo, Map.of(), "mv", "a.txt", "b.txt");
        Files.writeString(repo.resolve("b.txt"), "one\ntwo\nthree\n");
        git(repo, Map.of(), "add", ".");
        git(
                repo,
                author("Mike Fixture", "mike@example.org", "2024-01-01T00:30:00+13:45"),
                "commit",
                "-q",
                "-m",
                "Rename\tand\textend");
        git(repo, Map.of(), "checkout", "-q", "main");
        Files.writeString(repo.resolve("c.txt"), "x\n");
        git(repo, Map.of(), "add", ".");
        git(
                repo,
                author("dependabot[bot]", "bot@example.org", "2024-02-01T00:00:00+00:00"),
                "commit",
                "-q",
                "-m",
                "Bump sigstore");
        git(
                repo,
                author("Samuel Fixture", "samuel@example.org", "2024-03-01T00:00:00-07:00"),
                "merge",
                "-q",
                "--no-ff",
                "side",
                "-m",
                "Merge side");
        return repo;
    }

    @Test
    void cloneReadsTheSameCommitsAsTheExportScript() throws Exception {
        Path script = Env.rawDir().resolve("scripts/export_commits.py");
        assumeTrue(Files.isRegularFile(script), "could not check: " + script + " not found (raw records absent)");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "could not check: /usr/bin/python3 missing");
        Path repo = repository();
        Path raw = Files.createDirectories(tmp.resolve("raw/git"));
        var python = new ProcessBuilder(
                        "/usr/bin/python3",
                        script.toString(),
                        repo.resolve(".git").toString(),
                        raw.resolve("example-owner__example-repo.commits.tsv.gz")
                                .toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor()).as(out).isZero();

        var exported = new ArrayList<Commit>();
        var read =
                CommitExport.read(tmp.resolve("raw"), "git/example-owner__example-repo.commits.tsv.gz", exported::add);
        var cloned = new ArrayList<Commit>();
        var cloneRead = GitClone.read(GitClone.Spec.parse(repo.toString()), cloned::add);

        exported.sort(Comparator.comparing(Commit::sha));
        cloned.sort(Comparator.comparing(Commit::sha));
        assertThat(cloned).hasSize(4).isEqualTo(exported);
        assertThat(cloneRead.repo()).isEqualTo("example-owner/example-repo").isEqualTo(read.repo());
        assertThat(cloneRead.snapshotSha()).isEqualTo(read.snapshotSha());
        var first = cloned.stream()
                .filter(c -> c.subject().startsWith("Add advisory"))
                .findFirst()
                .orElseThrow();
        assertThat(first.coAuthors()).isEqualTo("mike@example.org;someone@x.org");
        assertThat(first.filesChanged()).isEqualTo(2);
        assertThat(first.linesAdded()).isEqualTo(2);
        assertThat(cloned)
                .filteredOn(Commit::merge)
                .singleElement()
                .extracting(Commit::filesChanged)
                .isEqualTo(0);
        assertThat(cloned)
                .filteredOn(c -> c.subject().equals("Rename and extend"))
                .singleElement()
                .satisfies(c -> assertThat(c.authorTime().offsetMinutes()).isEqualTo(825));
    }

    @Test
    void buildWithACloneReplacesThatRepositorysExport() throws Exception {
        assumeTrue(canRunGit(), "could not check: git is not installed");
        Path repo = repository();
        Path raw = RawFixture.write(tmp.resolve("raw"));
        Path curated = RawFixture.curated(tmp.resolve("curated"));
        // The fixture's security labels name the export's commits, which the clone replaces (and a label of a
        // commit that is not there stops the build): this build goes without them.
        Files.delete(curated.resolve("security_labels.csv"));
        var result = DatasetBuild.run(BuildOptions.DEFAULT
                .withRawDir(raw)
                .withOutDir(tmp.resolve("datasets"))
                .withCuratedDir(curated)
                .withRepoClones(List.of("pypi/warehouse=" + repo)));
        var lines = RawFixture.lines(result.dir().resolve("commits.csv"));
        assertThat(lines).filteredOn(l -> l.startsWith("pypi/warehouse,")).hasSize(4);
        var manifest = Manifest.read(result.dir()).entries().get("commits.csv");
        assertThat(manifest.command()).isEqualTo("umbrella datasets build --repo-clone pypi/warehouse");
        assertThat(manifest.inputs())
                .extracting(Input::text)
                .anyMatch(t -> t.matches("pypi/warehouse@[0-9a-f]{40} \\(local clone, git log\\)"))
                .noneMatch(t -> t.contains("pypi__warehouse"))
                .noneMatch(t -> t.contains(tmp.toString()));
    }

    private static boolean canRunGit() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
