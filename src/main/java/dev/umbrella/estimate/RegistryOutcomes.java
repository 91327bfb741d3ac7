package dev.umbrella.estimate;

import dev.umbrella.model.Engineer;
import dev.umbrella.model.Inputs;
import dev.umbrella.model.Panel;
import dev.umbrella.model.Period;
import dev.umbrella.model.ReportedMetric;
import dev.umbrella.model.TableBuilder;
import dev.umbrella.model.Tabular;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.Table;

/**
 * Registry-level outcomes before and after each role: <b>descriptive</b>, not estimated and never pooled. The
 * registries' own published figures ({@code reported_metrics.csv}: malware handling, 2FA, trusted publishing,
 * attestations, audits, incidents) and the advisories each database published per year ({@code advisories.csv}).
 * Reports measure what each registry chose to publish when it chose to, so there is no counterfactual here: the
 * series show what changed around each role, not what the role caused.
 *
 * <p>How a reported number becomes a point: a count over a period becomes a rate per month (value ÷ the period's
 * months) where the catalogue says {@link Kind#RATE}; a share, a latency or a running total stays as stated, at the
 * period's end ({@link Kind#LEVEL}); a count from one incident or one audit stays as stated ({@link Kind#EVENT}).
 * Advisories per year come from the database's own records, by year of publication; a year the database snapshot
 * covers only in part (its export ends in it) is annualised from the months it covers, and says so.
 *
 * <p>Over 300 lines because a third of it is the catalogue of reported series, each with its source and
 * reading rule, kept as data beside the code that reads it.
 */
public record RegistryOutcomes(List<Point> points) implements Tabular {
    /** How a reported number is read. */
    public enum Kind {
        RATE,
        LEVEL,
        EVENT
    }

    /**
     * One point of a series.
     *
     * @param figure the figure it is drawn on ("" = table only); series on one figure share a unit
     * @param role the name of the engineer whose role the registry's figures are read against ("" = none)
     * @param roleStart his first funded day ({@code null} = none)
     * @param relative that role's period at the point's date, e.g. "funded (mike's role)"
     */
    public record Point(
            String topic,
            String figure,
            String registry,
            String measure,
            LocalDate from,
            LocalDate to,
            double value,
            String unit,
            String qualifier,
            String role,
            LocalDate roleStart,
            String relative,
            String source) {}

    /** A catalogue entry: which reported metric of which entity, read how, shown where. */
    record Entry(String topic, String figure, String entity, String metric, Kind kind, String measure) {}

    /** Which role each registry's figures are read against. */
    static final Map<String, String> ROLE =
            Map.of("pypi", "mike", "psf", "seth", "rubygems", "samuel", "rubycentral", "samuel");

    /** The advisory databases: registry label, {@code advisories.csv} database id, the snapshot's repository. */
    static final String[][] DATABASES = {
        {"PSF advisory database (CPython, pip)", "psf", "psf/advisory-database", "psf"},
        {"PyPA advisory database (PyPI)", "pypa", "pypa/advisory-database", "pypi"},
        {"Ruby advisory database (RubyGems)", "rubysec", "rubysec/ruby-advisory-db", "rubygems"},
    };

    static final String ADVISORIES = "Advisories published per year";
    static final String ADOPTION = "Share of uploads (%)";
    static final String AUDITS = "Findings per security audit";
    static final String MALWARE = "Malware reports and projects removed per month";

    // CPD-OFF: a table of data, one entry per row; its rows look alike because they are rows
    static final List<Entry> CATALOGUE = List.of(
            new Entry("malware handling", MALWARE, "pypi", "malware_reports", Kind.RATE, "malware reports"),
            new Entry("malware handling", MALWARE, "pypi", "projects_removed", Kind.RATE, "projects removed"),
            new Entry(
                    "malware handling",
                    "Malware reports resolved within 24 h (%)",
                    "pypi",
                    "malware_resolved_within_24h_share",
                    Kind.LEVEL,
                    "resolved within 24 h"),
            new Entry(
                    "malware handling",
                    "",
                    "pypi",
                    "malware_response_time_most_within",
                    Kind.LEVEL,
                    "most responses within"),
            new Entry("malware handling", "", "pypi", "malware_exposure_median", Kind.LEVEL, "median exposure"),
            new Entry(
                    "malware handling",
                    "",
                    "pypi",
                    "malware_time_to_removal_median",
                    Kind.LEVEL,
                    "median time to removal"),
            new Entry(
                    "malware handling",
                    "",
                    "rubygems",
                    "malware_self_detected_share",
                    Kind.LEVEL,
                    "malware found by the registry itself"),
            new Entry("malware handling", "", "rubygems", "projects_removed", Kind.EVENT, "projects removed"),
            new Entry(
                    "2FA",
                    "2FA adoption (% of users)",
                    "pypi",
                    "active_users_2fa_share",
                    Kind.LEVEL,
                    "active users with 2FA"),
            new Entry(
                    "2FA",
                    "2FA adoption (% of users)",
                    "pypi",
                    "phishing_resistant_2fa_share",
                    Kind.LEVEL,
                    "users with phishing-resistant 2FA"),
            new Entry("2FA", "", "pypi", "users_with_2fa", Kind.LEVEL, "users with 2FA"),
            new Entry(
                    "trusted publishing",
                    ADOPTION,
                    "pypi",
                    "trusted_publishing_upload_share",
                    Kind.LEVEL,
                    "uploads via trusted publishing"),
            new Entry(
                    "trusted publishing",
                    "",
                    "pypi",
                    "trusted_publishing_projects",
                    Kind.LEVEL,
                    "projects using trusted publishing"),
            new Entry(
                    "attestations",
                    ADOPTION,
                    "pypi",
                    "attestation_upload_share",
                    Kind.LEVEL,
                    "uploads with attestations"),
            new Entry("attestations", "", "pypi", "attestations_published", Kind.LEVEL, "attestations published"),
            new Entry("attestations", "", "rubygems", "sigstore_top_gems", Kind.LEVEL, "top gems signed (Sigstore)"),
            new Entry("attestations", "", "rubygems", "attestations_corrected", Kind.EVENT, "attestations corrected"),
            new Entry(
                    "advisories",
                    ADVISORIES,
                    "psf",
                    "advisories_published",
                    Kind.RATE,
                    "advisories (as the PSF reports them)"),
            new Entry("audits", AUDITS, "pypi", "audit_findings", Kind.EVENT, "audit findings"),
            new Entry("audits", AUDITS, "rubygems", "audit_findings", Kind.EVENT, "audit findings"),
            new Entry("incidents", "", "pypi", "incident_malicious_releases", Kind.EVENT, "malicious releases"),
            new Entry("incidents", "", "pypi", "accounts_phished", Kind.EVENT, "accounts phished"),
            new Entry("incidents", "", "pypi", "api_keys_revoked", Kind.EVENT, "API keys revoked"),
            new Entry("incidents", "", "rubygems", "api_keys_revoked", Kind.EVENT, "API keys revoked"),
            new Entry("incidents", "", "rubygems", "fake_accounts_created", Kind.EVENT, "fake accounts created"),
            new Entry(
                    "incidents",
                    "",
                    "rubygems",
                    "compromised_passwords_detected",
                    Kind.EVENT,
                    "compromised passwords detected"));
    // CPD-ON

    public RegistryOutcomes {
        points = List.copyOf(points);
    }

    /** The points from the reported metrics and, per database and year, the advisories ({@code advisories.csv}). */
    public static RegistryOutcomes of(Inputs inputs, Table advisories) {
        List<Point> points = new ArrayList<>();
        for (ReportedMetric r : inputs.reportedMetrics()) {
            for (Entry e : CATALOGUE) {
                if (e.entity().equals(r.entity()) && e.metric().equals(r.metric())) {
                    double value = r.value();
                    String unit = r.unit();
                    if (e.kind() == Kind.RATE) {
                        double months = months(r.periodStart(), r.periodEnd());
                        boolean yearly = e.figure().equals(ADVISORIES);
                        value = yearly ? value / months * 12 : value / months;
                        unit = unit + (yearly ? " per year" : " per month");
                    }
                    points.add(new Point(
                            e.topic(),
                            e.figure(),
                            registry(e.entity()),
                            e.measure(),
                            r.periodStart(),
                            r.periodEnd(),
                            value,
                            unit,
                            r.qualifier(),
                            roleName(inputs, e.entity()),
                            roleStart(inputs, e.entity()),
                            relative(inputs, e.entity(), r.periodStart(), r.periodEnd()),
                            r.citation()));
                }
            }
        }
        points.addAll(advisoryYears(inputs, advisories));
        points.sort(Comparator.comparing(Point::topic)
                .thenComparing(Point::registry)
                .thenComparing(Point::measure)
                .thenComparing(Point::to)
                .thenComparing(Point::from)
                .thenComparingDouble(Point::value));
        return new RegistryOutcomes(points);
    }

    private static List<Point> advisoryYears(Inputs inputs, Table advisories) {
        List<Point> points = new ArrayList<>();
        Panel panel = inputs.panel();
        for (String[] db : DATABASES) {
            if (!panel.repos().contains(db[2])) {
                continue;
            }
            YearMonth end = panel.lastCompleteMonth(db[2]);
            Map<Integer, Integer> perYear = new TreeMap<>();
            for (int i = 0; i < advisories.rowCount(); i++) {
                if (!advisories.stringColumn("database").get(i).equals(db[1])) {
                    continue;
                }
                LocalDate day = advisories.dateColumn("published").get(i);
                if (day == null) {
                    continue; // no publication date: cannot be placed in a year
                }
                if (!YearMonth.from(day).isAfter(end)) {
                    perYear.merge(day.getYear(), 1, Integer::sum);
                }
            }
            int first = end.getYear() - 9; // ten years are enough to see the roles against their history
            for (int year = first; year <= end.getYear(); year++) {
                int covered = year < end.getYear() ? 12 : end.getMonthValue();
                int count = perYear.getOrDefault(year, 0);
                LocalDate from = LocalDate.of(year, 1, 1);
                LocalDate to = year < end.getYear() ? LocalDate.of(year, 12, 31) : end.atEndOfMonth();
                points.add(new Point(
                        "advisories",
                        ADVISORIES,
                        db[0],
                        "advisories (from the database)",
                        from,
                        to,
                        count * 12.0 / covered,
                        "advisories per year",
                        covered == 12
                                ? "exact"
                                : String.format(Locale.ROOT, "%d in %d months, annualised", count, covered),
                        roleName(inputs, db[3]),
                        roleStart(inputs, db[3]),
                        relative(inputs, db[3], from, to),
                        "advisories.csv (database " + db[1] + ", snapshot of " + db[2] + " to " + end + ")"));
            }
        }
        return points;
    }

    private static double months(LocalDate from, LocalDate to) {
        return Math.max(1, ChronoUnit.DAYS.between(from, to) + 1) / (365.25 / 12);
    }

    static String registry(String entity) {
        switch (entity) {
            case "pypi":
                return "PyPI";
            case "psf":
                return "PSF";
            case "rubygems":
                return "RubyGems";
            case "rubycentral":
                return "Ruby Central";
            default:
                return entity;
        }
    }

    /**
     * The role's period over [from, to]: its kind (e.g. "funded (mike's role)"), "volunteer → funded (…)" when the
     * reported period spans a change, or "before mike's periods" ahead of the periods on record.
     */
    private static String relative(Inputs inputs, String entity, LocalDate from, LocalDate to) {
        String id = ROLE.get(entity);
        if (id == null || !inputs.engineers().containsKey(id)) {
            return "";
        }
        Engineer engineer = inputs.engineer(id);
        String first = engineer.kindOf(YearMonth.from(from)).map(k -> k.label()).orElse("before " + id + "'s periods");
        String last = engineer.kindOf(YearMonth.from(to)).map(k -> k.label()).orElse("before " + id + "'s periods");
        return (first.equals(last) ? first : first + " → " + last) + " (" + id + "'s role)";
    }

    /** The role starts behind a figure's series: the engineer's name → his first funded day. */
    public Map<String, LocalDate> roleStarts(String figure) {
        Map<String, LocalDate> starts = new TreeMap<>();
        for (Point p : figure(figure)) {
            if (p.roleStart() != null) {
                starts.put(p.role(), p.roleStart());
            }
        }
        return starts;
    }

    private static String roleName(Inputs inputs, String entity) {
        String id = ROLE.get(entity);
        return id == null || !inputs.engineers().containsKey(id)
                ? ""
                : inputs.engineer(id).name();
    }

    private static LocalDate roleStart(Inputs inputs, String entity) {
        String id = ROLE.get(entity);
        return id == null || !inputs.engineers().containsKey(id)
                ? null
                : inputs.engineer(id).firstFunded().map(Period::start).orElse(null);
    }

    /** The points drawn on one figure. */
    public List<Point> figure(String figure) {
        return points.stream().filter(p -> p.figure().equals(figure)).toList();
    }

    /** The figures, in catalogue order. */
    public List<String> figures() {
        List<String> figures = new ArrayList<>();
        for (Entry e : CATALOGUE) {
            if (!e.figure().isEmpty()
                    && !figures.contains(e.figure())
                    && !figure(e.figure()).isEmpty()) {
                figures.add(e.figure());
            }
        }
        return figures;
    }

    /** The series of one topic (e.g. "malware handling"), as a table with every point's source. */
    public Table topic(String topic) {
        return table(
                points.stream().filter(p -> p.topic().equals(topic)).toList(),
                "Registry outcomes: " + topic + " (descriptive; reported figures, not pooled)");
    }

    @Override
    public Table toTable() {
        return table(points, "Registry outcomes (descriptive; reported figures, not pooled)");
    }

    private static Table table(List<Point> points, String name) {
        TableBuilder table = TableBuilder.named(name)
                .text("topic", "registry", "measure")
                .date("from", "to")
                .number("value")
                .text("unit", "qualifier", "period", "source");
        for (Point p : points) {
            table.row(
                    p.topic(),
                    p.registry(),
                    p.measure(),
                    p.from(),
                    p.to(),
                    p.value(),
                    p.unit(),
                    p.qualifier(),
                    p.relative(),
                    p.source());
        }
        return table.build();
    }

    @Override
    public String toString() {
        return "RegistryOutcomes[" + points.size() + " points, figures " + figures() + "]";
    }
}
