package dev.umbrella.publish;

import static dev.umbrella.publish.NotebookRunner_ExecutionTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Parameters_InjectionTest {

    @Test
    void readsTheDeclarationsOfTheParametersCell() throws IOException {
        assertThat(Parameters.declared(fixture("sample.ipynb")))
                .containsExactly(
                        new Parameters.Parameter("long", "seed", "20230601L"),
                        new Parameters.Parameter("int", "transitionMonths", "2"),
                        new Parameters.Parameter("double", "loss_per_incident", "1.0e6"),
                        new Parameters.Parameter("String", "label", "\"base; case\""),
                        new Parameters.Parameter("var", "draws", "1000"));
    }

    @Test
    void injectsTypedAssignmentsRightAfterTheParametersCell() throws IOException {
        Notebook source = fixture("sample.ipynb");
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("loss_per_incident", "2e6");
        overrides.put("seed", "7");
        overrides.put("label", "high \"case\"");
        overrides.put("draws", "50");

        Notebook injected = Parameters.inject(source, overrides);

        var cells = injected.cells();
        assertThat(Notebook.id(cells.get(1))).isEqualTo("params");
        assertThat(Notebook.id(cells.get(2))).isEqualTo("injected-parameters");
        assertThat(Notebook.tags(cells.get(2))).containsExactly("injected-parameters");
        assertThat(Notebook.source(cells.get(2)))
                .isEqualTo("// Parameters (injected by umbrella run --param)\n"
                        + "long seed = 7L;\n"
                        + "double loss_per_incident = 2e6;\n"
                        + "String label = \"high \\\"case\\\"\";\n"
                        + "int draws = 50;");
        assertThat(injected.metadata()
                        .getAsJsonObject("umbrella")
                        .getAsJsonObject("parameters")
                        .get("seed")
                        .getAsString())
                .isEqualTo("7");
        assertThat(source.cells()).as("the committed notebook is left alone").hasSize(cells.size() - 1);
    }

    @Test
    void anUndeclaredNameIsFixedOnTheDeclaredAssumptionOverrides() throws IOException {
        String json = new String(
                        NotebookJson_NbformatCompatibilityTest.resource("sample.ipynb"),
                        java.nio.charset.StandardCharsets.UTF_8)
                .replace(
                        "\"var draws = 1000;\"",
                        "\"var draws = 1000;\\n\", \"var overrides = Overrides.none(); // ROI assumptions\"");
        Notebook source = Notebook.parse("walk.ipynb", json, "walk.ipynb");
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("seed", "7");
        overrides.put("loss_per_incident", "3e6");
        overrides.put("discount_rate", "0.07");

        Notebook injected = Parameters.inject(source, overrides);

        // declared names keep their typed assignment; the others go onto the overrides, sorted by name
        assertThat(Notebook.source(injected.cells().get(2)))
                .isEqualTo("// Parameters (injected by umbrella run --param)\n"
                        + "long seed = 7L;\n"
                        + "double loss_per_incident = 3e6;\n"
                        + "overrides = overrides.with(\"discount_rate\", 0.07);");
        assertThat(injected.metadata()
                        .getAsJsonObject("umbrella")
                        .getAsJsonObject("parameters")
                        .get("discount_rate")
                        .getAsString())
                .isEqualTo("0.07");
        assertThatThrownBy(() -> Parameters.inject(source, Map.of("discount_rate", "seven")))
                .hasMessageContaining("parameter \"discount_rate\" is double");
    }

    @Test
    void injectingAgainReplacesTheInjectedCell() throws IOException {
        Notebook once = Parameters.inject(fixture("sample.ipynb"), Map.of("seed", "7"));
        Notebook twice = Parameters.inject(once, Map.of("seed", "8"));
        assertThat(twice.cells()).hasSize(once.cells().size());
        assertThat(Notebook.source(twice.cells().get(2)))
                .contains("long seed = 8L;")
                .doesNotContain("7L");
    }

    @Test
    void unknownNameIsAnErrorListingTheKnownOnes() throws IOException {
        assertThatThrownBy(() -> Parameters.inject(fixture("sample.ipynb"), Map.of("loss_per_incidnet", "2e6")))
                .isInstanceOf(PublishException.class)
                .hasMessage("sample.ipynb: unknown parameter \"loss_per_incidnet\"; known parameters: "
                        + "seed, transitionMonths, loss_per_incident, label, draws");
    }

    @Test
    void valueThatDoesNotFitTheTypeIsAnError() throws IOException {
        assertThatThrownBy(() -> Parameters.inject(fixture("sample.ipynb"), Map.of("seed", "7.5")))
                .hasMessageContaining("parameter \"seed\" is long")
                .hasMessageContaining("\"7.5\"");
        assertThatThrownBy(() -> Parameters.inject(fixture("sample.ipynb"), Map.of("loss_per_incident", "lots")))
                .hasMessageContaining("parameter \"loss_per_incident\" is double");
    }

    @Test
    void notebookWithoutParametersCellTakesNone() throws IOException {
        assertThatThrownBy(() -> Parameters.inject(fixture("failing.ipynb"), Map.of("seed", "1")))
                .hasMessageContaining("failing.ipynb: has no cell tagged \"parameters\"");
    }

    @Test
    void commandLineAssignmentsSplitAtTheFirstEquals() {
        assertThat(Parameters.parseAssignments(List.of("a=1", "b=x=y")))
                .containsEntry("a", "1")
                .containsEntry("b", "x=y");
        assertThatThrownBy(() -> Parameters.parseAssignments(List.of("novalue")))
                .hasMessageContaining("expected name=value");
    }

    @Test
    void literalsFollowTheDeclaredType() {
        assertThat(Parameters.literal("n", new Parameters.Parameter("double", "x", "1.0"), "3"))
                .isEqualTo("3.0");
        assertThat(Parameters.literal("n", new Parameters.Parameter("boolean", "b", "true"), "false"))
                .isEqualTo("false");
        assertThat(Parameters.literal(
                        "n", new Parameters.Parameter("LocalDate", "d", "LocalDate.of(2024,1,1)"), "2024-02-03"))
                .isEqualTo("java.time.LocalDate.parse(\"2024-02-03\")");
        assertThat(Parameters.literal("n", new Parameters.Parameter("long", "s", "1L"), "2e6"))
                .isEqualTo("2000000L");
    }
}
