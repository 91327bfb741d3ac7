package dev.umbrella.publish;

import dev.umbrella.env.Env;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A printable PDF of each deck, one 1280x720 page per slide (every step shown), for a venue machine without the
 * presenter's browser. Headless Chromium prints the deck as it lays it out for the screen (slides.js has already
 * fitted every slide to the stage; slides.css sets the page to 1280x720 px). Chromium stamps the print time into the
 * PDF; the stamp is replaced by a fixed one of the same length, so the same deck gives the same bytes.
 */
public final class SlidesPdf {
    /** Chromium's {@code (D:20261205133049+00'00')} dates; same-length replacement keeps the cross-reference offsets valid. */
    private static final Pattern DATE = Pattern.compile("\\(D:\\d{14}");

    private static final String FIXED_DATE = "(D:20000101000000";
    private static final long TIMEOUT_SECONDS = 120;

    private SlidesPdf() {}

    /** Chromium from {@code UMBRELLA_CHROMIUM}, else the first of the usual names on the PATH. */
    public static Path chromium() {
        var given = Env.chromium();
        if (given.isPresent()) {
            return Path.of(given.get());
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new PublishException(
                "--pdf needs Chromium (Debian: apt-get install chromium), or UMBRELLA_CHROMIUM=/path/to/chrome");
    }

    /** Writes {@code <deck>.pdf} beside each {@code <deck>.html}; all files or none. */
    public static List<Path> write(List<Path> decks) {
        Path browser = chromium();
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (Path deck : decks) {
            files.put(
                    deck.resolveSibling(deck.getFileName().toString().replaceFirst("\\.html$", "") + ".pdf"),
                    print(browser, deck));
        }
        AtomicFile.writeAll(files);
        return List.copyOf(files.keySet());
    }

    static byte[] print(Path browser, Path deck) {
        Path profile = null;
        try {
            profile = Files.createTempDirectory("umbrella-pdf-");
            Path pdf = profile.resolve("deck.pdf");
            List<String> command = new ArrayList<>(List.of(
                    browser.toString(),
                    "--headless",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-extensions",
                    "--user-data-dir=" + profile.resolve("profile"),
                    "--no-pdf-header-footer",
                    // time for plotly to draw every figure before the page is printed
                    "--virtual-time-budget=15000",
                    "--run-all-compositor-stages-before-draw",
                    "--print-to-pdf=" + pdf,
                    deck.toAbsolutePath().toUri().toString()));
            if ("root".equals(System.getProperty("user.name"))) {
                command.add(1, "--no-sandbox"); // Chromium refuses to run as root with its sandbox
            }
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(profile.resolve("chromium.log").toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new PublishException(deck + ": Chromium did not print within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(pdf)) {
                throw new PublishException(deck + ": Chromium could not print it (exit " + process.exitValue() + "): "
                        + Files.readString(profile.resolve("chromium.log")).strip());
            }
            return withoutTimestamps(Files.readAllBytes(pdf));
        } catch (IOException e) {
            throw new PublishException(deck + ": cannot print: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException(deck + ": interrupted while printing", e);
        } finally {
            deleteQuietly(profile);
        }
    }

    /** The PDF with its creation and modification dates set to one fixed date (bytes as Latin-1: one char per byte). */
    static byte[] withoutTimestamps(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        return DATE.matcher(text).replaceAll(FIXED_DATE.replace("(", "\\(")).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
