package dev.umbrella.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code %maven} and {@code %%loadFromPOM} through the in-process session ({@code ./umbrella run}'s
 * engine, the same execution path as the Jupyter kernel), against file repositories this test
 * builds: no network. "Central" is a file repository ({@code -Dumbrella.maven.central}) and the local
 * repository a fresh directory ({@code -Dmaven.repo.local}).
 */
class Magics_MavenTest {
    @TempDir
    static Path dir;

    private static NotebookSession session;
    private static Path central;
    private static Path other;
    private static Path local;
    private static final Map<String, String> saved = new HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        central = dir.resolve("central");
        other = dir.resolve("other");
        local = dir.resolve("local");
        publish(
                central,
                "org.example",
                "words",
                "2.0",
                "org.example.words.Words",
                "package org.example.words; public class Words { public static String greeting() { return \"hello\"; } }",
                "");
        // greeter needs words at run time; its test-scoped dependency is in no repository, so resolving it would fail
        publish(
                central,
                "org.example",
                "greeter",
                "1.0",
                "org.example.greeter.Greeter",
                "package org.example.greeter; public class Greeter { public static String greet(String n) { "
                        + "return org.example.words.Words.greeting() + \", \" + n; } }",
                dependency("org.example", "words", "2.0", "compile")
                        + dependency("org.example", "testkit", "9.9", "test"));
        publish(
                central,
                "org.example",
                "extra",
                "1.5",
                "org.example.extra.Extra",
                "package org.example.extra; public class Extra { public static int answer() { return 42; } }",
                "");
        publish(
                other,
                "org.example",
                "elsewhere",
                "3.0",
                "org.example.elsewhere.Elsewhere",
                "package org.example.elsewhere; public class Elsewhere { public static String where() { return \"other repo\"; } }",
                "");
        for (var p : Map.of("umbrella.maven.central", central.toUri().toString(), "maven.repo.local", local.toString())
                .entrySet()) {
            saved.put(p.getKey(), System.getProperty(p.getKey()));
            System.setProperty(p.getKey(), p.getValue());
        }
        session = NotebookSession.start();
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
        }
        saved.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
    }

    private static String stdout(CellResult r) {
        var out = new StringBuilder();
        r.outputs().stream()
                .filter(o -> o.get("output_type").getAsString().equals("stream"))
                .forEach(o -> out.append(o.get("text").getAsString()));
        return out.toString();
    }

    private static String value(CellResult r) {
        assertThat(r.ok()).as("%s", r.outputs()).isTrue();
        var last = r.outputs().get(r.outputs().size() - 1);
        return last.getAsJsonObject("data").get("text/plain").getAsString();
    }

    @Test
    void mavenAddsTheArtifactAndItsRuntimeDependenciesThenWorksOfflineFromTheLocalRepository() {
        var r = session.execute("%maven org.example:greeter:1.0\norg.example.greeter.Greeter.greet(\"Seth\")");
        assertThat(stdout(r)).isEqualTo("Added to the class path: greeter-1.0.jar, words-2.0.jar\n");
        assertThat(value(r)).isEqualTo("hello, Seth");
        assertThat(local.resolve("org/example/greeter/1.0/greeter-1.0.jar")).isRegularFile();
        assertThat(local.resolve("org/example/words/2.0/words-2.0.jar")).isRegularFile();
        assertThat(local.resolve("org/example/testkit")).doesNotExist();

        // Central out of reach (a refused port): the warm local repository is enough.
        session.execute("%mavenRepo central http://127.0.0.1:9/maven2/");
        var again = session.execute("%maven org.example:greeter:1.0");
        assertThat(again.ok()).as("%s", again.outputs()).isTrue();
        assertThat(stdout(again)).isEqualTo("Added to the class path: greeter-1.0.jar, words-2.0.jar\n");

        // Not in the local repository and no network: a clear error naming the artifact, at once.
        long start = System.nanoTime();
        var missing = session.execute("%maven org.example:missing:1.0");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(missing.ok()).isFalse();
        String evalue = missing.outputs().get(0).get("evalue").getAsString();
        assertThat(evalue)
                .startsWith("%maven: cannot resolve org.example:missing:1.0")
                .contains("org.example:missing:pom:1.0")
                .contains("127.0.0.1:9");
        session.execute("%mavenRepo central " + central.toUri());
    }

    @Test
    void loadFromPomTakesADependencyBlockOrASmallPom() {
        var block = session.execute("%%loadFromPOM\n<dependency>\n  <groupId>org.example</groupId>\n"
                + "  <artifactId>extra</artifactId>\n  <version>1.5</version>\n</dependency>");
        assertThat(stdout(block)).isEqualTo("Added to the class path: extra-1.5.jar\n");
        assertThat(value(session.execute("org.example.extra.Extra.answer()"))).isEqualTo("42");

        var pom = session.execute("%%loadFromPOM\n<project>\n  <modelVersion>4.0.0</modelVersion>\n"
                + "  <properties><where.version>3.0</where.version></properties>\n"
                + "  <repositories><repository><id>other</id><url>" + other.toUri()
                + "</url></repository></repositories>\n"
                + "  <dependencies>\n"
                + dependency("org.example", "elsewhere", "${where.version}", "compile")
                + dependency("org.example", "testkit", "9.9", "test")
                + "  </dependencies>\n</project>");
        assertThat(stdout(pom)).as("%s", pom.outputs()).isEqualTo("Added to the class path: elsewhere-3.0.jar\n");
        assertThat(value(session.execute("org.example.elsewhere.Elsewhere.where()")))
                .isEqualTo("other repo");
    }

    @Test
    void badCoordinatesAndEmptyPomsSayWhatIsWrong() {
        var bad = session.execute("%maven just-a-name");
        assertThat(bad.outputs().get(0).get("evalue").getAsString()).contains("not Maven coordinates: just-a-name");
        var none = session.execute(
                "%%loadFromPOM\n<dependency><groupId>a</groupId><artifactId>b</artifactId><version>1</version><scope>test</scope></dependency>");
        assertThat(none.outputs().get(0).get("evalue").getAsString()).contains("no <dependency> with a runtime scope");
        var usage = session.execute("%maven");
        assertThat(usage.outputs().get(0).get("evalue").getAsString()).contains("usage: %maven group:artifact:version");
    }

    private static String dependency(String group, String artifact, String version, String scope) {
        return "    <dependency><groupId>" + group + "</groupId><artifactId>" + artifact + "</artifactId><version>"
                + version + "</version><scope>" + scope + "</scope></dependency>\n";
    }

    /** Compiles one class into a jar and writes it with its POM in Maven's repository layout. */
    private static void publish(
            Path repo,
            String group,
            String artifact,
            String version,
            String className,
            String source,
            String dependencies)
            throws IOException {
        Path folder = repo.resolve(group.replace('.', '/')).resolve(artifact).resolve(version);
        Files.createDirectories(folder);
        Files.writeString(
                folder.resolve(artifact + "-" + version + ".pom"),
                "<project><modelVersion>4.0.0</modelVersion><groupId>" + group + "</groupId><artifactId>" + artifact
                        + "</artifactId><version>" + version + "</version><dependencies>\n" + dependencies
                        + "</dependencies></project>\n",
                StandardCharsets.UTF_8);
        Path classes = Files.createTempDirectory(dir, "classes");
        var javac = ToolProvider.getSystemJavaCompiler();
        var unit =
                new SimpleJavaFileObject(
                        URI.create("string:///" + className.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignore) {
                        return source;
                    }
                };
        var options = List.of(
                "-d",
                classes.toString(),
                "-cp",
                central.resolve("org/example/words/2.0/words-2.0.jar").toString());
        assertThat(javac.getTask(null, null, null, options, null, List.of(unit)).call())
                .as("compiles " + className)
                .isTrue();
        try (OutputStream out = Files.newOutputStream(folder.resolve(artifact + "-" + version + ".jar"));
                var jar = new JarOutputStream(out);
                var files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                jar.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(f));
                jar.closeEntry();
            }
        }
    }
}
