package dev.umbrella.kernel;

import dev.umbrella.kernel.eval.CellError;
import dev.umbrella.kernel.eval.Evaluator;
import dev.umbrella.kernel.eval.MavenDependencies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.dflib.jjava.jupyter.kernel.magic.UndefinedMagicException;

/**
 * The magics IJava and JJava users expect, registered in the base library's registry (so JJava
 * extensions can add their own): {@code %classpath} and its alias {@code %jars} add jars or
 * directories (globs allowed), {@code %maven} and {@code %%loadFromPOM} add libraries from Maven
 * repositories with their dependencies ({@link MavenDependencies}), {@code %mavenRepo} names another
 * repository, {@code %load} runs a {@code .jsh}/{@code .java} file, {@code %time} and {@code %%time}
 * time code, {@code %lsmagic} lists them.
 */
final class Magics {
    private Magics() {}

    static void registerAll(UmbrellaKernel kernel) {
        var registry = kernel.getMagicsRegistry();
        registry.registerLineMagic("classpath", (UmbrellaKernel k, List<String> args) -> addClasspath(k, args));
        registry.registerLineMagic("jars", (UmbrellaKernel k, List<String> args) -> addClasspath(k, args));
        registry.registerLineMagic("maven", (UmbrellaKernel k, List<String> args) -> {
            if (args.isEmpty()) {
                throw new IllegalArgumentException("usage: %maven group:artifact:version [more...]");
            }
            return addJars(k, k.maven().resolveCoordinates(args));
        });
        registry.registerLineMagic("mavenRepo", (UmbrellaKernel k, List<String> args) -> {
            if (args.size() != 2) {
                throw new IllegalArgumentException("usage: %mavenRepo ID URL");
            }
            k.maven().addRepository(args.get(0), args.get(1));
            return null;
        });
        registry.registerCellMagic(
                "loadFromPOM",
                (UmbrellaKernel k, List<String> args, String body) ->
                        addJars(k, k.maven().resolvePom(body)));
        registry.registerLineMagic("lsmagic", (UmbrellaKernel k, List<String> args) -> {
            System.out.println("line magics: %"
                    + String.join(
                            "  %",
                            k.getMagicsRegistry().getLineMagicNames().stream()
                                    .sorted()
                                    .toList()));
            System.out.println("cell magics: %%"
                    + String.join(
                            "  %%",
                            k.getMagicsRegistry().getCellMagicNames().stream()
                                    .sorted()
                                    .toList()));
            return null;
        });
        registry.registerCellMagic("time", (UmbrellaKernel k, List<String> args, String body) -> null);
    }

    /** Runs a line magic; {@code %time} and {@code %load} need the evaluator, the rest the registry. */
    static Evaluator.Result runLine(UmbrellaKernel kernel, CellSource.Part part, int cell) {
        switch (part.name()) {
            case "time" -> {
                String code = part.text().stripLeading().substring("%time".length());
                return timed(() -> kernel.evaluator().run(code, cell, part.firstLine()));
            }
            case "load" -> {
                return load(kernel, part.args(), cell);
            }
            default -> {
                try {
                    kernel.getMagicsRegistry().evalLineMagic(kernel, part.name(), part.args());
                    return Evaluator.Result.EMPTY;
                } catch (UndefinedMagicException e) {
                    return new Evaluator.Result(
                            null,
                            false,
                            CellError.of(
                                    "UndefinedMagicException", "no line magic %" + part.name() + " (try %lsmagic)"));
                } catch (Exception e) {
                    return new Evaluator.Result(
                            null,
                            false,
                            CellError.of(e.getClass().getSimpleName(), "%" + part.name() + ": " + e.getMessage()));
                }
            }
        }
    }

    static Evaluator.Result runCell(UmbrellaKernel kernel, CellSource.Part part, int cell) {
        if (part.name().equals("time")) {
            return timed(() -> kernel.evaluator().run(part.text(), cell, part.firstLine()));
        }
        try {
            Object value = kernel.getMagicsRegistry().evalCellMagic(kernel, part.name(), part.args(), part.text());
            return value == null ? Evaluator.Result.EMPTY : new Evaluator.Result(value, true, null);
        } catch (UndefinedMagicException e) {
            return new Evaluator.Result(
                    null,
                    false,
                    CellError.of("UndefinedMagicException", "no cell magic %%" + part.name() + " (try %lsmagic)"));
        } catch (Exception e) {
            return new Evaluator.Result(
                    null,
                    false,
                    CellError.of(e.getClass().getSimpleName(), "%%" + part.name() + ": " + e.getMessage()));
        }
    }

    private static Evaluator.Result timed(Supplier<Evaluator.Result> run) {
        long start = System.nanoTime();
        var result = run.get();
        double millis = (System.nanoTime() - start) / 1e6;
        System.out.println(String.format(Locale.ROOT, "Wall time: %.1f ms", millis));
        return result;
    }

    private static Object addClasspath(UmbrellaKernel kernel, List<String> args) throws IOException {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("usage: %classpath PATH... (jars or directories, globs allowed)");
        }
        for (String arg : args) {
            var paths = glob(arg);
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("nothing matches " + arg);
            }
            for (Path p : paths) {
                kernel.evaluator().addToClasspath(p.toAbsolutePath().toString());
            }
        }
        return null;
    }

    /** Puts resolved jars on the cells' class path and says which (file names only: outputs name no machine paths). */
    private static Object addJars(UmbrellaKernel kernel, List<Path> jars) {
        var names = new ArrayList<String>();
        for (Path jar : jars) {
            kernel.evaluator().addToClasspath(jar.toAbsolutePath().toString());
            names.add(jar.getFileName().toString());
        }
        System.out.println("Added to the class path: " + String.join(", ", names));
        return null;
    }

    /** Paths matching a glob ({@code lib/*.jar}, {@code jars/**.jar}); a path without wildcards as is. */
    static List<Path> glob(String pattern) throws IOException {
        String p = pattern.replace('\\', '/');
        int wild = p.length();
        for (char c : new char[] {'*', '?', '[', '{'}) {
            int i = p.indexOf(c);
            if (i >= 0) {
                wild = Math.min(wild, i);
            }
        }
        if (wild == p.length()) {
            Path path = Path.of(pattern);
            return Files.exists(path) ? List.of(path) : List.of();
        }
        int slash = p.lastIndexOf('/', wild);
        Path base = Path.of(slash < 0 ? "." : p.substring(0, slash + 1))
                .toAbsolutePath()
                .normalize();
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        var matcher = base.getFileSystem().getPathMatcher("glob:" + (slash < 0 ? p : p.substring(slash + 1)));
        int depth = p.contains("**")
                ? Integer.MAX_VALUE
                : (int) p.substring(slash + 1).chars().filter(ch -> ch == '/').count() + 1;
        try (var walk = Files.walk(base, depth)) {
            return walk.filter(f -> !f.equals(base) && matcher.matches(base.relativize(f)))
                    .sorted()
                    .toList();
        }
    }

    private static Evaluator.Result load(UmbrellaKernel kernel, List<String> args, int cell) {
        if (args.size() != 1) {
            return new Evaluator.Result(
                    null, false, CellError.of("IllegalArgumentException", "usage: %load FILE.jsh|FILE.java"));
        }
        Path file = Path.of(args.get(0));
        String code;
        try {
            code = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            return new Evaluator.Result(
                    null, false, CellError.of("IOException", "%load: cannot read " + file + ": " + e));
        }
        // JShell has no packages: a .java file's package line is dropped (its classes become top-level snippets).
        code = code.replaceFirst("(?m)^\\s*package\\s+[\\w.]+\\s*;", "");
        var result = kernel.evaluator().run(code, cell, 1);
        return new Evaluator.Result(null, false, result.error());
    }
}
