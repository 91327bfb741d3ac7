package dev.umbrella.env;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Every setting that comes from outside the code, in one place: where the project, its datasets and
 * the raw public records are; the fixed zone, locale and seed that make outputs reproducible; the
 * build's version and module flags (from the pom, filtered into {@code build.properties}); and the
 * switches for debugging and benchmarks. Every stage may read it; it reads nothing of theirs.
 *
 * <p>Lookup order for the project root: system property {@code umbrella.home}, environment variable
 * {@code UMBRELLA_HOME}, then the nearest directory at or above the working directory that holds
 * {@code datasets/MANIFEST.csv} (a notebook's working directory is {@code notebooks/}). The raw
 * records default to {@code ../shared/raw} beside the project root, overridable with
 * {@code umbrella.raw} / {@code UMBRELLA_RAW}.
 */
public final class Env {
    /** All dates and times are UTC. */
    public static final ZoneOffset ZONE = ZoneOffset.UTC;
    /** All number and text formatting uses the root locale. */
    public static final Locale LOCALE = Locale.ROOT;
    /** Default seed for every random draw (bootstrap, Monte Carlo) unless a caller passes one. */
    public static final long DEFAULT_SEED = 20230601L;

    private static final Properties BUILD = load("build.properties");

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

    /** The project's version, as the pom gives it. */
    public static String version() {
        return BUILD.getProperty("version");
    }

    /**
     * The JVM flags that open the JDK internals the kernel's quick path and its pause of JShell's
     * class indexing use, as the pom gives them (the launcher, the kernelspec and the test JVMs pass
     * these; without them the kernel still works, through JShell alone).
     */
    public static List<String> moduleOptions() {
        return Arrays.stream(BUILD.getProperty("moduleOptions").trim().split("\\s+"))
                .toList();
    }

    /** Whether the kernel may compile small cells itself ({@code -Dumbrella.kernel.quickCompile=false} turns it off). */
    public static boolean quickCompile() {
        return !"false".equals(System.getProperty("umbrella.kernel.quickCompile"));
    }

    /** Whether the kernel logs its messages and compiler diagnostics to stderr ({@code UMBRELLA_KERNEL_DEBUG=1}). */
    public static boolean kernelDebug() {
        return "1".equals(System.getenv("UMBRELLA_KERNEL_DEBUG"));
    }

    /** Whether a datasets build prints its phase timings to stderr ({@code -Dumbrella.timing}). */
    public static boolean timing() {
        return System.getProperty("umbrella.timing") != null;
    }

    /** The Chromium to print slides with, when given ({@code UMBRELLA_CHROMIUM}); else it is looked up on the PATH. */
    public static Optional<String> chromium() {
        return setting("umbrella.chromium", "UMBRELLA_CHROMIUM");
    }

    /** The remote repository {@code %maven} resolves from ({@code -Dumbrella.maven.central}), if not Maven Central. */
    public static Optional<String> mavenCentral() {
        return setting("umbrella.maven.central", "UMBRELLA_MAVEN_CENTRAL");
    }

    /**
     * The user's local Maven repository: {@code -Dmaven.repo.local}, else {@code ~/.m2/repository},
     * as Maven itself uses.
     */
    public static Path mavenLocalRepository() {
        return setting("maven.repo.local", "MAVEN_REPO_LOCAL")
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".m2", "repository"));
    }

    /** A setting: the system property if set and not blank, else the environment variable. */
    public static Optional<String> setting(String property, String variable) {
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

    private static Properties load(String name) {
        var properties = new Properties();
        try (InputStream in = Env.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "dev/umbrella/env/" + name + " is missing from the class path (build with ./mvnw)");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
