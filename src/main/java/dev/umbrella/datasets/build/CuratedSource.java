package dev.umbrella.datasets.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the hand-curated inputs come from: the {@code curated/} resources packaged with the code
 * (the default; edited in {@code src/main/resources/dev/umbrella/datasets/curated/}), or a directory
 * given with {@code --curated} (tests, or trying out an edit). Error messages name the file as a
 * user would find it.
 */
record CuratedSource(Path dir) {
    static final String RESOURCES = "src/main/resources/dev/umbrella/datasets/curated/";
    private static final String CLASSPATH = "/dev/umbrella/datasets/curated/";

    static CuratedSource packaged() {
        return new CuratedSource(null);
    }

    /** The file's bytes, or null when it does not exist. */
    byte[] read(String name) {
        try {
            if (dir == null) {
                try (InputStream in = CuratedSource.class.getResourceAsStream(CLASSPATH + name)) {
                    return in == null ? null : in.readAllBytes();
                }
            }
            Path file = dir.resolve(name);
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How error messages name the file. */
    String label(String name) {
        return dir == null ? RESOURCES + name : dir.resolve(name).toString();
    }
}
