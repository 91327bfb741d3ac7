package dev.umbrella.kernel.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import org.junit.jupiter.api.Test;

/**
 * A cell the evaluator takes as one snippet without asking JShell is exactly the snippet JShell's
 * analysis makes of it (complete, with the semicolon JShell adds to a declaration, nothing left over);
 * anything it is not sure of is left to JShell.
 */
class SnippetShape_OneSnippetTest {
    private static final List<String> CELLS = List.of(
            "x + 1",
            "x + 1;",
            "  s.size()\n",
            "int x = 5",
            "int x = 5;",
            "String t = \"a;b\"",
            "var s = List.of(1, 2)",
            "Map<String, List<Integer>> m = new HashMap<>()",
            "x = y = 3",
            "a ? b : c",
            "x -> x + 1",
            "(String) o",
            "new Foo(1).bar()",
            "o instanceof String",
            "String::valueOf",
            "f(a, b)",
            "arr[0]",
            "x++",
            "--x",
            "\"text\".length()",
            "'c'",
            "1.5e3",
            "Math.max(1,\n  2)",
            "x\ny",
            "new",
            "x +",
            "foo(",
            "return 1",
            "return 1;",
            "if (x) y = 1",
            "if (x) y = 1;",
            "x y",
            "List<String> a, b",
            "int a, b",
            "final int f = 1",
            "@A int x = 1",
            "x; y",
            "x;;",
            "x + 1 // note",
            "x + 1; // note",
            "/* c */ x",
            "{ int w = 1; }",
            "class A {}",
            "int f() { return 1; }",
            "import java.util.*",
            "import java.util.*;",
            "Collections.<String>emptyList()",
            "int[] a = new int[] {1}",
            "throw new RuntimeException()",
            "assert x > 0",
            "break",
            "yield 1",
            "String.join(\",\", list)",
            "x = \"\"\"\n  a\n  \"\"\"",
            "new int[3]",
            "int.class");

    @Test
    void takesOnlyWhatJShellMakesOneCompleteSnippetOf() {
        try (var shell = JShell.create()) {
            var analysis = shell.sourceCodeAnalysis();
            int taken = 0;
            for (String cell : CELLS) {
                String mine = SnippetShape.oneSnippet(cell);
                if (mine == null) {
                    continue;
                }
                taken++;
                var info = analysis.analyzeCompletion(cell);
                assertThat(info.completeness())
                        .as(cell)
                        .isIn(
                                Completeness.COMPLETE,
                                Completeness.COMPLETE_WITH_SEMI,
                                Completeness.DEFINITELY_INCOMPLETE);
                if (info.completeness() == Completeness.DEFINITELY_INCOMPLETE) {
                    // JShell runs the cell as written then too (and reports why it is incomplete)
                    assertThat(mine).as(cell).isEqualTo(cell.strip());
                    continue;
                }
                assertThat(mine).as(cell).isEqualTo(info.source().strip());
                assertThat(info.remaining()).as(cell).isBlank();
            }
            assertThat(taken).as("the common cells are taken").isGreaterThanOrEqualTo(25);
            for (String cell :
                    List.of("x + 1", "int x = 5", "String t = \"a;b\"", "var s = List.of(1, 2)", "s.size()")) {
                assertThat(SnippetShape.oneSnippet(cell)).as(cell).isNotNull();
            }
        }
    }
}
