package dev.umbrella.model;

import java.time.LocalDate;

/**
 * One row of {@code outputs.csv}, the outputs ledger: outputs of a security role with their evidence.
 *
 * @param attribution {@code engineer} (the source credits the person) or {@code registry} (an organisation's count,
 *     of which the role gets an attribution share)
 * @param stream where the row comes from; rows of one stream with a window ({@code streamFrom..streamTo}) are
 *     complete over it; {@code curated} rows are a list, complete for nothing
 * @param detail the severity of an audit finding, or what an adoption milestone counts; empty otherwise
 */
public record Output(
        String engineer,
        String period,
        String kind,
        String detail,
        double count,
        String qualifier,
        LocalDate start,
        LocalDate end,
        String attribution,
        String stream,
        LocalDate streamFrom,
        LocalDate streamTo,
        String evidence,
        String sourceUrl,
        String note) {

    /** True when the row belongs to a stream complete over a window (not a curated list). */
    public boolean hasWindow() {
        return streamFrom != null && streamTo != null;
    }

    /** True for the registry's counts, of which the role gets an attribution share. */
    public boolean isRegistry() {
        return attribution.equals("registry");
    }
}
