package dev.umbrella.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.kernel.display.UmbrellaExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import javax.tools.ToolProvider;
import org.dflib.jjava.jupyter.Extension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Magics_ClasspathLoadTest {
    private static NotebookSession session;

    @BeforeAll
    static void start() {
        session = NotebookSession.start();
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    private static String text(CellResult r) {
        return r.outputs().get(0).getAsJsonObject("data").get("text/plain").getAsString();
    }

    @Test
    void classpathAddsACompiledDirectory(@TempDir Path dir) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/demo"));
        Files.writeString(
                src.resolve("Greeter.java"),
                "package demo; public class Greeter { public static String hi() { return \"hi from a jar dir\"; } }");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int rc = ToolProvider.getSystemJavaCompiler()
                .run(
                        null,
                        null,
                        null,
                        "-d",
                        classes.toString(),
                        src.resolve("Greeter.java").toString());
        assertThat(rc).isZero();
        var r = session.execute("%classpath " + classes + "\ndemo.Greeter.hi()");
        assertThat(r.ok()).as(r.outputs().toString()).isTrue();
        assertThat(text(r)).isEqualTo("hi from a jar dir");
    }

    @Test
    void classpathWithNothingMatchingIsAnError(@TempDir Path dir) {
        var r = session.execute("%jars " + dir.resolve("nothing-*.jar"));
        assertThat(r.ok()).isFalse();
        assertThat(r.outputs().get(0).get("evalue").getAsString()).contains("nothing matches");
    }

    @Test
    void loadRunsAJshFileAndItsDefinitionsStay(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(
                dir.resolve("helpers.jsh"),
                "int twice(int x) {\n    return 2 * x;\n}\nSystem.out.println(\"loaded\");\n");
        var r = session.execute("%load " + file);
        assertThat(r.outputs().get(0).get("text").getAsString()).isEqualTo("loaded\n");
        assertThat(text(session.execute("twice(21)"))).isEqualTo("42");
    }

    @Test
    void extensionIsRegisteredForJJava() {
        assertThat(ServiceLoader.load(Extension.class).stream()
                        .map(p -> p.type().getName()))
                .contains(UmbrellaExtension.class.getName());
    }
}
