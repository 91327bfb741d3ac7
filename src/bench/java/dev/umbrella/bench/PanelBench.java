package dev.umbrella.bench;

import dev.umbrella.datasets.Datasets;
import dev.umbrella.model.Panel;
import java.util.Arrays;
import java.util.Locale;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Time to build the person-month {@link Panel} from the committed {@code commits.csv} (~89,000 commits): the
 * first build in a fresh JVM (what a notebook kernel pays once) and the median of later builds, against a
 * baseline in the same run: Tablesaw's own group-by counting only authored commits per person, repository and
 * month (one of the panel's seven metrics). Usage: {@code src/bench/panel}.
 */
public final class PanelBench {
    private static final int RUNS = 9;

    private PanelBench() {}

    public static void main(String[] args) {
        Table commits = Datasets.load().commits();
        System.out.printf(Locale.ROOT, "panel of %,d commits, %s %s%n", commits.rowCount(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        long start = System.nanoTime();
        Panel first = Panel.of(commits);
        double cold = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        first.table();
        double coldTable = (System.nanoTime() - start) / 1e6;
        double[] panel = new double[RUNS];
        double[] table = new double[RUNS];
        double[] baseline = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            start = System.nanoTime();
            Panel p = Panel.of(commits);
            panel[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            p.table();
            table[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            baseline(commits);
            baseline[i] = (System.nanoTime() - start) / 1e6;
        }
        System.out.printf(Locale.ROOT, "Panel.of       : first %.0f ms, median %.0f ms over %d runs%n", cold,
                median(panel), RUNS);
        System.out.printf(Locale.ROOT, "Panel.table    : first %.0f ms, median %.0f ms%n", coldTable, median(table));
        System.out.printf(Locale.ROOT, "baseline       : Tablesaw group-by (commits only), median %.0f ms%n",
                median(baseline));
        System.out.println(first);
    }

    /** Authored commits per author, repository and month, the way a Tablesaw user would write it. */
    private static Table baseline(Table commits) {
        Table authored = commits.where(commits.booleanColumn("is_merge").isFalse()
                .and(commits.booleanColumn("bot").isFalse()));
        StringColumn month = StringColumn.create("month");
        authored.dateTimeColumn("author_time").forEach(t -> month.append(t.toString().substring(0, 7)));
        authored.addColumns(month);
        return authored.summarize("sha", AggregateFunctions.count).by("author", "repo", "month");
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
