package dev.umbrella.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Write, then move: a reader (or a crash) never sees a half-written file. The temporary file lives
 * beside the target so the final move is a rename on the same file system.
 */
final class AtomicFile {
    private AtomicFile() {}

    static void write(Path target, byte[] content) {
        writeAll(Map.of(target, content));
    }

    /**
     * Writes every file to a temporary sibling first and renames them only when all were written,
     * so a failure (disk full, permission) leaves the previous set of files in place.
     */
    static void writeAll(Map<Path, byte[]> files) {
        Map<Path, Path> temps = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> e : files.entrySet()) {
                Path target = e.getKey().toAbsolutePath();
                Files.createDirectories(target.getParent());
                // Not Files.createTempFile: its 0600 mode would survive the rename.
                Path temp = target.resolveSibling("." + target.getFileName() + "."
                        + ProcessHandle.current().pid() + ".tmp");
                temps.put(target, temp);
                Files.write(
                        temp,
                        e.getValue(),
                        StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE);
            }
            for (Map.Entry<Path, Path> e : temps.entrySet()) {
                move(e.getValue(), e.getKey());
            }
        } catch (IOException e) {
            for (Path temp : temps.values()) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the original error is the one worth reporting
                }
            }
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
