package dev.umbrella.datasets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * Every setting that comes from the environment, in one place: where the project, its datasets and
 * the raw public records are, and the fixed zone, locale and seed that make outputs reproducible.
 *
 * <p>Lookup order for the project root: system property {@code umbrella.home}, environment variable
 * {@code UMBRELLA_HOME}, then the nearest directory at or above the working directory that holds
 * {@code datasets/MANIFEST.csv} (a notebook's working directory is {@code notebooks/}).
 * The raw records default to {@code ../shared/raw} beside the project root, overridable with
 * {@code umbrella.raw} / {@code UMBRELLA_RAW}.
 */
public final class Env {
    /** All dates and times are UTC. */
    public static final ZoneOffset ZONE = ZoneOffset.UTC;
    /** All number and text formatting uses the root locale. */
    public static final Locale LOCALE = Locale.ROOT;
    /** Default seed for every random draw (bootstrap, Monte Carlo) unless a caller passes one. */
    public static final long DEFAULT_SEED = 20230601L;

    private Env() {}

    public static Path projectRoot() {
        return setting("umbrella.home", "UMBRELLA_HOME")
                .map(Path::of)
                .orElseGet(() -> findUpward(Path.of("").toAbsolutePath()))
                .toAbsolutePath()
                .normalize();
    }

    public static Path datasetsDir() {
        return projectRoot().resolve("datasets");
    }

    public static Path notebooksDir() {
        return projectRoot().resolve("notebooks");
    }

    public static Path rawDir() {
        return setting("umbrella.raw", "UMBRELLA_RAW")
                .map(Path::of)
                .orElseGet(() -> projectRoot().resolve("../shared/raw"))
                .toAbsolutePath()
                .normalize();
    }

    private static Optional<String> setting(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    private static Path findUpward(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("datasets/MANIFEST.csv"))
                    || Files.isRegularFile(dir.resolve("umbrella"))) {
                return dir;
            }
        }
        return start;
    }
}
