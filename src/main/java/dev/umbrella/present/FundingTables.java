package dev.umbrella.present;

import dev.umbrella.datasets.PeriodKind;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.model.Period;
import dev.umbrella.model.TableBuilder;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.stream.Collectors;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Who was paid, when and by whom, as {@link Tables} shows it: an engineer's periods and the rows of
 * {@code funding.csv} for the engineer, for the funded roles and for the funded employer meanwhile.
 */
final class FundingTables {
    private FundingTables() {}

    static Table periods(Estimates engineer) {
        TableBuilder table = TableBuilder.named(Readable.name(engineer.engineer()) + ": periods (periods.csv)")
                .text("kind")
                .date("start", "end")
                .text("partly_paid", "funder", "role", "dates", "sources");
        for (Period p : engineer.engineer().periods()) {
            table.row(
                    p.kind().label(),
                    p.start(),
                    p.end(),
                    p.partlyPaid() ? "yes" : "no",
                    p.funder(),
                    p.role(),
                    p.confidence(),
                    String.join(" ; ", p.sourceUrls()));
        }
        return table.build();
    }

    static Table periodNotes(Estimates engineer) {
        TableBuilder table = TableBuilder.named(
                        Readable.name(engineer.engineer()) + ": notes on the periods (periods.csv)")
                .text("kind")
                .date("start")
                .text("note");
        for (Period p : engineer.engineer().periods()) {
            table.row(p.kind().label(), p.start(), p.note());
        }
        return table.build();
    }

    static Table funding(Estimates engineer) {
        Table all = engineer.inputs().fundingTable();
        Table mine = all.where(
                all.stringColumn("person_id").isEqualTo(engineer.engineer().id()));
        return mine.selectColumns("funder", "purpose", "amount_usd", "start", "end", "is_assumption", "source_url")
                .setName(Readable.name(engineer.engineer())
                        + ": funding (funding.csv; amount missing where not public)");
    }

    static Table roleFunding(Estimates... engineers) {
        Table result = null;
        for (Estimates e : engineers) {
            LocalDate start = e.engineer().firstFunded().map(Period::start).orElse(null);
            Table all = e.inputs().fundingTable();
            Table rows = all.where(
                    all.stringColumn("person_id").isEqualTo(e.engineer().id()));
            Table kept = rows.emptyCopy();
            for (int i = 0; i < rows.rowCount(); i++) {
                LocalDate end = rows.dateColumn("end").get(i);
                if (start != null && (end == null || !end.isBefore(start))) {
                    kept.addRow(i, rows);
                }
            }
            Table named =
                    kept.selectColumns("funder", "recipient", "purpose", "amount_usd", "start", "end", "source_url");
            named.insertColumn(
                    0,
                    StringColumn.create(
                            "engineer",
                            Collections.nCopies(named.rowCount(), e.engineer().name())));
            result = result == null ? named : result.append(named);
        }
        return (result == null ? Table.create("none") : result)
                .setName("Who funded each role (funding.csv; amount " + "missing where not public)");
    }

    static Table concurrentFunding(Estimates engineer) {
        var funded = engineer.engineer().periods().stream()
                .filter(p -> p.kind() == PeriodKind.FUNDED)
                .toList();
        Table all = engineer.inputs().fundingTable();
        if (funded.isEmpty()) {
            return all.emptyCopy()
                    .setName(Readable.name(engineer.engineer()) + ": no funded period, so no concurrent funding");
        }
        LocalDate from = funded.get(0).start();
        LocalDate to = funded.stream().anyMatch(p -> p.end() == null)
                ? null
                : funded.stream().map(Period::end).max(LocalDate::compareTo).orElseThrow();
        Set<String> employers = funded.stream().map(Period::employer).collect(Collectors.toSet());
        Table rows = all.where(all.stringColumn("recipient")
                .isIn(employers)
                .and(all.stringColumn("person_id")
                        .isNotEqualTo(engineer.engineer().id())));
        Table overlapping = rows.emptyCopy();
        for (int i = 0; i < rows.rowCount(); i++) {
            LocalDate start = rows.dateColumn("start").get(i);
            LocalDate end = rows.dateColumn("end").get(i);
            boolean startsInTime = start == null || to == null || !start.isAfter(to);
            boolean endsInTime = end == null || !end.isBefore(from);
            if (startsInTime && endsInTime) {
                overlapping.addRow(i, rows);
            }
        }
        return overlapping
                .selectColumns(
                        "funder", "recipient", "person_id", "purpose", "amount_usd", "start", "end", "source_url")
                .setName(Readable.name(engineer.engineer()) + ": other funding of " + String.join(", ", employers)
                        + " while the role was funded (funding.csv)");
    }
}
