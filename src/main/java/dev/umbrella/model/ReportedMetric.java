package dev.umbrella.model;

import java.time.LocalDate;

/**
 * One row of {@code reported_metrics.csv}: a number a public report states, with the exact quote and where it is.
 *
 * @param qualifier {@code exact}, {@code about}, {@code at_least} or {@code at_most}, as the quote words it
 * @param entity a person id or an organisation ({@code pypi}, {@code psf}, {@code rubygems})
 */
public record ReportedMetric(
        String metric,
        double value,
        String unit,
        String qualifier,
        LocalDate periodStart,
        LocalDate periodEnd,
        String entity,
        String rawFile,
        int line,
        String quote,
        String sourceUrl) {

    /** Where the number comes from, short enough for a table cell: the raw file and line, then the URL. */
    public String citation() {
        return rawFile + ":" + line + " (" + sourceUrl + ")";
    }
}
