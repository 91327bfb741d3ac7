package dev.umbrella.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Publish_RunVerifyTest {
    @TempDir
    Path dir;

    private Path copy(String name) throws IOException {
        Path target = dir.resolve("notebooks").resolve(name);
        Files.createDirectories(target.getParent());
        Files.write(target, NotebookJson_NbformatCompatibilityTest.resource(name));
        return target;
    }

    private static Publish publish() {
        return new Publish(ScriptedEngine.factory(new ArrayList<>()), null);
    }

    @Test
    void failingNotebookLeavesEveryNotebookAsItWas() throws IOException {
        Path sample = copy("sample.ipynb");
        Path failing = copy("failing.ipynb");
        byte[] sampleBefore = Files.readAllBytes(sample);
        byte[] failingBefore = Files.readAllBytes(failing);

        assertThatThrownBy(() -> Publish.write(
                        publish().execute(Publish.notebooksIn(sample.getParent()), Map.of()), sample.getParent()))
                .isInstanceOf(CellFailure.class);

        assertThat(Files.readAllBytes(sample)).isEqualTo(sampleBefore);
        assertThat(Files.readAllBytes(failing)).isEqualTo(failingBefore);
        try (var files = Files.list(sample.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("sample.ipynb", "failing.ipynb");
        }
    }

    @Test
    void verifyPassesAfterRunAndNamesCellAndOutputWhenSomethingChanged() throws IOException {
        Path sample = copy("sample.ipynb");
        List<Path> files = List.of(sample);
        Publish.write(publish().execute(files, Map.of()), sample.getParent());

        assertThat(publish().verify(files, dir.resolve("scratch"))).containsEntry("sample.ipynb", List.of());
        assertThat(dir.resolve("scratch/sample.ipynb")).hasSameBinaryContentAs(sample);

        String edited = Files.readString(sample, StandardCharsets.UTF_8)
                .replace("\"hello from the kernel", "\"hello from a hand edit");
        Files.writeString(sample, edited, StandardCharsets.UTF_8);
        List<String> diff = publish().verify(files, dir.resolve("scratch2")).get("sample.ipynb");
        assertThat(diff).hasSize(1);
        assertThat(diff.get(0))
                .startsWith("cell 4 (id hello), output 1 (stream) text line 1:")
                .contains("committed:   hello from a hand edit")
                .contains("re-executed: hello from the kernel");
    }

    @Test
    void verifyReportsAFileThatOnlyDiffersInFormatting() throws IOException {
        Path sample = copy("sample.ipynb");
        Publish.write(publish().execute(List.of(sample), Map.of()), sample.getParent());
        Files.writeString(sample, Files.readString(sample).replace("\n \"", "\n  \""));

        assertThat(publish().verify(List.of(sample), dir.resolve("scratch")).get("sample.ipynb"))
                .singleElement()
                .asString()
                .contains("different formatting");
    }

    @Test
    void brokenNotebookNamesFileAndPosition() throws IOException {
        Path broken = dir.resolve("broken.ipynb");
        Files.writeString(broken, "{\"cells\": [\n  {\"cell_type\": \"code\",,}\n]}");
        assertThatThrownBy(() -> Notebook.read(broken))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining(broken + ": not valid notebook JSON")
                .hasMessageContaining("line 2");
    }
}
