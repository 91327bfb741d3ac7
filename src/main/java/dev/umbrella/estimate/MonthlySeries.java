package dev.umbrella.estimate;

import dev.umbrella.model.Metric;
import dev.umbrella.model.TableBuilder;
import dev.umbrella.model.Tabular;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * One engineer's monthly values of a metric on the {@link Timeline}, with each month's segment: the series a
 * figure plots, and the input of every estimator.
 *
 * <p>For a count ({@code byRepo} non-empty) the rows per repository are kept, with NaN where a repository's
 * export has ended, and {@link #values()} are the monthly totals in which such a month stands at that
 * repository's mean over the covered months of the same segment ({@link Coverage}). For a share
 * ({@code byRepo} empty), each month is the share over the repositories covering it.
 *
 * @param repos the rows of {@code byRepo}, in timeline order
 */
public record MonthlySeries(
        String engineerId,
        Metric metric,
        List<YearMonth> months,
        double[] values,
        List<Segment> segments,
        List<String> repos,
        double[][] byRepo)
        implements Tabular {

    public MonthlySeries {
        months = List.copyOf(months);
        values = values.clone();
        segments = List.copyOf(segments);
        repos = List.copyOf(repos);
        byRepo = deepCopy(byRepo);
    }

    /** A count's series from its per-repository rows. */
    static MonthlySeries ofRows(
            String engineerId,
            Metric metric,
            List<YearMonth> months,
            List<Segment> segments,
            List<String> repos,
            double[][] byRepo) {
        return new MonthlySeries(
                engineerId, metric, months, Coverage.filledTotals(byRepo, segments), segments, repos, byRepo);
    }

    /** A share's series (no per-repository rows). */
    static MonthlySeries ofShares(
            String engineerId, Metric metric, List<YearMonth> months, List<Segment> segments, double[] values) {
        return new MonthlySeries(engineerId, metric, months, values, segments, List.of(), new double[0][]);
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public double[][] byRepo() {
        return deepCopy(byRepo);
    }

    /** True when the series keeps per-repository rows (counts), so missing repository-months stay apart. */
    public boolean hasRows() {
        return byRepo.length > 0;
    }

    /** The repositories missing in month i (their export had ended), empty when every one covers it. */
    public List<String> missingIn(int i) {
        List<String> missing = new ArrayList<>();
        for (int r = 0; r < byRepo.length; r++) {
            if (Double.isNaN(byRepo[r][i])) {
                missing.add(repos.get(r));
            }
        }
        return missing;
    }

    double[][] rows() {
        return byRepo;
    }

    /** Columns: month (first day), value, segment, missing_repos (repositories shown at their segment mean). */
    @Override
    public Table toTable() {
        TableBuilder table = TableBuilder.named(engineerId + " " + metric.column() + " by month")
                .date("month")
                .number(metric.column())
                .text("segment", "missing_repos");
        for (int i = 0; i < months.size(); i++) {
            table.row(months.get(i).atDay(1), values[i], segments.get(i).label(), String.join(" ", missingIn(i)));
        }
        return table.build();
    }

    private static double[][] deepCopy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }

    @Override
    public String toString() {
        return "MonthlySeries[" + engineerId + " " + metric + ", " + months.size() + " months"
                + (months.isEmpty() ? "" : " " + months.get(0) + ".." + months.get(months.size() - 1)) + "]";
    }
}
