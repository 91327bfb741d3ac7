package dev.umbrella.kernel.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Kernelspec_InstallTest {
    @Test
    void writesKernelJsonUnderThePrefix(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("umbrella.jar"), "not really a jar");
        var spec = Kernelspec.of("umbrella", jar, dir);
        Path kernelDir = spec.install(Kernelspec.prefixDataDir(dir.resolve("prefix")), false);

        assertThat(kernelDir).isEqualTo(dir.resolve("prefix/share/jupyter/kernels/umbrella"));
        String text = Files.readString(kernelDir.resolve("kernel.json"), StandardCharsets.UTF_8);
        var json = JsonParser.parseString(text).getAsJsonObject();
        assertThat(json.get("display_name").getAsString()).isEqualTo("Java (Umbrella)");
        assertThat(json.get("language").getAsString()).isEqualTo("java");
        assertThat(json.get("interrupt_mode").getAsString()).isEqualTo("message");
        var argv = json.getAsJsonArray("argv");
        assertThat(argv.get(argv.size() - 1).getAsString()).isEqualTo("{connection_file}");
        assertThat(argv.get(argv.size() - 2).getAsString()).isEqualTo("dev.umbrella.kernel.server.KernelMain");
        assertThat(argv.toString())
                .contains(jar.toString())
                .contains("-Duser.timezone=UTC")
                .contains("-Dfile.encoding=UTF-8")
                .contains("-Dumbrella.home=" + dir)
                .doesNotContain("SharedArchiveFile");
        // huge pages only where the OS offers them
        boolean huge = Files.isReadable(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"))
                && !Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"))
                        .contains("[never]");
        assertThat(argv.toString().contains("\"-XX:+UseTransparentHugePages\"")).isEqualTo(huge);
        assertThat(text).endsWith("}\n").doesNotContain("\r");
        try (var files = Files.list(kernelDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("kernel.json");
        }
    }

    @Test
    void reinstallReplacesTheSpec(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("umbrella.jar"), "x");
        Path data = Kernelspec.prefixDataDir(dir);
        Kernelspec.of("umbrella", jar, dir).install(data, false);
        Path other = Files.writeString(dir.resolve("other.jar"), "y");
        Path kernelDir = Kernelspec.of("umbrella", other, dir).install(data, false);
        assertThat(Files.readString(kernelDir.resolve("kernel.json")))
                .contains("other.jar")
                .doesNotContain("umbrella.jar\"");
    }

    @Test
    void missingJarIsAClearError(@TempDir Path dir) {
        var spec = Kernelspec.of("umbrella", dir.resolve("target/umbrella.jar"), dir);
        assertThatThrownBy(() -> spec.install(dir, false))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("target/umbrella.jar")
                .hasMessageContaining("mvnw");
        assertThat(dir.resolve("kernels")).doesNotExist();
    }
}
