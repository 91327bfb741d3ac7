package dev.umbrella.datasets.build;

import dev.umbrella.datasets.DatasetException;
import dev.umbrella.datasets.Input;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the history of a local git clone the way {@code raw/scripts/export_commits.py} does, for
 * users who refresh the data: {@code git log -M --numstat} of the checked-out {@code HEAD} (all
 * reachable commits, merges included, no mailmap), numstat lines summed per commit (binary files
 * count as files with 0 lines, merges have no diff), {@code Co-authored-by} emails taken from the
 * whole message. Text fields are cleaned like the script (tabs and line breaks become spaces, then
 * stripped), so a clone at the snapshot sha yields the same {@code commits.csv} rows as the export.
 *
 * <p>The repository is named {@code owner/name=DIR} on the command line, or taken from the clone's
 * {@code remote.origin.url}.
 */
final class GitClone {
    private static final String FORMAT = "%x1e%H%x1f%an%x1f%ae%x1f%aI%x1f%cI%x1f%P%x1f%s%x1f%B%x1d";
    private static final Pattern CO_AUTHOR = Pattern.compile(
            "^[ \\t>]*co-authored-by[ \\t]*:[ \\t]*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.UNIX_LINES);
    private static final Pattern ANGLE_EMAIL = Pattern.compile("<([^<>]*)>");
    private static final Pattern CONTROL_RUN = Pattern.compile("[\\t\\r\\n\\x0b\\x0c]+");
    private static final Pattern REMOTE = Pattern.compile("[:/]([^/:]+)/([^/]+?)(?:\\.git)?/?$");

    private GitClone() {}

    /** {@code owner/name=DIR} or just {@code DIR}; returns the repository name and the directory. */
    record Spec(String repo, Path dir) {
        static Spec parse(String arg) {
            int eq = arg.indexOf('=');
            if (eq > 0 && arg.substring(0, eq).matches("[^/=]+/[^/=]+")) {
                return new Spec(arg.substring(0, eq), Path.of(arg.substring(eq + 1)));
            }
            return new Spec(null, Path.of(arg));
        }
    }

    static CommitExport.Read read(Spec spec, Consumer<Commit> sink) {
        Path dir = spec.dir();
        String label = "clone " + dir.getFileName();
        if (!Files.isDirectory(dir)) {
            throw new DatasetException(label, 0, "not a directory: " + dir);
        }
        String repo = spec.repo() != null ? spec.repo() : repoFromRemote(dir, label);
        String head = git(dir, label, "rev-parse", "HEAD").strip();
        var process = start(
                dir,
                label,
                List.of(
                        "-c",
                        "core.quotepath=off",
                        "log",
                        "--no-color",
                        "--no-mailmap",
                        "-M",
                        "--numstat",
                        "--format=" + FORMAT,
                        "HEAD"));
        int count = 0;
        try (var reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8), 1 << 16)) {
            var record = new StringBuilder();
            boolean started = false;
            for (int c; (c = reader.read()) >= 0; ) {
                if (c == '\u001e') {
                    if (started) {
                        sink.accept(parse(repo, label, record.toString()));
                        count++;
                    }
                    started = true;
                    record.setLength(0);
                } else {
                    record.append((char) c);
                }
            }
            if (started) {
                sink.accept(parse(repo, label, record.toString()));
                count++;
            }
        } catch (IOException e) {
            throw new DatasetException(label, 0, "cannot read git log: " + e.getMessage(), e);
        }
        waitFor(process, label, "git log");
        return new CommitExport.Read(repo, head, Input.snapshot(repo, head, "local clone, git log"), count);
    }

    static Commit parse(String repo, String label, String record) {
        int end = record.indexOf('\u001d');
        if (end < 0) {
            throw new DatasetException(label, 0, "unexpected git log output (no record end)");
        }
        String[] f = record.substring(0, end).split("\u001f", 8);
        if (f.length != 8) {
            throw new DatasetException(label, 0, "unexpected git log output: " + f.length + " fields");
        }
        AuthorTime time = AuthorTime.parse(f[3]);
        if (time == null || !CommitExport.isSha(f[0])) {
            throw new DatasetException(label, 0, "unexpected git log output for commit " + f[0]);
        }
        int parents = f[5].isBlank() ? 0 : f[5].strip().split("\\s+").length;
        int files = 0;
        int added = 0;
        int deleted = 0;
        for (String line : record.substring(end + 1).split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length != 3 || !parts[0].matches("\\d+|-")) {
                continue;
            }
            files++;
            added += parts[0].equals("-") ? 0 : Integer.parseInt(parts[0]);
            deleted += parts[1].equals("-") ? 0 : Integer.parseInt(parts[1]);
        }
        return new Commit(
                repo,
                f[0],
                clean(f[1]),
                clean(f[2]),
                time,
                parents > 1,
                files,
                added,
                deleted,
                clean(f[6]),
                coAuthors(f[7]));
    }

    /** Emails of every Co-authored-by line, lower-cased, de-duplicated, cleaned, {@code ;}-joined. */
    static String coAuthors(String message) {
        var emails = new LinkedHashSet<String>();
        Matcher m = CO_AUTHOR.matcher(message);
        while (m.find()) {
            String value = pythonStrip(m.group(1));
            Matcher angle = ANGLE_EMAIL.matcher(value);
            String email = pythonStrip(angle.find() ? angle.group(1) : value).toLowerCase(Locale.ROOT);
            if (!email.isEmpty()) {
                emails.add(email);
            }
        }
        var cleaned = new ArrayList<String>();
        for (String e : emails) {
            cleaned.add(clean(e));
        }
        return String.join(";", cleaned);
    }

    /** Tabs, CR, LF, VT, FF runs become one space, then surrounding whitespace goes (as the script does). */
    static String clean(String s) {
        return pythonStrip(CONTROL_RUN.matcher(s).replaceAll(" "));
    }

    /** Python's {@code str.strip()}: removes characters for which {@code str.isspace()} is true. */
    static String pythonStrip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isPythonSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isPythonSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isPythonSpace(char c) {
        return (c >= '\t' && c <= '\r')
                || (c >= '\u001c' && c <= '\u0020')
                || c == '\u0085'
                || c == '\u00a0'
                || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200a')
                || c == '\u2028'
                || c == '\u2029'
                || c == '\u202f'
                || c == '\u205f'
                || c == '\u3000';
    }

    static String repoFromRemote(Path dir, String label) {
        String url;
        try {
            url = git(dir, label, "config", "--get", "remote.origin.url").strip();
        } catch (DatasetException e) {
            url = "";
        }
        Matcher m = REMOTE.matcher(url);
        if (url.isEmpty() || !m.find()) {
            throw new DatasetException(
                    label,
                    0,
                    "cannot tell which repository this is (remote.origin.url is '" + url
                            + "'); pass --repo-clone owner/name=DIR");
        }
        return m.group(1) + "/" + m.group(2);
    }

    private static String git(Path dir, String label, String... args) {
        var process = start(dir, label, List.of(args));
        try {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            waitFor(process, label, "git " + args[0]);
            return out;
        } catch (IOException e) {
            throw new DatasetException(label, 0, "git " + args[0] + " failed: " + e.getMessage(), e);
        }
    }

    private static Process start(Path dir, String label, List<String> args) {
        var command = new ArrayList<String>(List.of("git", "-C", dir.toString()));
        command.addAll(args);
        try {
            return new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new DatasetException(label, 0, "cannot run git (is it installed?): " + e.getMessage(), e);
        }
    }

    private static void waitFor(Process process, String label, String what) {
        try {
            int exit = process.waitFor();
            if (exit != 0) {
                throw new DatasetException(
                        label, 0, what + " exited with " + exit + " (is it a git clone with commits?)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatasetException(label, 0, what + " interrupted", e);
        }
    }
}
