package dev.umbrella.model;

import dev.umbrella.datasets.Datasets;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Time to build the person-month {@link Panel} from the committed {@code commits.csv} (~89,000 commits): the
 * first build in a fresh JVM (what a notebook kernel pays once) and the median of later builds, in CPU time of
 * the measuring thread (robust on a shared machine) and wall-clock time, against a
 * baseline in the same run: Tablesaw's own group-by counting only authored commits per person, repository and
 * month (one of the panel's seven metrics). Usage: {@code src/bench/panel}.
 */
public final class PanelBench {
    private static final int RUNS = 9;

    private PanelBench() {}

    public static void main(String[] args) {
        Table commits = Datasets.load().commits();
        System.out.printf(
                Locale.ROOT,
                "panel of %,d commits, %s %s%n",
                commits.rowCount(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        long cpu = cpu();
        long start = System.nanoTime();
        Panel first = Panel.of(commits);
        double[] cold = {(System.nanoTime() - start) / 1e6, (cpu() - cpu) / 1e6};
        cpu = cpu();
        start = System.nanoTime();
        first.table();
        double[] coldTable = {(System.nanoTime() - start) / 1e6, (cpu() - cpu) / 1e6};
        double[][] panel = new double[2][RUNS];
        double[][] table = new double[2][RUNS];
        double[][] baseline = new double[2][RUNS];
        for (int i = 0; i < RUNS; i++) {
            time(panel, i, () -> Panel.of(commits));
            Panel p = Panel.of(commits);
            time(table, i, p::table);
            time(baseline, i, () -> baseline(commits));
        }
        System.out.printf(
                Locale.ROOT,
                "Panel.of    : first %.0f ms CPU (%.0f ms wall), then median %.0f ms CPU (%.0f ms "
                        + "wall) over %d runs%n",
                cold[1],
                cold[0],
                median(panel[1]),
                median(panel[0]),
                RUNS);
        System.out.printf(
                Locale.ROOT,
                "Panel.table : first %.0f ms CPU (%.0f ms wall), then median %.0f ms CPU (%.0f ms " + "wall)%n",
                coldTable[1],
                coldTable[0],
                median(table[1]),
                median(table[0]));
        System.out.printf(
                Locale.ROOT,
                "baseline    : Tablesaw group-by of commits only, median %.0f ms CPU (%.0f ms " + "wall)%n",
                median(baseline[1]),
                median(baseline[0]));
        System.out.println(first);
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void time(double[][] into, int run, Runnable work) {
        long cpu = cpu();
        long start = System.nanoTime();
        work.run();
        into[0][run] = (System.nanoTime() - start) / 1e6;
        into[1][run] = (cpu() - cpu) / 1e6;
    }

    /** Authored commits per author, repository and month, the way a Tablesaw user would write it. */
    private static Table baseline(Table commits) {
        Table authored = commits.where(commits.booleanColumn("is_merge")
                .isFalse()
                .and(commits.booleanColumn("bot").isFalse()));
        StringColumn month = StringColumn.create("month");
        authored.dateTimeColumn("author_time")
                .forEach(t -> month.append(t.toString().substring(0, 7)));
        authored.addColumns(month);
        return authored.summarize("sha", AggregateFunctions.count).by("author", "repo", "month");
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
