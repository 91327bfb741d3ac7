package dev.umbrella.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Shift-Tab (inspect_request) shows the signature and the Javadoc: summary, parameters and return
 * value, as text/plain and text/markdown, for Umbrella's own API (sources shipped in the jar), the
 * JDK (src.zip) and Tablesaw (its -sources jar beside its jar). JupyterLab's completer asks the same
 * request for the documentation of the selected completion.
 */
class UmbrellaKernel_InspectTest {
    private static UmbrellaKernel kernel;

    @BeforeAll
    static void start() {
        kernel = UmbrellaKernel.start();
    }

    @AfterAll
    static void stop() {
        kernel.shutdown();
    }

    private static String plain(DisplayData data) {
        return String.valueOf(data.getData(MIMEType.TEXT_PLAIN));
    }

    private static String markdown(DisplayData data) {
        return String.valueOf(data.getData(MIMEType.TEXT_MARKDOWN));
    }

    @Test
    void umbrellaApiShowsSummaryParametersAndReturnValue() {
        String code = "String seed = readLine(";
        var data = kernel.inspect(code, code.length(), false);
        assertThat(data).isNotNull();
        assertThat(plain(data))
                .startsWith("String dev.umbrella.kernel.display.NotebookStatics.readLine(String prompt)")
                .contains("Asks the user for one line")
                .contains("Parameters:\n    prompt - the text shown before the input box")
                .contains("Returns:\n    the line typed, without its line end");
        assertThat(markdown(data))
                .startsWith("```java\nString dev.umbrella.kernel.display.NotebookStatics.readLine(String prompt)\n```")
                .contains("**Parameters**\n- `prompt`: the text shown before the input box")
                .contains("**Returns** the line typed");
    }

    @Test
    void cursorInsideANameInspectsThatName() {
        String code = "Umbrella.engineer(\"mike\")";
        var data = kernel.inspect(code, "Umbrella.engi".length(), false);
        assertThat(plain(data))
                .startsWith("Estimates Umbrella.engineer(String id)")
                .contains("The estimates for one engineer (seth, mike, samuel).");
        assertThat(markdown(data)).contains("(`seth`, `mike`, `samuel`)");
    }

    @Test
    void jdkShowsItsJavadocWhereSrcZipIsInstalled() {
        Path srcZip = Path.of(System.getProperty("java.home"), "lib", "src.zip");
        if (!Files.isReadable(srcZip)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("the JDK's sources are required on CI (.ci/run installs openjdk-17-source): " + srcZip);
            }
            Assumptions.abort("no JDK sources at " + srcZip);
        }
        String code = "Math.floorMod(";
        var data = kernel.inspect(code, code.length(), false);
        assertThat(plain(data))
                .contains("int Math.floorMod(int x, int y)")
                .contains("Returns the floor modulus of the int arguments")
                .contains("Parameters:\n    x - the dividend")
                .contains("Returns:");
    }

    @Test
    void tablesawShowsItsJavadocFromItsSourcesJar() {
        String code = "Table.create(";
        var data = kernel.inspect(code, code.length(), false);
        assertThat(plain(data))
                .contains("Table Table.create(String tableName)")
                .contains("Returns a new, empty table (without rows or columns) with the given name");
    }

    @Test
    void variablesOfTheQuickPathCompleteAndInspect() {
        var evaluator = kernel.evaluator();
        int before = evaluator.quickRuns();
        assertThat(evaluator.run("String quickName = \"abc\";", 1, 1).error()).isNull();
        assertThat(evaluator.run("var quickCounts = List.of(1, 2);", 2, 1).error())
                .isNull();
        assertThat(evaluator.quickRuns()).as("both declared on the quick path").isEqualTo(before + 2);
        assertThat(kernel.complete("quick", 5).getReplacements()).contains("quickName", "quickCounts");
        String member = "quickName.toUpp";
        assertThat(kernel.complete(member, member.length()).getReplacements())
                .anyMatch(r -> r.startsWith("toUpperCase("));
        String code = "quickCounts.size(";
        assertThat(plain(kernel.inspect(code, code.length(), false))).startsWith("int List<E>.size()");
    }

    @Test
    void warmingUpLeavesNothingToComplete() {
        int before = kernel.evaluator().quickRuns();
        kernel.warmUp(() -> true);
        assertThat(kernel.evaluator().quickRuns())
                .as("the warm-up's variables took the quick path")
                .isGreaterThan(before + 4);
        assertThat(kernel.complete("umbrellaWarm", 12).getReplacements()).isEmpty();
        assertThat(kernel.evaluator().run("umbrellaWarm$", 1, 1).error()).isNotNull();
    }

    @Test
    void unknownNameFindsNothing() {
        assertThat(kernel.inspect("noSuchThing", 5, false)).isNull();
    }
}
