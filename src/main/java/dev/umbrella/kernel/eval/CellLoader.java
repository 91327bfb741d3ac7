package dev.umbrella.kernel.eval;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;
import jdk.jshell.spi.ExecutionControl.InternalException;

/**
 * Loads the classes JShell compiles from cells (after {@link CellBytecode} rewrote them) and the
 * jars added with {@code %classpath}. Its parent is the loader of the kernel itself, so cells see
 * the analysis module and its libraries wherever the kernel or a {@code NotebookSession} runs.
 */
final class CellLoader implements LoaderDelegate {
    private final Classes loader;
    private final Map<String, Class<?>> loaded = new ConcurrentHashMap<>();

    CellLoader(ClassLoader parent) {
        this.loader = new Classes(parent);
    }

    ClassLoader classLoader() {
        return loader;
    }

    /** JShell's classes (the quick path's own are loaded with {@link #loadOwn}). */
    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException {
        install(classes, true);
    }

    /** Classes of {@link CellCompiler}: loaded like JShell's, but not listed by {@link #jshellClasses()}. */
    void loadOwn(ClassBytecodes[] classes) throws ClassInstallException {
        install(classes, false);
    }

    private void install(ClassBytecodes[] classes, boolean fromJShell) throws ClassInstallException {
        boolean[] installed = new boolean[classes.length];
        try {
            for (ClassBytecodes c : classes) {
                loader.declare(c.name(), CellBytecode.rewrite(c.bytecodes()), fromJShell);
            }
            for (int i = 0; i < classes.length; i++) {
                Class<?> klass = loader.loadClass(classes[i].name());
                loaded.put(classes[i].name(), klass);
                installed[i] = true;
                klass.getDeclaredMethods();
            }
        } catch (Throwable e) {
            throw new ClassInstallException("load: " + e, installed);
        }
    }

    /** The class files of JShell's snippets loaded so far, as loaded (javac reads them from memory). */
    Map<String, byte[]> jshellClasses() {
        return loader.fromJShell();
    }

    @Override
    public void classesRedefined(ClassBytecodes[] classes) {
        for (ClassBytecodes c : classes) {
            loader.declare(c.name(), CellBytecode.rewrite(c.bytecodes()), true);
        }
    }

    @Override
    public void addToClasspath(String path) throws InternalException {
        try {
            for (String entry : path.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    loader.add(new File(entry).toURI().toURL());
                }
            }
        } catch (MalformedURLException e) {
            throw new InternalException(e.toString());
        }
    }

    @Override
    public Class<?> findClass(String name) throws ClassNotFoundException {
        Class<?> klass = loaded.get(name);
        if (klass == null) {
            throw new ClassNotFoundException(name + " not found");
        }
        return klass;
    }

    private static final class Classes extends URLClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> declared = new HashMap<>();
        private final Map<String, byte[]> fromJShell = new HashMap<>();

        Classes(ClassLoader parent) {
            super("umbrella-cells", new URL[0], parent);
        }

        synchronized void declare(String name, byte[] bytes, boolean byJShell) {
            declared.put(name, bytes);
            if (byJShell) {
                fromJShell.put(name, bytes);
            }
        }

        synchronized Map<String, byte[]> fromJShell() {
            return new HashMap<>(fromJShell);
        }

        void add(URL url) {
            addURL(url);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes;
            synchronized (this) {
                bytes = declared.get(name);
            }
            if (bytes == null) {
                return super.findClass(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
