package dev.umbrella.datasets.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.datasets.Datasets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Independently of the build's own check: in the built reported_metrics.csv (from the real raw
 * records and the packaged spec), every row's quote and as_written text are on its cited line of
 * the raw file. Without ../shared/raw the test reports that it could not check.
 */
class ReportedMetrics_RealLinesTest {
    @Test
    void everyReportedValueIsOnItsCitedLine() throws Exception {
        var raw = RealBuild.raw();
        var metrics = Datasets.load(RealBuild.datasets()).reportedMetrics();
        assertThat(metrics.rowCount()).isGreaterThanOrEqualTo(150);
        for (int i = 0; i < metrics.rowCount(); i++) {
            String file = metrics.stringColumn("raw_file").get(i);
            int line = metrics.intColumn("line").get(i);
            var lines = Files.readAllLines(raw.resolve(file), StandardCharsets.UTF_8);
            String cited = lines.get(line - 1);
            assertThat(cited)
                    .as(file + ":" + line)
                    .contains(metrics.stringColumn("quote").get(i))
                    .contains(metrics.stringColumn("as_written").get(i));
            double value = metrics.doubleColumn("value").get(i);
            assertThat(AsWritten.parse(
                            metrics.stringColumn("as_written").get(i),
                            metrics.stringColumn("unit").get(i)))
                    .as(file + ":" + line)
                    .isCloseTo(value, Offset.offset(1e-9 * Math.max(1, Math.abs(value))));
        }
    }
}
