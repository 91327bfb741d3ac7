package dev.umbrella.datasets.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvReader_Rfc4180Test {
    private static List<List<String>> readAll(String text) {
        var reader = new CsvReader(text);
        var out = new ArrayList<List<String>>();
        for (String[] r; (r = reader.next()) != null; ) {
            out.add(List.of(r));
        }
        return out;
    }

    @Test
    void quotedFieldsWithCommasQuotesAndLineBreaks() {
        var reader = new CsvReader("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nlast,,\n");
        assertThat(reader.next()).containsExactly("a", "b", "c");
        assertThat(reader.next()).containsExactly("x, y", "say \"hi\"", "two\nlines");
        assertThat(reader.recordLine()).isEqualTo(2);
        assertThat(reader.next()).containsExactly("last", "", "");
        assertThat(reader.recordLine())
                .as("line counts the break inside quotes")
                .isEqualTo(4);
        assertThat(reader.next()).isNull();
    }

    @Test
    void malformedQuotingNamesTheLine() {
        assertThatThrownBy(() -> readAll("a,b\n\"open,b\nc,d\n"))
                .isInstanceOfSatisfying(
                        Malformed.class, e -> assertThat(e.line()).isEqualTo(2));
        assertThatThrownBy(() -> readAll("a,b\nx\"y,b\n"))
                .isInstanceOfSatisfying(
                        Malformed.class, e -> assertThat(e.line()).isEqualTo(2));
        assertThatThrownBy(() -> readAll("a,b\n\"x\"y,b\n")).isInstanceOf(Malformed.class);
    }

    @Test
    void readsWhatRfc4180WritingProducesLikeCommonsCsv() throws Exception {
        var random = new Random(7);
        String alphabet = "ab ,\"\n\r;é€";
        var rows = new ArrayList<List<String>>();
        for (int r = 0; r < 300; r++) {
            var row = new ArrayList<String>();
            for (int f = 0; f < 4; f++) {
                var field = new StringBuilder();
                for (int i = random.nextInt(6); i > 0; i--) {
                    field.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                row.add(field.toString());
            }
            rows.add(row);
        }
        var text = new StringBuilder();
        rows.forEach(row -> Rfc4180.appendRow(text, row));
        assertThat(readAll(text.toString())).isEqualTo(rows);
        var viaCommons = new ArrayList<List<String>>();
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(text.toString()))) {
            viaCommons.add(List.of(record.values()));
        }
        assertThat(viaCommons).isEqualTo(rows);
    }
}
