package dev.umbrella.datasets.build;

import dev.umbrella.datasets.DatasetException;
import dev.umbrella.datasets.Input;
import dev.umbrella.datasets.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads a raw commit export {@code git/<owner>__<repo>.commits.tsv.gz} (format in
 * {@code raw/SOURCES.md} §2: tab-separated, header, no quoting) as a stream, hashing the gzip
 * bytes on the way. Its first row is the snapshot's HEAD ({@code git rev-list} order), which names
 * the snapshot in the manifest.
 */
final class CommitExport {
    static final List<String> COLUMNS = List.of(
            "sha",
            "author_name",
            "author_email",
            "author_date",
            "committer_date",
            "parents_count",
            "is_merge",
            "files_changed",
            "lines_added",
            "lines_deleted",
            "subject",
            "co_authors",
            "numstat_missing_blobs");

    /** What the manifest needs to know about an export once it has been read. */
    record Read(String repo, String snapshotSha, Input file, int commits) {}

    private CommitExport() {}

    /** The {@code owner/name} a file name {@code owner__name.commits.tsv.gz} stands for. */
    static String repoOf(String fileName) {
        String base = fileName.substring(0, fileName.length() - ".commits.tsv.gz".length());
        return base.replaceFirst("__", "/");
    }

    static Read read(Path rawDir, String relativePath, Consumer<Commit> sink) {
        Path file = rawDir.resolve(relativePath);
        String repo = repoOf(file.getFileName().toString());
        var digest = Sha256.digest();
        byte[] data;
        try (InputStream raw = new DigestInputStream(Files.newInputStream(file), digest)) {
            data = new GZIPInputStream(raw, 1 << 16).readAllBytes();
            raw.transferTo(OutputStream.nullOutputStream()); // hash any bytes after the gzip trailer too
        } catch (NoSuchFileException e) {
            throw new DatasetException(relativePath, 0, "raw file is missing (looked in " + rawDir + ")");
        } catch (IOException e) {
            throw new DatasetException(relativePath, 0, "cannot read: " + e.getMessage(), e);
        }
        int headerEnd = lineEnd(data, 0);
        String header = new String(data, 0, headerEnd, StandardCharsets.UTF_8);
        if (!List.of(header.split("\t", -1)).equals(COLUMNS)) {
            throw new DatasetException(
                    relativePath, 1, "header is not the export format of raw/SOURCES.md §2: " + header);
        }
        String head = null;
        int count = 0;
        int[] tabs = new int[COLUMNS.size() + 1];
        int lineNumber = 1;
        for (int start = headerEnd + 1; start < data.length; ) {
            int end = lineEnd(data, start);
            lineNumber++;
            Commit commit = parse(relativePath, lineNumber, repo, data, start, end, tabs);
            if (head == null) {
                head = commit.sha();
            }
            sink.accept(commit);
            count++;
            start = end + 1;
        }
        if (head == null) {
            throw new DatasetException(relativePath, 1, "no commits");
        }
        return new Read(repo, head, Input.rawFile(relativePath, Sha256.hex(digest)), count);
    }

    private static int lineEnd(byte[] data, int from) {
        int i = from;
        while (i < data.length && data[i] != '\n') {
            i++;
        }
        return i;
    }

    /** One row from bytes {@code [start, end)}: fields are cut at tabs, and only text fields become strings. */
    private static Commit parse(String file, int line, String repo, byte[] b, int start, int end, int[] tabs) {
        int n = 0;
        tabs[n++] = start - 1;
        for (int i = start; i < end; i++) {
            if (b[i] == '\t') {
                if (n == tabs.length) {
                    throw new DatasetException(
                            file, line, "malformed row: more than " + COLUMNS.size() + " tab-separated fields");
                }
                tabs[n++] = i;
            }
        }
        if (n != COLUMNS.size()) {
            throw new DatasetException(
                    file, line, "malformed row: " + n + " tab-separated fields, expected " + COLUMNS.size());
        }
        String sha = ascii(b, tabs, 0, end);
        if (!isSha(sha)) {
            throw new DatasetException(file, line, "malformed sha '" + sha + "'");
        }
        String date = ascii(b, tabs, 3, end);
        AuthorTime time = AuthorTime.parse(date);
        if (time == null) {
            throw new DatasetException(
                    file, line, "unparsable author_date '" + date + "' (expected YYYY-MM-DDTHH:MM:SS+HH:MM)");
        }
        int parents = count(file, line, "parents_count", b, tabs, 5, end);
        int isMerge = count(file, line, "is_merge", b, tabs, 6, end);
        if (isMerge != (parents > 1 ? 1 : 0)) {
            throw new DatasetException(file, line, "is_merge " + isMerge + " contradicts parents_count " + parents);
        }
        return new Commit(
                repo,
                sha,
                utf8(b, tabs, 1, end),
                utf8(b, tabs, 2, end),
                time,
                parents > 1,
                count(file, line, "files_changed", b, tabs, 7, end),
                count(file, line, "lines_added", b, tabs, 8, end),
                count(file, line, "lines_deleted", b, tabs, 9, end),
                utf8(b, tabs, 10, end),
                utf8(b, tabs, 11, end));
    }

    private static int fieldEnd(int[] tabs, int field, int end) {
        return field + 1 < COLUMNS.size() ? tabs[field + 1] : end;
    }

    private static String ascii(byte[] b, int[] tabs, int field, int end) {
        int from = tabs[field] + 1;
        return new String(b, from, fieldEnd(tabs, field, end) - from, StandardCharsets.ISO_8859_1);
    }

    private static String utf8(byte[] b, int[] tabs, int field, int end) {
        int from = tabs[field] + 1;
        int to = fieldEnd(tabs, field, end);
        return from == to ? "" : new String(b, from, to - from, StandardCharsets.UTF_8);
    }

    private static int count(String file, int line, String column, byte[] b, int[] tabs, int field, int end) {
        int from = tabs[field] + 1;
        int to = fieldEnd(tabs, field, end);
        int v = 0;
        if (from == to || to - from > 9) {
            throw new DatasetException(
                    file,
                    line,
                    column + " is not a count: '" + new String(b, from, to - from, StandardCharsets.UTF_8) + "'");
        }
        for (int i = from; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                throw new DatasetException(
                        file,
                        line,
                        column + " is not a count: '" + new String(b, from, to - from, StandardCharsets.UTF_8) + "'");
            }
            v = v * 10 + d;
        }
        return v;
    }

    static boolean isSha(String s) {
        if (s.length() != 40) {
            return false;
        }
        for (int i = 0; i < 40; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
