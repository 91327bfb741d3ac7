package dev.umbrella.kernel.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which snippets the quick path takes as one variable declaration, and how it reads them. */
class VarDeclaration_ParseTest {
    @Test
    void readsTypeNameAndInitializer() {
        String map = "Map<String, List<Integer>> m = new HashMap<>();";
        assertThat(VarDeclaration.parse(map))
                .isEqualTo(new VarDeclaration(
                        "Map < String , List < Integer > >", "m", "new HashMap<>()", map.indexOf("new")));
        assertThat(VarDeclaration.parse("var s = List.of(1, 2)").inferred()).isTrue();
        assertThat(VarDeclaration.parse("int[][] grid = new int[2][3];").type()).isEqualTo("int [ ] [ ]");
        assertThat(VarDeclaration.parse("java.util.Map.Entry<? extends Number, ?> e = null;")
                        .type())
                .isEqualTo("java . util . Map . Entry < ? extends Number , ? >");
        assertThat(VarDeclaration.parse("int q;")).isEqualTo(new VarDeclaration("int", "q", null, -1));
    }

    @Test
    void initializerKeepsItsTextAndPosition() {
        String snippet = "int /* why */ total = // sum\n  a +\n  b;";
        var d = VarDeclaration.parse(snippet);
        assertThat(d.init()).isEqualTo("a +\n  b");
        assertThat(snippet.substring(d.initStart())).startsWith("a +");
        assertThat(VarDeclaration.parse("String s = \"a = b, c = d;\";").init()).isEqualTo("\"a = b, c = d;\"");
        assertThat(VarDeclaration.parse("String t = \"\"\"\n  x, y = 1\n  \"\"\";")
                        .init())
                .startsWith("\"\"\"");
        assertThat(VarDeclaration.parse("char c = '\\'';").init()).isEqualTo("'\\''");
        assertThat(VarDeclaration.parse("var m = Map.<String, Integer>of();").init())
                .isEqualTo("Map.<String, Integer>of()");
        assertThat(VarDeclaration.parse("boolean b = x >= 1 && y != 2;").init()).isEqualTo("x >= 1 && y != 2");
        assertThat(VarDeclaration.parse("BiFunction<A, B, C> f = (a, b) -> { return a; };")
                        .name())
                .isEqualTo("f");
    }

    @Test
    void leavesEverythingElseToJShell() {
        for (String other : new String[] {
            "x = 5;",
            "x += 1;",
            "a.b = 1;",
            "a[0] = 1;",
            "x == 1",
            "foo(1);",
            "int m = 1, n = 2;",
            "int m, n;",
            "int a[] = {1};",
            "int[] a = {1, 2};",
            "final int f = 1;",
            "static int s = 1;",
            "@Deprecated int d = 1;",
            "private int p = 1;",
            "var v;",
            "var var = 1;",
            "int int = 1;",
            "int f() { return 1; }",
            "class C {}",
            "record R(int x) {}",
            "import java.util.List;",
            "List<int> l = null;",
            "int x = 1; int y = 2;",
            "String s = \"unterminated;",
            "int c = /* open comment",
            "if (a) b = 1;",
            "return x;",
            "new Foo() = 1;",
            "Foo<> f = null;",
            "int x = (1;"
        }) {
            assertThat(VarDeclaration.parse(other)).as(other).isNull();
        }
    }
}
