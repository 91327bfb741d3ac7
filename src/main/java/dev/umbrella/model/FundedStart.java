package dev.umbrella.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * When an engineer's funded role began, as {@code periods.csv} records it. A {@code derived} date is the
 * curators' inference, not a source's statement, so the exact start is "insufficient data": the derived date is
 * shown with its note, and {@link #month()} refuses to return it as a fact.
 */
public record FundedStart(
        String engineerId, LocalDate date, String confidence, List<String> sourceUrls, String note, String insufficient)
        implements Tabular {

    public FundedStart {
        sourceUrls = List.copyOf(sourceUrls);
    }

    public static FundedStart of(Engineer engineer) {
        return engineer.firstFunded()
                .map(p -> new FundedStart(
                        engineer.id(),
                        p.start(),
                        p.confidence(),
                        p.sourceUrls(),
                        p.note(),
                        p.isDerived() ? "no source states the exact start; periods.csv derives " + p.start() : ""))
                .orElseGet(() -> new FundedStart(
                        engineer.id(),
                        null,
                        "",
                        List.of(),
                        "",
                        "periods.csv has no funded period for " + engineer.id()));
    }

    public boolean isStated() {
        return insufficient.isEmpty();
    }

    /** The start month when a source states it; throws with the reason otherwise. */
    public YearMonth month() {
        if (!isStated()) {
            throw new IllegalStateException("insufficient data for " + engineerId + "'s exact start: " + insufficient);
        }
        return YearMonth.from(date);
    }

    @Override
    public Table toTable() {
        return TableBuilder.named(engineerId + " funded start")
                .text("engineer")
                .date("start")
                .text("confidence", "status", "note", "sources")
                .row(
                        engineerId,
                        date,
                        confidence,
                        isStated() ? "stated" : "insufficient data: " + insufficient,
                        note,
                        String.join(" ", sourceUrls))
                .build();
    }

    @Override
    public String toString() {
        return isStated()
                ? engineerId + " funded from " + date + " (stated)"
                : engineerId + " funded start: insufficient data (" + insufficient + "). " + note;
    }
}
