package dev.umbrella.estimate;

import dev.umbrella.model.Cohort;
import dev.umbrella.model.Formats;
import dev.umbrella.model.Metric;
import dev.umbrella.model.TableBuilder;
import dev.umbrella.model.Tabular;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.Table;

/**
 * Difference-in-differences of one engineer against the comparison group: (engineer post − pre) − (comparison
 * post − pre), where "comparison" is the group's mean per month. The interval comes from moving-block resampling
 * of the monthly differences within the pre and the post window.
 *
 * @param means engineer pre, engineer post, comparison pre, comparison post (NaN when insufficient)
 * @param comparisonMean the group's mean per month, parallel to {@code months}
 */
public record DidResult(
        String engineerId,
        Metric metric,
        Cohort cohort,
        Estimate did,
        double[] means,
        List<YearMonth> months,
        double[] engineer,
        double[] comparisonMean,
        List<Segment> segments,
        List<String> notes)
        implements Tabular {

    public DidResult {
        means = means.clone();
        months = List.copyOf(months);
        segments = List.copyOf(segments);
        notes = List.copyOf(notes);
        engineer = engineer.clone();
        comparisonMean = comparisonMean.clone();
    }

    @Override
    public double[] means() {
        return means.clone();
    }

    @Override
    public double[] engineer() {
        return engineer.clone();
    }

    @Override
    public double[] comparisonMean() {
        return comparisonMean.clone();
    }

    public boolean isSufficient() {
        return did.isSufficient();
    }

    /** The 2 × 2 table of means: group × (pre, post, change). */
    public Table meansTable() {
        return TableBuilder.named(engineerId + " " + metric + " means")
                .text("group")
                .number("pre", "post", "change")
                .row(engineerId, means[0], means[1], means[1] - means[0])
                .row("comparison (" + cohort.members().size() + ")", means[2], means[3], means[3] - means[2])
                .build();
    }

    /** Columns: month, engineer, comparison_mean, difference, segment: the lines of a DiD figure. */
    public Table series() {
        TableBuilder table = TableBuilder.named(engineerId + " " + metric + " vs comparison")
                .date("month")
                .number(engineerId, "comparison_mean", "difference")
                .text("segment");
        for (int i = 0; i < months.size(); i++) {
            table.row(
                    months.get(i).atDay(1),
                    engineer[i],
                    comparisonMean[i],
                    engineer[i] - comparisonMean[i],
                    segments.get(i).label());
        }
        return table.build();
    }

    @Override
    public Table toTable() {
        return Estimate.table(engineerId + " " + metric + " difference-in-differences", List.of(did));
    }

    @Override
    public String toString() {
        String head = did.toString();
        if (did.isSufficient()) {
            head += String.format(
                    Locale.ROOT,
                    "%n  %s: %s → %s; comparison (%d): %s → %s",
                    engineerId,
                    Formats.number(means[0]),
                    Formats.number(means[1]),
                    cohort.members().size(),
                    Formats.number(means[2]),
                    Formats.number(means[3]));
        }
        return head + "\n  notes: " + String.join("; ", notes);
    }
}
