package dev.umbrella.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellSource_ParseTest {
    @Test
    void lineMagicsSplitJavaAndKeepLineNumbers() {
        var parts = CellSource.parse("%classpath lib/a.jar \"dir with space\"\nint x = 1;\n%lsmagic\nx")
                .parts();
        assertThat(parts)
                .extracting(CellSource.Part::kind)
                .containsExactly(
                        CellSource.Kind.LINE_MAGIC,
                        CellSource.Kind.JAVA,
                        CellSource.Kind.LINE_MAGIC,
                        CellSource.Kind.JAVA);
        assertThat(parts.get(0).args()).containsExactly("lib/a.jar", "dir with space");
        assertThat(parts.get(1).firstLine()).isEqualTo(2);
        assertThat(parts.get(3).firstLine()).isEqualTo(4);
    }

    @Test
    void cellMagicTakesTheWholeBody() {
        var part = CellSource.parse("%%time\nint a = 1;\na").parts().get(0);
        assertThat(part.kind()).isEqualTo(CellSource.Kind.CELL_MAGIC);
        assertThat(part.name()).isEqualTo("time");
        assertThat(part.text()).isEqualTo("int a = 1;\na");
        assertThat(part.firstLine()).isEqualTo(2);
    }

    @Test
    void timeAloneOnALineTimesTheRest() {
        var parts = CellSource.parse("int a = 1;\n%time\na + 1").parts();
        assertThat(parts.get(1).kind()).isEqualTo(CellSource.Kind.CELL_MAGIC);
        assertThat(parts.get(1).text()).isEqualTo("a + 1");
        assertThat(parts.get(1).firstLine()).isEqualTo(3);
    }

    @Test
    void percentInsideTextBlocksAndCommentsStaysJava() {
        var parts = CellSource.parse("String s = \"\"\"\n%d items\n\"\"\";\n/*\n%not a magic\n*/\ns")
                .parts();
        assertThat(parts).extracting(CellSource.Part::kind).containsExactly(CellSource.Kind.JAVA);
    }

    @Test
    void historyGlobIsSqliteStyle() {
        assertThat("6 * 7").matches(History.globToRegex("6*7"));
        assertThat("a1").matches(History.globToRegex("a?"));
        assertThat("x.y").doesNotMatch(History.globToRegex("x?z"));
        assertThat(List.of("b", "c")).allMatch(s -> s.matches(History.globToRegex("[bc]")));
    }
}
