package dev.umbrella.kernel.install;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.umbrella.env.Env;
import dev.umbrella.kernel.server.KernelMain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The kernelspec Jupyter uses to start Umbrella's kernel: {@code kernels/<name>/kernel.json} in a
 * Jupyter data directory. The kernel runs on the Java that installed it, with the packaged
 * {@code umbrella.jar} (its manifest puts {@code lib/*.jar} on the classpath), UTC, UTF-8, headless
 * AWT, and a start-up class archive (AppCDS) recorded at install time when the JDK supports it.
 *
 * @param name        kernelspec name, {@code umbrella} for the project's notebooks
 * @param displayName what notebook front ends show
 * @param jar         the packaged {@code target/umbrella.jar}
 * @param projectRoot the project, so notebooks find {@code datasets/} from any directory
 * @param java        the {@code java} executable the kernel runs on
 */
public record Kernelspec(String name, String displayName, Path jar, Path projectRoot, Path java) {
    public static final String DEFAULT_NAME = "umbrella";
    public static final String DISPLAY_NAME = "Java (Umbrella)";
    static final String ARCHIVE = "umbrella.jsa";
    /**
     * Module access the kernel uses: pausing JShell's class indexing while cells run (ClassIndexing)
     * and compiling small cells in one javac task instead of JShell's four (CellCompiler). Without
     * them the kernel still works, through JShell alone. The launcher and the test JVMs pass the same.
     */
    static final List<String> MODULE_OPTIONS = Env.moduleOptions();
    /** Young generation of the kernel JVM, MB. */
    static final int YOUNG_MB = 192;

    /** The spec for this JVM's java and the given jar. */
    public static Kernelspec of(String name, Path jar, Path projectRoot) {
        return new Kernelspec(
                name,
                DISPLAY_NAME,
                jar.toAbsolutePath().normalize(),
                projectRoot.toAbsolutePath().normalize(),
                Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    /** {@code <prefix>/share/jupyter}, as {@code jupyter kernelspec install --prefix} uses. */
    public static Path prefixDataDir(Path prefix) {
        return prefix.resolve("share").resolve("jupyter");
    }

    /** The user's Jupyter data directory: {@code $JUPYTER_DATA_DIR}, else {@code ~/.local/share/jupyter} (Linux). */
    public static Path userDataDir() {
        String env = System.getenv("JUPYTER_DATA_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String home = System.getProperty("user.home");
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac")) {
            return Path.of(home, "Library", "Jupyter");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("jupyter");
    }

    /**
     * Writes {@code kernels/<name>/kernel.json} under {@code dataDir} (written beside, then moved into
     * place) and, if {@code withArchive}, records the start-up archive first. Returns the kernel directory.
     */
    public Path install(Path dataDir, boolean withArchive) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException("no kernel jar at " + jar + ": build it first (./mvnw -DskipTests package)");
        }
        Path dir = dataDir.resolve("kernels").resolve(name);
        Files.createDirectories(dir);
        Path archive = dir.resolve(ARCHIVE);
        boolean useArchive = withArchive && recordArchive(archive);
        String json = new GsonBuilder()
                        .setPrettyPrinting()
                        .disableHtmlEscaping()
                        .create()
                        .toJson(kernelJson(useArchive ? archive : null))
                + "\n";
        Path tmp = Files.createTempFile(dir, "kernel", ".json.tmp");
        Files.writeString(tmp, json, StandardCharsets.UTF_8);
        if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        try {
            Files.move(
                    tmp,
                    dir.resolve("kernel.json"),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir.resolve("kernel.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        return dir;
    }

    /** The kernel.json content; {@code archive} is the AppCDS archive to use, or null. */
    JsonObject kernelJson(Path archive) {
        var argv = new JsonArray();
        argv.add(java.toString());
        for (String option : jvmOptions(archive)) {
            argv.add(option);
        }
        argv.add("-cp");
        argv.add(jar.toString());
        argv.add(KernelMain.class.getName());
        argv.add("{connection_file}");
        var json = new JsonObject();
        json.add("argv", argv);
        json.addProperty("display_name", displayName);
        json.addProperty("language", "java");
        json.addProperty("interrupt_mode", "message");
        json.add("env", new JsonObject());
        var metadata = new JsonObject();
        metadata.addProperty("debugger", false);
        json.add("metadata", metadata);
        return json;
    }

    /**
     * JVM options of the kernel. Serial GC: a notebook kernel is one busy thread on a small machine,
     * and it keeps pauses short. The feature version decides how the archive is used: Java 19+ keeps
     * it up to date by itself (AutoCreateSharedArchive), Java 17 uses the one recorded at install.
     */
    List<String> jvmOptions(Path archive) {
        var options = new ArrayList<String>();
        options.add("-XX:+UseSerialGC");
        options.add("-XX:TieredStopAtLevel=1");
        // A young generation sized for javac: each small cell allocates a few MB, and with the default
        // (a few MB of eden) the first seconds of a session had young collections of 40-140 ms.
        options.add("-Xmn" + YOUNG_MB + "m");
        if (transparentHugePages()) {
            // The heap in huge pages: the start touches fewer pages (kernel-bench.sh, 5 rounds beside
            // ipykernel: first cell after start 1.19 -> 1.03 s, ipykernel 1.40 s), and so does the
            // first young collection, which copies everything the start left alive (20 MB) into pages
            // not touched before (a 140-300 ms pause with 4 KB pages on a loaded machine). Touching the
            // whole heap at start as well (AlwaysPreTouch) shortened that pause to 45-65 ms but made
            // the start slower (until kernel_info 0.72x -> 1.00x ipykernel's).
            options.add("-XX:+UseTransparentHugePages");
        }
        options.addAll(MODULE_OPTIONS);
        if (archive != null) {
            if (Runtime.version().feature() >= 19) {
                options.add("-XX:+AutoCreateSharedArchive");
            }
            options.add("-XX:SharedArchiveFile=" + archive);
            options.add("-Xlog:cds=off");
            options.add("-Xlog:cds+dynamic=off");
        }
        options.add("-Dfile.encoding=UTF-8");
        options.add("-Duser.timezone=UTC");
        options.add("-Djava.awt.headless=true");
        options.add("-Dumbrella.home=" + projectRoot);
        return options;
    }

    /** Whether the OS offers transparent huge pages to a program that asks (Linux: "always" or "madvise"). */
    static boolean transparentHugePages() {
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        try {
            return Files.isReadable(setting)
                    && !Files.readString(setting, StandardCharsets.UTF_8).contains("[never]");
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs the kernel's warm-up once with {@code -XX:ArchiveClassesAtExit}; false (with a note) if that fails. */
    private boolean recordArchive(Path archive) throws IOException, InterruptedException {
        if (Runtime.version().feature() >= 19) {
            return true;
        }
        Files.deleteIfExists(archive);
        var command = new ArrayList<String>();
        command.add(java.toString());
        command.add("-XX:ArchiveClassesAtExit=" + archive);
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.addAll(jvmOptions(null));
        command.add("-cp");
        command.add(jar.toString());
        command.add(KernelMain.class.getName());
        command.add("--warm-up");
        Path log = Files.createTempFile("umbrella-cds", ".log");
        try {
            var process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            boolean done = process.waitFor(180, TimeUnit.SECONDS);
            if (!done) {
                process.destroyForcibly();
            }
            if (done && process.exitValue() == 0 && Files.isRegularFile(archive)) {
                return true;
            }
            System.err.println(
                    "umbrella kernel install: no start-up archive (the kernel still works, it starts slower): "
                            + Files.readString(log, StandardCharsets.UTF_8).strip());
            return false;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
