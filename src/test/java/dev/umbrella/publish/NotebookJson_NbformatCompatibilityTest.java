package dev.umbrella.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The golden files were written by Jupyter's own nbformat ({@code nbformat.writes}) from a compact,
 * unsorted, ASCII-escaped input: our writer must produce the very same bytes.
 */
class NotebookJson_NbformatCompatibilityTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = NotebookJson_NbformatCompatibilityTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void writesExactlyWhatNbformatWrites() throws IOException {
        String input = new String(resource("golden/input.ipynb"), StandardCharsets.UTF_8);
        byte[] expected = resource("golden/nbformat-written.ipynb");

        Notebook nb = Notebook.parse("input.ipynb", input, "input.ipynb");

        assertThat(new String(nb.toBytes(), StandardCharsets.UTF_8))
                .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(nb.toBytes()).isEqualTo(expected);
    }

    @Test
    void rewritingNbformatOutputChangesNothing() throws IOException {
        byte[] expected = resource("golden/nbformat-written.ipynb");
        Notebook nb = Notebook.parse("x.ipynb", new String(expected, StandardCharsets.UTF_8), "x.ipynb");
        assertThat(nb.toBytes()).isEqualTo(expected);
    }

    @Test
    void floatsPrintAsPythonRepr() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (String line : new String(resource("golden/python-float-repr.txt"), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" ");
            double d = Double.longBitsToDouble(Long.parseUnsignedLong(parts[0], 16));
            String ours = NotebookJson.pythonFloatRepr(d);
            checked++;
            if (!ours.equals(parts[1])) {
                mismatches.add(parts[1] + " but got " + ours);
            }
        }
        assertThat(checked).isGreaterThan(4000);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void linesSplitLikePythonSplitlines() {
        assertThat(NotebookJson.lines("a\r\nb\rc\nd").toString()).isEqualTo("[\"a\\r\\n\",\"b\\r\",\"c\\n\",\"d\"]");
        assertThat(NotebookJson.lines("")).isEmpty();
        assertThat(NotebookJson.lines("x\n").size()).isEqualTo(1);
    }

    @Test
    void outputDoesNotDependOnDefaultLocale() throws IOException {
        var saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("de-DE"));
            writesExactlyWhatNbformatWrites();
            assertThat(NotebookJson.pythonFloatRepr(2.5e-7)).isEqualTo("2.5e-07");
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }
}
