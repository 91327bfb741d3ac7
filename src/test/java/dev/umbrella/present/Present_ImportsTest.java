package dev.umbrella.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** present builds figures and tables from analysis results; it must not know Jupyter, the kernel or the runner. */
class Present_ImportsTest {
    @Test
    void presentImportsNoJupyterKernelCliOrPublishType() throws IOException {
        List<String> imports;
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/umbrella/present"))) {
            imports = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> l.startsWith("import "));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
        assertThat(imports).isNotEmpty().noneMatch(l -> l.matches(
                "import (static )?(org\\.dflib\\.jjava|dev\\.umbrella\\.(kernel|cli|publish))\\..*"));
    }
}
