package dev.umbrella.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * The reported values of one metric for an engineer's {@link Entities} within a date range, with their quotes
 * and sources; or "insufficient data" with the reason when there are none (for example PyPI response times
 * before 2023: the security-inbox data begin in March 2023).
 */
public record Reported(
        String engineerId, String metric, LocalDate from, LocalDate to, List<ReportedMetric> rows, String insufficient)
        implements Tabular {

    public Reported {
        rows = List.copyOf(rows);
    }

    /** Rows whose period overlaps [from, to] (either may be null: open), sorted by period start. */
    public static Reported select(Inputs inputs, String engineerId, String metric, LocalDate from, LocalDate to) {
        inputs.engineer(engineerId);
        List<String> entities = Entities.of(engineerId);
        List<ReportedMetric> all = inputs.reportedMetrics().stream()
                .filter(r -> r.metric().equals(metric))
                .filter(r -> entities.contains(r.entity()))
                .sorted(Comparator.comparing(ReportedMetric::periodStart).thenComparing(ReportedMetric::entity))
                .toList();
        if (inputs.reportedMetrics().stream().noneMatch(r -> r.metric().equals(metric))) {
            throw new IllegalArgumentException("unknown reported metric '" + metric + "'; valid metrics: "
                    + String.join(
                            ", ",
                            inputs.reportedMetrics().stream()
                                    .map(ReportedMetric::metric)
                                    .distinct()
                                    .sorted()
                                    .toList()));
        }
        List<ReportedMetric> rows = all.stream()
                .filter(r -> from == null || !r.periodEnd().isBefore(from))
                .filter(r -> to == null || !r.periodStart().isAfter(to))
                .toList();
        String reason = "";
        if (rows.isEmpty()) {
            Optional<ReportedMetric> earliest = all.stream().findFirst();
            reason = "reported_metrics.csv has no " + metric + " for " + String.join("/", entities) + " between "
                    + (from == null ? "the beginning" : from) + " and " + (to == null ? "now" : to)
                    + earliest.map(r -> "; the earliest is " + r.periodStart() + ".." + r.periodEnd() + " ("
                                    + r.citation() + ")")
                            .orElse("; there are none for these entities");
        }
        return new Reported(engineerId, metric, from, to, rows, reason);
    }

    public boolean isSufficient() {
        return insufficient.isEmpty();
    }

    @Override
    public Table toTable() {
        TableBuilder table = TableBuilder.named(engineerId + " reported " + metric)
                .text("entity")
                .date("period_start", "period_end")
                .number("value")
                .text("unit", "qualifier", "quote", "source")
                .integer("line");
        for (ReportedMetric r : rows) {
            table.row(
                    r.entity(),
                    r.periodStart(),
                    r.periodEnd(),
                    r.value(),
                    r.unit(),
                    r.qualifier(),
                    r.quote(),
                    r.rawFile(),
                    r.line());
        }
        return table.build();
    }

    @Override
    public String toString() {
        if (!isSufficient()) {
            return engineerId + " " + metric + ": insufficient data (" + insufficient + ")";
        }
        StringBuilder text = new StringBuilder(engineerId + " " + metric + " (" + rows.size() + " reported)");
        for (ReportedMetric r : rows) {
            text.append("\n  ")
                    .append(r.periodStart())
                    .append("..")
                    .append(r.periodEnd())
                    .append(' ')
                    .append(r.entity())
                    .append(": ")
                    .append(r.qualifier().equals("exact") ? "" : r.qualifier() + " ")
                    .append(Formats.number(r.value()))
                    .append(' ')
                    .append(r.unit())
                    .append("  \"")
                    .append(r.quote())
                    .append("\"");
        }
        return text.toString();
    }
}
