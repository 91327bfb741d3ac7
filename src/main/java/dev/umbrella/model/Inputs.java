package dev.umbrella.model;

import dev.umbrella.datasets.Datasets;
import dev.umbrella.datasets.PeriodKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import tech.tablesaw.api.Table;

/**
 * The datasets one analysis reads, as the data contract's Tablesaw tables, plus what is derived from them once
 * per instance (the {@link Panel}, the {@link Engineer}s). Everything downstream takes an {@code Inputs}, so tests
 * pass synthetic tables and notebooks pass {@link #shared()}.
 *
 * <p>The tables are held, not copied: callers must not change them. Methods that hand a table out return a copy.
 */
public final class Inputs {
    private final Table people;
    private final Table periods;
    private final Table funding;
    private final Table commits;
    private final Table reportedMetrics;
    private final Table assumptions;
    private final Table outputs;
    private final Table securityLabels;
    private final Map<String, Engineer> engineers;
    private volatile Panel panel;

    private Inputs(
            Table people,
            Table periods,
            Table funding,
            Table commits,
            Table reportedMetrics,
            Table assumptions,
            Table outputs,
            Table securityLabels) {
        this.people = people;
        this.outputs = outputs;
        this.securityLabels = securityLabels;
        this.periods = periods;
        this.funding = funding;
        this.commits = commits;
        this.reportedMetrics = reportedMetrics;
        this.assumptions = assumptions;
        this.engineers = readEngineers(people, periods);
    }

    /** Inputs from tables with the data contract's columns (see {@code dev.umbrella.datasets.Dataset}); no ledger. */
    public static Inputs of(
            Table people, Table periods, Table funding, Table commits, Table reportedMetrics, Table assumptions) {
        return new Inputs(people, periods, funding, commits, reportedMetrics, assumptions, null, null);
    }

    /** The same inputs with an outputs ledger ({@code outputs.csv}). */
    public Inputs withOutputs(Table ledger) {
        return new Inputs(people, periods, funding, commits, reportedMetrics, assumptions, ledger, securityLabels);
    }

    /** The same inputs with the hand labels of the rule's validation sample ({@code security_labels.csv}). */
    public Inputs withSecurityLabels(Table labels) {
        return new Inputs(people, periods, funding, commits, reportedMetrics, assumptions, outputs, labels);
    }

    /** The project's datasets ({@code Datasets.load()}), loaded and checksum-verified once per process. */
    public static Inputs shared() {
        return SharedInputs.get();
    }

    /** The datasets of one directory (with its {@code MANIFEST.csv}), e.g. a test's copy. */
    public static Inputs load(Path datasetsDir) {
        return SharedInputs.load(Datasets.load(datasetsDir));
    }

    /** The engineers (people with periods), by id, sorted. */
    public Map<String, Engineer> engineers() {
        return engineers;
    }

    /** The engineer with this id; an unknown id fails with the list of valid ids. */
    public Engineer engineer(String id) {
        Engineer engineer = engineers.get(id);
        if (engineer == null) {
            throw new IllegalArgumentException(
                    "unknown engineer '" + id + "'; valid ids: " + String.join(", ", engineers.keySet()));
        }
        return engineer;
    }

    /** The monthly activity panel over every contributor, built on first use and then reused. */
    public Panel panel() {
        Panel built = panel;
        if (built == null) {
            synchronized (this) {
                built = panel;
                if (built == null) {
                    built = Panel.of(commits);
                    panel = built;
                }
            }
        }
        return built;
    }

    /** The rows of {@code funding.csv}, in file order. */
    public List<Funding> funding() {
        List<Funding> rows = new ArrayList<>();
        for (int i = 0; i < funding.rowCount(); i++) {
            double amount = funding.doubleColumn("amount_usd").getDouble(i);
            rows.add(new Funding(
                    text(funding, "funder", i),
                    text(funding, "recipient", i),
                    text(funding, "person_id", i),
                    text(funding, "purpose", i),
                    Double.isNaN(amount) ? OptionalDouble.empty() : OptionalDouble.of(amount),
                    date(funding, "start", i),
                    date(funding, "end", i),
                    text(funding, "source_url", i),
                    flag(funding, "is_assumption", i),
                    funding.containsColumn("role_share") ? text(funding, "role_share", i) : "",
                    text(funding, "note", i)));
        }
        return Collections.unmodifiableList(rows);
    }

    /** The rows of {@code outputs.csv}, in file order (empty without a ledger). */
    public List<Output> outputs() {
        List<Output> rows = new ArrayList<>();
        Table t = outputs;
        if (t == null) {
            return List.of();
        }
        for (int i = 0; i < t.rowCount(); i++) {
            rows.add(new Output(
                    text(t, "engineer", i),
                    text(t, "period", i),
                    text(t, "kind", i),
                    text(t, "detail", i),
                    t.doubleColumn("count").getDouble(i),
                    text(t, "qualifier", i),
                    date(t, "start", i),
                    date(t, "end", i),
                    text(t, "attribution", i),
                    text(t, "stream", i),
                    date(t, "stream_from", i),
                    date(t, "stream_to", i),
                    text(t, "evidence", i),
                    text(t, "source_url", i),
                    text(t, "note", i)));
        }
        return Collections.unmodifiableList(rows);
    }

    /** The outputs ledger (a copy; empty table without one). */
    public Table outputsTable() {
        return outputs == null ? Table.create("outputs") : outputs.copy();
    }

    /** Whether these inputs carry the hand labels of the security rule's validation sample. */
    public boolean hasSecurityLabels() {
        return securityLabels != null;
    }

    /**
     * The hand labels of the security rule's validation sample (a copy); fails when these inputs have none, because
     * a validation without its labels has nothing to say.
     */
    public Table securityLabelsTable() {
        if (securityLabels == null) {
            throw new IllegalStateException("these inputs have no security labels (security_labels.csv); build the "
                    + "datasets with curated/security_labels.csv, or pass a table with Inputs.withSecurityLabels");
        }
        return securityLabels.copy();
    }

    /** The rows of {@code reported_metrics.csv}, in file order. */
    public List<ReportedMetric> reportedMetrics() {
        List<ReportedMetric> rows = new ArrayList<>();
        Table t = reportedMetrics;
        for (int i = 0; i < t.rowCount(); i++) {
            rows.add(new ReportedMetric(
                    text(t, "metric", i),
                    t.doubleColumn("value").getDouble(i),
                    text(t, "unit", i),
                    text(t, "qualifier", i),
                    date(t, "period_start", i),
                    date(t, "period_end", i),
                    text(t, "entity", i),
                    text(t, "raw_file", i),
                    t.intColumn("line").getInt(i),
                    text(t, "quote", i),
                    text(t, "source_url", i)));
        }
        return Collections.unmodifiableList(rows);
    }

    /** The rows of {@code commits.csv} (a copy). */
    public Table commitsTable() {
        return commits.copy();
    }

    public Table periodsTable() {
        return periods.copy();
    }

    public Table fundingTable() {
        return funding.copy();
    }

    public Table reportedMetricsTable() {
        return reportedMetrics.copy();
    }

    public Table assumptionsTable() {
        return assumptions.copy();
    }

    private static Map<String, Engineer> readEngineers(Table people, Table periods) {
        Map<String, String> names = new TreeMap<>();
        for (int i = 0; i < people.rowCount(); i++) {
            names.put(text(people, "person_id", i), text(people, "name", i));
        }
        Map<String, List<Period>> byPerson = new TreeMap<>();
        for (int i = 0; i < periods.rowCount(); i++) {
            String person = text(periods, "person_id", i);
            String urls = text(periods, "source_urls", i);
            byPerson.computeIfAbsent(person, k -> new ArrayList<>())
                    .add(new Period(
                            person,
                            PeriodKind.of(text(periods, "kind", i)),
                            date(periods, "start", i),
                            date(periods, "end", i),
                            flag(periods, "partly_paid", i),
                            text(periods, "employer", i),
                            text(periods, "funder", i),
                            text(periods, "role", i),
                            text(periods, "confidence", i),
                            urls.isBlank() ? List.of() : Arrays.asList(urls.split(";")),
                            text(periods, "note", i)));
        }
        Map<String, Engineer> result = new LinkedHashMap<>();
        byPerson.forEach((id, list) -> result.put(id, new Engineer(id, names.getOrDefault(id, id), list)));
        return Collections.unmodifiableMap(result);
    }

    private static String text(Table table, String column, int row) {
        String value = table.stringColumn(column).get(row);
        return value == null ? "" : value;
    }

    private static LocalDate date(Table table, String column, int row) {
        return table.dateColumn(column).get(row);
    }

    private static boolean flag(Table table, String column, int row) {
        return Boolean.TRUE.equals(table.booleanColumn(column).get(row));
    }
}
