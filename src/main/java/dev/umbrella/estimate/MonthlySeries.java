package dev.umbrella.estimate;

import dev.umbrella.model.Metric;
import dev.umbrella.model.Tabular;
import java.time.YearMonth;
import java.util.List;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One engineer's monthly values of a metric on the {@link Timeline}, with each month's segment: the series a
 * figure plots, and the input of every estimator.
 */
public record MonthlySeries(String engineerId, Metric metric, List<YearMonth> months, double[] values,
        List<Segment> segments) implements Tabular {

    public MonthlySeries {
        months = List.copyOf(months);
        values = values.clone();
        segments = List.copyOf(segments);
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** Columns: month (first day), value, segment. */
    @Override
    public Table toTable() {
        DateColumn month = DateColumn.create("month");
        DoubleColumn value = DoubleColumn.create(metric.column());
        StringColumn segment = StringColumn.create("segment");
        for (int i = 0; i < months.size(); i++) {
            month.append(months.get(i).atDay(1));
            value.append(values[i]);
            segment.append(segments.get(i).label());
        }
        return Table.create(engineerId + " " + metric.column() + " by month", month, value, segment);
    }

    @Override
    public String toString() {
        return "MonthlySeries[" + engineerId + " " + metric + ", " + months.size() + " months"
                + (months.isEmpty() ? "" : " " + months.get(0) + ".." + months.get(months.size() - 1)) + "]";
    }
}
