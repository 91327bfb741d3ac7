package dev.umbrella.datasets.build;

import dev.umbrella.datasets.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A raw file a curated row cites: its lines (without line ends) and its SHA-256; finds a quote's one line. */
record RawText(List<String> lines, String sha256) {
    static RawText read(Path rawDir, String relative, CuratedRow row) {
        if (relative.startsWith("/") || relative.contains("..") || relative.contains("\\")) {
            throw row.fail("raw_file must be a path under the raw directory: '" + relative + "'");
        }
        Path file = rawDir.resolve(relative);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw row.fail("raw file " + relative + " is missing (looked in " + rawDir + ")");
        }
        var lines = new ArrayList<String>();
        for (String l : new String(bytes, StandardCharsets.UTF_8).split("\n", -1)) {
            lines.add(l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
        }
        return new RawText(lines, Sha256.hex(bytes));
    }

    int lineOf(String quote, CuratedRow row) {
        var found = new ArrayList<Integer>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(quote)) {
                found.add(i + 1);
            }
        }
        if (found.size() != 1) {
            String where = found.isEmpty()
                    ? "is not on any line"
                    : "is on " + found.size() + " lines " + found + "; quote more";
            throw row.fail(row.text("raw_file") + ": quote '" + quote + "' " + where);
        }
        return found.get(0);
    }
}
