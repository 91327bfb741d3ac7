package dev.umbrella.publish;

import static dev.umbrella.publish.NotebookRunner_ExecutionTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Slides_StructureTest {

    @Test
    void slideTypesBecomeColumnsRowsFragmentsAndNotes() throws IOException {
        Notebook nb = new NotebookRunner(ScriptedEngine.factory(new ArrayList<>()), Progress.NONE)
                .execute(fixture("sample.ipynb"));

        List<List<Slides.Subslide>> deck = Slides.structure(nb);

        // slide "title" (params skipped) | slide "intro" + fragment "hello" + "-" empty, subslide "figure" (+
        // skip-execution "-" cell, notes) | slide "table" + fragment "end"
        assertThat(deck).hasSize(3);
        assertThat(deck.get(0)).hasSize(1);
        assertThat(deck.get(0).get(0).blocks()).hasSize(1);
        assertThat(deck.get(0).get(0).blocks().get(0).html())
                .contains("<h1>Sample walkthrough</h1>")
                .doesNotContain("seed");
        assertThat(deck.get(1)).hasSize(2);
        var intro = deck.get(1).get(0).blocks();
        assertThat(intro)
                .extracting(Slides.Block::fragment)
                .containsExactly(false, true); // the empty cell shows nothing
        assertThat(intro.get(1).html()).contains("hello from the kernel");
        var figure = deck.get(1).get(1);
        assertThat(figure.blocks().get(0).html()).contains("<div class=\"figure\">");
        assertThat(figure.notes()).singleElement().asString().contains("numbers come from the datasets");
        assertThat(deck.get(2).get(0).blocks())
                .extracting(Slides.Block::fragment)
                .containsExactly(false, true);
    }

    @Test
    void pageIsSelfContainedWithTheFixedStage() throws IOException {
        Notebook nb = new NotebookRunner(ScriptedEngine.factory(new ArrayList<>()), Progress.NONE)
                .execute(fixture("sample.ipynb"));
        String page = Slides.page(nb);
        assertThat(page)
                .contains("width: 1280px; height: 720px")
                .contains("<section class=\"slide\" data-h=\"1\" data-v=\"1\">")
                .contains("<aside class=\"notes\">")
                .contains("window.umbrellaSlides")
                .doesNotContain("src=\"http");
    }
}
