package dev.umbrella.present;

import dev.umbrella.estimate.Estimates;
import dev.umbrella.model.Reported;
import dev.umbrella.model.ReportedMetric;
import dev.umbrella.model.TableBuilder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * What the roles delivered, as {@link Tables} shows it: the outcomes their funders reported, with quotes and
 * sources, and the outputs ledger summed by kind and period.
 */
final class OutputTables {
    private OutputTables() {}

    static Table reported(Estimates engineer, String... metrics) {
        TableBuilder table = TableBuilder.named(
                        Readable.name(engineer.engineer()) + ": reported outcomes (reported_metrics.csv)")
                .text("metric", "entity")
                .date("from", "to")
                .number("value")
                .text("unit", "quote", "source_url");
        for (String name : metrics) {
            Reported reported = engineer.reported(name);
            if (!reported.isSufficient()) {
                table.row(name, "", null, null, null, "", "insufficient data: " + reported.insufficient(), "");
                continue;
            }
            for (ReportedMetric r : reported.rows()) {
                table.row(
                        r.metric(),
                        r.entity(),
                        r.periodStart(),
                        r.periodEnd(),
                        r.value(),
                        r.qualifier().equals("exact") ? r.unit() : r.unit() + " (" + r.qualifier() + ")",
                        r.quote(),
                        r.sourceUrl());
            }
        }
        Table built = table.build();
        Digits.upTo(built.doubleColumn("value"), 4);
        return built;
    }

    static Table outputs(Table ledger, String title) {
        Map<String, double[]> sums = new TreeMap<>();
        Map<String, TreeSet<String>> streams = new TreeMap<>();
        List<String> periods = List.of("before", "volunteer", "funded", "vacancy", "after");
        for (int i = 0; i < ledger.rowCount(); i++) {
            String kind = ledger.stringColumn("kind").get(i);
            String detail = ledger.stringColumn("detail").get(i);
            String key = ledger.stringColumn("engineer").get(i) + "\t"
                    + kind + (detail.isEmpty() ? "" : " (" + detail + ")") + "\t"
                    + periods.indexOf(ledger.stringColumn("period").get(i)) + "\t"
                    + ledger.stringColumn("period").get(i);
            double[] s = sums.computeIfAbsent(key, k -> new double[2]);
            s[0]++;
            s[1] += ledger.doubleColumn("count").getDouble(i);
            String stream = ledger.stringColumn("stream").get(i);
            streams.computeIfAbsent(key, k -> new TreeSet<>())
                    .add(stream.contains(":") ? stream.substring(0, stream.indexOf(':')) : stream);
        }
        TableBuilder builder = TableBuilder.named(title)
                .text("engineer", "output", "period")
                .integer("rows")
                .number("outputs as stated")
                .text("from");
        sums.forEach((key, s) -> {
            String[] parts = key.split("\t", -1);
            builder.row(parts[0], parts[1], parts[3], (int) s[0], s[1], String.join(", ", streams.get(key)));
        });
        Table table = builder.build();
        // one engineer's ledger needs no engineer column
        return table.stringColumn("engineer").unique().size() > 1 ? table : table.removeColumns("engineer");
    }
}
