package dev.umbrella.kernel.eval;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * The files {@link CellCompiler}'s javac tasks read and write, in memory: the cell's source (named
 * {@code #id}, as JShell names its snippets), the classes of earlier cells, and the class files
 * javac writes. The class path itself comes from the standard file manager.
 */
final class CellFiles {
    private CellFiles() {}

    /** A unit whose class files name their source {@code #id}, as JShell's do (errors map frames back to cells by it). */
    static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String id, String code) {
            super(URI.create("umbrella:///" + CellCompiler.PACKAGE + "/%23" + id), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }

        /** The unit's one class may be public (its file name is the snippet id, as JShell's are). */
        @Override
        public boolean isNameCompatible(String simpleName, Kind kind) {
            return kind == Kind.SOURCE;
        }
    }

    /** A class of an earlier cell, as javac reads it. */
    static final class CellClass extends SimpleJavaFileObject {
        final String binaryName;
        private final byte[] bytes;

        CellClass(String binaryName, byte[] bytes) {
            super(URI.create("umbrella:///" + binaryName.replace('.', '/') + ".class"), Kind.CLASS);
            this.binaryName = binaryName;
            this.bytes = bytes;
        }

        @Override
        public InputStream openInputStream() {
            return new ByteArrayInputStream(bytes);
        }
    }

    /** Class path from the standard manager, the session's cell classes from memory, output to memory. */
    static final class Memory extends ForwardingJavaFileManager<StandardJavaFileManager> {
        final Map<String, ByteArrayOutputStream> outputs = new LinkedHashMap<>();
        /** A class's bytes never change under its name (JShell renames what it cannot redefine). */
        private final Map<String, CellClass> known = new HashMap<>();
        /** The cells' classes the current task sees: JShell's, and the variables' classes its unit imports. */
        Map<String, byte[]> visible = Map.of();

        Memory(StandardJavaFileManager standard) {
            super(standard);
        }

        @Override
        public Iterable<JavaFileObject> list(
                Location location, String packageName, Set<JavaFileObject.Kind> kinds, boolean recurse)
                throws IOException {
            Iterable<JavaFileObject> listed = super.list(location, packageName, kinds, recurse);
            if (location != StandardLocation.CLASS_PATH
                    || !packageName.equals(CellCompiler.PACKAGE)
                    || !kinds.contains(JavaFileObject.Kind.CLASS)) {
                return listed;
            }
            var all = new ArrayList<JavaFileObject>();
            listed.forEach(all::add);
            visible.forEach((name, bytes) -> all.add(known.computeIfAbsent(name, n -> new CellClass(n, bytes))));
            return all;
        }

        /**
         * Not passed on: javac flushes its file manager at the end of every task, and the standard
         * one then forgets its index of the class path's jars, which the next task builds again by
         * walking every directory of every jar (a millisecond or more per cell with Umbrella's 58
         * jars). The index cannot go stale: a jar's entries are read once anyway (javac keeps the
         * open archive), directories are not indexed, and adding to the class path makes a new
         * file manager.
         */
        @Override
        public void flush() {}

        /**
         * javac sets {@code --multi-release} on the file manager for every task, and the standard one
         * forgets its class path index on any option: passed on only when the value changes.
         */
        @Override
        public boolean handleOption(String current, Iterator<String> remaining) {
            if (current.equals("--multi-release") && remaining.hasNext()) {
                String value = remaining.next();
                if (value.equals(multiRelease)) {
                    return true;
                }
                multiRelease = value;
                return super.handleOption(current, List.of(value).iterator());
            }
            return super.handleOption(current, remaining);
        }

        private String multiRelease;

        @Override
        public String inferBinaryName(Location location, JavaFileObject file) {
            return file instanceof CellClass c ? c.binaryName : super.inferBinaryName(location, file);
        }

        @Override
        public boolean isSameFile(FileObject a, FileObject b) {
            return a instanceof CellClass || b instanceof CellClass || a instanceof Source || b instanceof Source
                    ? a == b
                    : super.isSameFile(a, b);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(
                Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
            return new SimpleJavaFileObject(
                    URI.create("umbrella:///out/" + className.replace('.', '/') + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                    var bytes = new ByteArrayOutputStream();
                    outputs.put(className, bytes);
                    return bytes;
                }
            };
        }
    }
}
