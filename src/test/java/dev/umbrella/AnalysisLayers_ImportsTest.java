package dev.umbrella;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The analysis stages depend one way: model → estimate → roi; none of them on kernel, cli, publish or present. */
class AnalysisLayers_ImportsTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/umbrella");

    private static List<String> importsOf(String pkg) throws IOException {
        try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> l.startsWith("import "));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    @Test
    void modelImportsNoLaterStage() throws IOException {
        assertThat(importsOf("model")).noneMatch(l -> l.matches("import dev\\.umbrella\\.(estimate|roi|present"
                + "|kernel|cli|publish)\\..*"));
    }

    @Test
    void estimateImportsNeitherRoiNorUpperLayers() throws IOException {
        assertThat(importsOf("estimate")).noneMatch(l -> l.matches("import dev\\.umbrella\\.(roi|present|kernel"
                + "|cli|publish)\\..*"));
    }

    @Test
    void roiImportsNoUpperLayerAndNoJupyter() throws IOException {
        assertThat(importsOf("roi")).noneMatch(l -> l.matches("import (dev\\.umbrella\\.(present|kernel|cli|publish)"
                + "|org\\.dflib\\.jjava)\\..*"));
    }
}
