package dev.umbrella.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class TableBuilder_RowsTest {

    @Test
    void columnsKeepTheirDeclaredOrderAndTypesAndRowsTheirCells() {
        Table t = TableBuilder.named("results")
                .text("name")
                .date("from", "to")
                .number("value")
                .integer("n")
                .bool("ok")
                .row("a", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), 1.5, 3, true)
                .row("b", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29), 7, 4, false)
                .build();

        assertThat(t.name()).isEqualTo("results");
        assertThat(t.columnNames()).containsExactly("name", "from", "to", "value", "n", "ok");
        assertThat(t.types())
                .containsExactly(
                        ColumnType.STRING,
                        ColumnType.LOCAL_DATE,
                        ColumnType.LOCAL_DATE,
                        ColumnType.DOUBLE,
                        ColumnType.INTEGER,
                        ColumnType.BOOLEAN);
        assertThat(t.rowCount()).isEqualTo(2);
        assertThat(t.stringColumn("name").asList()).containsExactly("a", "b");
        assertThat(t.dateColumn("to").get(1)).isEqualTo(LocalDate.of(2024, 2, 29));
        // an int cell in a number column is stored as its double value
        assertThat(t.doubleColumn("value").asList()).containsExactly(1.5, 7.0);
        assertThat(t.intColumn("n").asList()).containsExactly(3, 4);
        assertThat(t.booleanColumn("ok").get(1)).isFalse();
    }

    @Test
    void aNullCellIsMissingInEveryColumnType() {
        Table t = TableBuilder.named("gaps")
                .text("s")
                .date("d")
                .number("x")
                .integer("i")
                .bool("b")
                .row(null, null, null, null, null)
                .build();

        for (int c = 0; c < t.columnCount(); c++) {
            assertThat(t.column(c).isMissing(0)).as(t.column(c).name()).isTrue();
        }
    }

    @Test
    void aTableWithoutRowsStillHasItsColumns() {
        Table t = TableBuilder.named("empty").text("a").number("b").build();

        assertThat(t.rowCount()).isZero();
        assertThat(t.columnNames()).containsExactly("a", "b");
    }

    @Test
    void aRowOfTheWrongLengthNamesTheTableAndItsColumns() {
        TableBuilder b = TableBuilder.named("pairs").text("key").number("value");

        assertThatThrownBy(() -> b.row("only one"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pairs")
                .hasMessageContaining("1 cells")
                .hasMessageContaining("[key, value]");
    }

    @Test
    void aCellOfTheWrongTypeNamesItsColumn() {
        TableBuilder b = TableBuilder.named("pairs").text("key").integer("count");

        assertThatThrownBy(() -> b.row("k", 2.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column 'count'")
                .hasMessageContaining("Double 2.5");
        assertThatThrownBy(() -> b.row(3, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column 'key'");
    }
}
