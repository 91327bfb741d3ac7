package dev.umbrella.kernel.eval;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Where JShell looks for the source of what Shift-Tab shows, so that its documentation carries the
 * Javadoc. JShell itself reads only the JDK's {@code $JAVA_HOME/lib/src.zip}; here the class path is
 * added: a jar or directory with sources under {@code META-INF/sources} (Umbrella's jar ships its
 * own there) and, for any jar {@code name.jar}, a {@code name-sources.jar} beside it (Tablesaw's in
 * {@code target/lib}, or any library in a Maven repository that has its sources downloaded).
 *
 * <p>JShell has no API for this: its list of source roots is a private field of its analysis,
 * reachable because the kernelspec and the launcher open {@code jdk.jshell/jdk.jshell} to Umbrella.
 * Without that, documentation falls back to JShell's own (the JDK only).
 */
final class SourceRoots implements AutoCloseable {
    /** Where a jar or class directory keeps its own sources (out of javac's way: not beside its classes). */
    static final String SHIPPED = "META-INF/sources";

    private final SourceCodeAnalysis analysis;
    private final Set<Path> entries = new LinkedHashSet<>();
    private final List<FileSystem> opened = new ArrayList<>();
    private List<Path> jdk;
    private boolean stale = true;

    SourceRoots(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
        entries.addAll(classPath());
    }

    /** A class path entry added with {@code %classpath} or {@code %maven}: its sources count from now on. */
    synchronized void add(String path) {
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isBlank() && entries.add(Path.of(entry).toAbsolutePath().normalize())) {
                stale = true;
            }
        }
    }

    /** Hands JShell the roots before a documentation request (built once, again after the class path grew). */
    synchronized void install() {
        if (!stale) {
            return;
        }
        stale = false;
        try {
            Method find = analysis.getClass().getDeclaredMethod("findSources");
            Field field = analysis.getClass().getDeclaredField("availableSources");
            find.setAccessible(true);
            field.setAccessible(true);
            if (jdk == null) {
                @SuppressWarnings("unchecked")
                List<Path> found = (List<Path>) find.invoke(analysis);
                jdk = List.copyOf(found);
            }
            var roots = new ArrayList<>(jdk);
            for (Path entry : entries) {
                roots.addAll(rootsOf(entry));
            }
            field.set(analysis, roots);
        } catch (ReflectiveOperationException | RuntimeException e) {
            KernelLog.log("Javadoc beyond the JDK's is unavailable (JShell's sources cannot be set): " + e);
        }
    }

    /** The source roots one class path entry contributes (none for most). */
    private List<Path> rootsOf(Path entry) {
        var out = new ArrayList<Path>();
        try {
            if (Files.isDirectory(entry)) {
                if (Files.isDirectory(entry.resolve(SHIPPED))) {
                    out.add(entry.resolve(SHIPPED));
                }
            } else if (entry.toString().endsWith(".jar") && Files.isRegularFile(entry)) {
                String name = entry.getFileName().toString();
                Path sources = entry.resolveSibling(name.substring(0, name.length() - 4) + "-sources.jar");
                if (Files.isRegularFile(sources)) {
                    out.add(open(sources));
                } else if (shipsSources(entry)) {
                    out.add(open(entry).resolve(SHIPPED));
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable entry has no documentation; the rest still does
        }
        return out;
    }

    private static boolean shipsSources(Path jar) throws IOException {
        try (var file = new JarFile(jar.toFile())) {
            return file.getEntry(SHIPPED + "/") != null;
        }
    }

    private Path open(Path jar) throws IOException {
        FileSystem fs = FileSystems.newFileSystem(jar);
        opened.add(fs);
        return fs.getRootDirectories().iterator().next();
    }

    /** This JVM's class path, with the jars that the manifests of its jars name ({@code umbrella.jar} lists {@code lib/*.jar}). */
    static List<Path> classPath() {
        var out = new LinkedHashSet<Path>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path p = Path.of(entry).toAbsolutePath().normalize();
            out.add(p);
            if (entry.endsWith(".jar") && Files.isRegularFile(p)) {
                try (var jar = new JarFile(p.toFile())) {
                    var manifest = jar.getManifest();
                    String listed = manifest == null
                            ? null
                            : manifest.getMainAttributes().getValue("Class-Path");
                    if (listed != null) {
                        for (String ref : listed.trim().split("\\s+")) {
                            out.add(p.resolveSibling(ref).normalize());
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // a jar without a readable manifest adds nothing more
                }
            }
        }
        return new ArrayList<>(out);
    }

    @Override
    public synchronized void close() {
        for (FileSystem fs : opened) {
            try {
                fs.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        opened.clear();
    }
}
