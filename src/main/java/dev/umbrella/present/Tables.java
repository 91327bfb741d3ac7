package dev.umbrella.present;

import java.util.TreeSet;
import java.util.TreeMap;
import java.util.Map;
import java.util.Locale;
import java.util.Collections;
import java.math.RoundingMode;
import java.math.BigDecimal;
import dev.umbrella.roi.Simulation;
import dev.umbrella.roi.Roi;
import dev.umbrella.model.Inputs;
import dev.umbrella.estimate.Sensitivity;
import dev.umbrella.estimate.CorrectedEffects;
import dev.umbrella.datasets.PeriodKind;
import dev.umbrella.estimate.Estimate;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.estimate.EventStudyResult;
import dev.umbrella.model.Period;
import dev.umbrella.model.Reported;
import dev.umbrella.model.ReportedMetric;
import dev.umbrella.model.TableBuilder;
import dev.umbrella.model.Tabular;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Tables the notebooks show that no single analysis result is: dataset rows of one engineer with the columns a
 * reader needs, each row carrying its source URL, so every fact on screen can be traced.
 */
public final class Tables {
    private Tables() {}

    /** The engineer's periods: kind, dates, funder, role, whether partly paid, how the dates are known, sources. */
    public static Table periods(Estimates engineer) {
        TableBuilder table = TableBuilder.named(Readable.name(engineer.engineer()) + ": periods (periods.csv)")
                .text("kind").date("start", "end").text("partly_paid", "funder", "role", "dates", "sources");
        for (Period p : engineer.engineer().periods()) {
            table.row(p.kind().label(), p.start(), p.end(), p.partlyPaid() ? "yes" : "no", p.funder(), p.role(),
                    p.confidence(), String.join(" ; ", p.sourceUrls()));
        }
        return table.build();
    }

    /** The curators' note on each period: how its dates were derived and what is uncertain about it. */
    public static Table periodNotes(Estimates engineer) {
        TableBuilder table = TableBuilder.named(Readable.name(engineer.engineer())
                + ": notes on the periods (periods.csv)").text("kind").date("start").text("note");
        for (Period p : engineer.engineer().periods()) {
            table.row(p.kind().label(), p.start(), p.note());
        }
        return table.build();
    }

    /** The rows of {@code funding.csv} that name the engineer: who paid, for what, how much where public. */
    public static Table funding(Estimates engineer) {
        Table all = engineer.inputs().fundingTable();
        Table mine = all.where(all.stringColumn("person_id").isEqualTo(engineer.engineer().id()));
        return mine.selectColumns("funder", "purpose", "amount_usd", "start", "end", "is_assumption", "source_url")
                .setName(Readable.name(engineer.engineer()) + ": funding (funding.csv; amount missing where not public)");
    }

    /**
     * Who paid for each role (the disclosure of the method notebook): every {@code funding.csv} row for the funded
     * periods of the given engineers, in funded-start order, with its source. Payments before a role (grants and
     * sponsorships of volunteer years) are in {@link #funding(Estimates)}.
     */
    public static Table roleFunding(Estimates... engineers) {
        Table result = null;
        for (Estimates e : engineers) {
            LocalDate start = e.engineer().firstFunded().map(Period::start).orElse(null);
            Table all = e.inputs().fundingTable();
            Table rows = all.where(all.stringColumn("person_id").isEqualTo(e.engineer().id()));
            Table kept = rows.emptyCopy();
            for (int i = 0; i < rows.rowCount(); i++) {
                LocalDate end = rows.dateColumn("end").get(i);
                if (start != null && (end == null || !end.isBefore(start))) {
                    kept.addRow(i, rows);
                }
            }
            Table named = kept.selectColumns("funder", "recipient", "purpose", "amount_usd", "start", "end",
                    "source_url");
            named.insertColumn(0, StringColumn.create("engineer", Collections.nCopies(named.rowCount(),
                    e.engineer().name())));
            result = result == null ? named : result.append(named);
        }
        return (result == null ? Table.create("none") : result).setName("Who funded each role (funding.csv; amount "
                + "missing where not public)");
    }

    /**
     * Other money going to the engineer's funded employer while the role was funded (a threat to attribution:
     * concurrent grants, audits and staff), from {@code funding.csv}. A row without dates is kept: whether it
     * overlaps is unknown, and hiding it would be the optimistic choice.
     */
    public static Table concurrentFunding(Estimates engineer) {
        var funded = engineer.engineer().periods().stream().filter(p -> p.kind() == PeriodKind.FUNDED).toList();
        Table all = engineer.inputs().fundingTable();
        if (funded.isEmpty()) {
            return all.emptyCopy().setName(Readable.name(engineer.engineer()) + ": no funded period, so no concurrent funding");
        }
        LocalDate from = funded.get(0).start();
        LocalDate to = funded.stream().anyMatch(p -> p.end() == null) ? null
                : funded.stream().map(Period::end).max(LocalDate::compareTo).orElseThrow();
        Set<String> employers = funded.stream().map(Period::employer).collect(Collectors.toSet());
        Table rows = all.where(all.stringColumn("recipient").isIn(employers)
                .and(all.stringColumn("person_id").isNotEqualTo(engineer.engineer().id())));
        Table overlapping = rows.emptyCopy();
        for (int i = 0; i < rows.rowCount(); i++) {
            LocalDate start = rows.dateColumn("start").get(i);
            LocalDate end = rows.dateColumn("end").get(i);
            boolean startsInTime = start == null || to == null || !start.isAfter(to);
            boolean endsInTime = end == null || !end.isBefore(from);
            if (startsInTime && endsInTime) {
                overlapping.addRow(i, rows);
            }
        }
        return overlapping.selectColumns("funder", "recipient", "person_id", "purpose", "amount_usd", "start", "end",
                "source_url").setName(Readable.name(engineer.engineer()) + ": other funding of " + String.join(", ", employers)
                + " while the role was funded (funding.csv)");
    }

    /**
     * Published numbers on the engineer's role from {@code reported_metrics.csv}, several metrics in one table, each
     * row with the exact quote and its source URL. A metric with no row for the role shows "insufficient data" and
     * why, instead of disappearing.
     */
    public static Table reported(Estimates engineer, String... metrics) {
        TableBuilder table = TableBuilder.named(Readable.name(engineer.engineer())
                + ": reported outcomes (reported_metrics.csv)").text("metric", "entity").date("from", "to")
                .number("value").text("unit", "quote", "source_url");
        for (String name : metrics) {
            Reported reported = engineer.reported(name);
            if (!reported.isSufficient()) {
                table.row(name, "", null, null, null, "", "insufficient data: " + reported.insufficient(), "");
                continue;
            }
            for (ReportedMetric r : reported.rows()) {
                table.row(r.metric(), r.entity(), r.periodStart(), r.periodEnd(), r.value(), r.qualifier()
                        .equals("exact") ? r.unit() : r.unit() + " (" + r.qualifier() + ")", r.quote(), r.sourceUrl());
            }
        }
        Table built = table.build();
        Digits.upTo(built.doubleColumn("value"), 4);
        return built;
    }

    /**
     * A repository's monthly metric by the engineer's period: months of data, the engineer's mean per month and
     * everyone else's (descriptive; the companion of {@link Figures#team}).
     */
    /**
     * What the role delivered: the engineer's outputs ledger summed by kind and period, with how many rows (each with
     * its evidence in {@code outputs.csv}) and which streams they come from. Counts as the sources state them; the
     * ROI reads the same rows ({@code Roi.ledger()} lists them).
     */
    public static Table outputs(Roi roi) {
        return outputs(roi.ledger(), roi.engineerId() + ": outputs ledger by kind and period (outputs.csv)");
    }

    /**
     * The whole outputs ledger ({@code Datasets.load().outputs()}) summed by engineer, kind and period - the
     * method notebook's overview of what every role delivered, from the same rows the ROI reads.
     */
    public static Table ledger(Table outputs) {
        return outputs(outputs, "Outputs ledger by engineer, kind and period (outputs.csv)");
    }

    private static Table outputs(Table ledger, String title) {
        Map<String, double[]> sums = new TreeMap<>();
        Map<String, TreeSet<String>> streams = new TreeMap<>();
        List<String> periods = List.of("before", "volunteer", "funded", "vacancy", "after");
        for (int i = 0; i < ledger.rowCount(); i++) {
            String kind = ledger.stringColumn("kind").get(i);
            String detail = ledger.stringColumn("detail").get(i);
            String key = ledger.stringColumn("engineer").get(i) + "\t"
                    + kind + (detail.isEmpty() ? "" : " (" + detail + ")") + "\t"
                    + periods.indexOf(ledger.stringColumn("period").get(i)) + "\t"
                    + ledger.stringColumn("period").get(i);
            double[] s = sums.computeIfAbsent(key, k -> new double[2]);
            s[0]++;
            s[1] += ledger.doubleColumn("count").getDouble(i);
            String stream = ledger.stringColumn("stream").get(i);
            streams.computeIfAbsent(key, k -> new TreeSet<>()).add(stream.contains(":")
                    ? stream.substring(0, stream.indexOf(':')) : stream);
        }
        TableBuilder builder = TableBuilder.named(title).text("engineer", "output", "period").integer("rows")
                .number("outputs as stated").text("from");
        sums.forEach((key, s) -> {
            String[] parts = key.split("\t", -1);
            builder.row(parts[0], parts[1], parts[3], (int) s[0], s[1], String.join(", ", streams.get(key)));
        });
        Table table = builder.build();
        // one engineer's ledger needs no engineer column
        return table.stringColumn("engineer").unique().size() > 1 ? table : table.removeColumns("engineer");
    }

    /**
     * The threats to validity: per threat, what it does to the estimates, the evidence for each engineer computed
     * from the datasets, and where the notebooks check it (the method notebook's table).
     */
    public static Table threats(Estimates... engineers) {
        return Threats.of(List.of(engineers));
    }

    /**
     * What survives, per engineer (the comparison notebook's validity table, not pooled): the default before/after
     * change and DiD with their intervals, in how many specifications of the sensitivity table each keeps its side
     * of zero, the event study's pre-trend test and slope, the DiD against contributors the engineer cannot affect,
     * and the colleagues' change beyond that group's (substitution shows as a negative gap).
     */
    public static Table robustness(String metric, Estimates... engineers) {
        return robustness(metric, null, engineers);
    }

    /**
     * {@link #robustness(String, Estimates...)} with the security-commit change corrected for the rule's
     * misclassification ({@code Umbrella.ruleValidation().correctedEffects(...)}) as one more column.
     */
    public static Table robustness(String metric, CorrectedEffects corrected,
            Estimates... engineers) {
        TableBuilder table = TableBuilder.named("What survives: " + metric.replace('_', ' ')
                + " per month (not pooled)").text("engineer", "change [95%]", "change: specifications agreeing",
                        "DiD [95%]", "DiD: specifications agreeing", "pre-trend test (quarters; half-years)",
                        "pre-trend slope per month [95%]", "DiD vs other repositories [95%]",
                        "colleagues' change − other group's [95%]");
        if (corrected != null) {
            table.text("change corrected for the rule's errors [95%]");
        }
        for (Estimates e : engineers) {
            var sensitivity = e.sensitivity(metric);
            var spillover = e.spillover(metric);
            var study = e.eventStudy(metric);
            List<Object> row = new ArrayList<>(List.of(e.engineer().name(), withInterval(sensitivity.base().change()),
                    agreeing(sensitivity.agreeing(false)), withInterval(sensitivity.base().did()),
                    agreeing(sensitivity.agreeing(true)), !study.preTest().isSufficient()
                            ? "insufficient data: " + study.preTest().insufficient()
                            : EventStudyResult.formatP(study.preTest().pValue()) + "; "
                                    + (study.halfYearTest().isSufficient()
                                            ? EventStudyResult.formatP(study.halfYearTest().pValue())
                                            : "insufficient data"),
                    withInterval(study.preTrendSlope()),
                    withInterval(spillover.groups().size() > 1 ? spillover.otherRepositories().did()
                            : Estimate.insufficient(metric, "no other repositories")),
                    spillover.groups().size() > 1 ? withInterval(spillover.gap()) : "insufficient data"));
            if (corrected != null) {
                row.add(corrected.rows().stream().filter(r -> r.engineer().equals(e.engineer().id())).findFirst()
                        .map(r -> !r.isSufficient() ? "insufficient data: " + r.insufficient()
                                : Readable.signed(r.correctedChange()) + " " + Readable.interval(
                                        r.correctedInterval().lower(), r.correctedInterval().upper()))
                        .orElse("not corrected"));
            }
            table.row(row.toArray());
        }
        return table.build();
    }

    private static String agreeing(int[] a) {
        return a[0] + " of " + a[2] + (a[1] < a[2] ? " (" + (a[2] - a[1]) + " not estimable)" : "");
    }

    private static String withInterval(Estimate e) {
        if (!e.isSufficient()) {
            return "insufficient data: " + e.insufficient();
        }
        return Case.withInterval(e);
    }

    /** The sensitivity table of {@code engineer.sensitivity(metric)}, intervals rounded for reading. */
    public static Table sensitivity(Sensitivity sensitivity) {
        return rounded(sensitivity, 3);
    }

    public static Table team(Estimates engineer, String repo, String metric) {
        return TeamFigures.byPeriod(engineer, repo, metric);
    }

    /** The dataset files with their row counts, checksums and the kinds of input each was built from. */
    public static Table datasets() {
        return Sources.datasets();
    }

    /** The repositories behind {@code commits.csv}: authored commits, authors, first and last complete month. */
    public static Table repositories() {
        return Sources.repositories(Inputs.shared());
    }

    /**
     * A copy of any table with its numbers written for people ({@link Readable}; the source values stay exact in
     * the result objects and datasets). Where a row says what its number is, by a {@code unit} column ("USD",
     * "ratio", "share") or a {@code measure} named {@code roi}, {@code npv}, {@code pv_costs} ..., each row is
     * written in its own unit: dollars as $335k, ROI as a percentage. Otherwise columns named for money
     * ({@code *_usd}, {@code npv}, {@code pv_*}) are dollars, {@code roi*} percentages, and other numbers read as
     * {@link Readable#number} does (two significant digits below 10), with at most {@code digits} decimals.
     */
    public static Table rounded(Table table, int digits) {
        return rounded(table, digits, 0);
    }

    /** The same; {@code draws > 0} writes "P(...)" rows as shares of the draws ("&lt; 0.1%", "0 of 100,000 draws"). */
    private static Table rounded(Table table, int digits, int draws) {
        Table copy = table.copy();
        StringColumn unit = copy.columnNames().contains("unit") && copy.column("unit") instanceof StringColumn u ? u : null;
        StringColumn measure = copy.columnNames().contains("measure") && copy.column("measure") instanceof StringColumn m
                ? m : null;
        for (int c = 0; c < copy.columnCount(); c++) {
            if (!(copy.column(c) instanceof DoubleColumn column)) {
                continue;
            }
            if (unit != null || measure != null) {
                StringColumn text = StringColumn.create(column.name());
                for (int r = 0; r < column.size(); r++) {
                    text.append(byRow(column.get(r), unit == null ? "" : unit.get(r), measure == null ? "" : measure.get(r),
                            digits, draws));
                }
                copy.replaceColumn(c, text);
            } else {
                String name = column.name().toLowerCase(Locale.ROOT);
                if (name.endsWith("_usd") || name.equals("npv") || name.startsWith("pv_")) {
                    Digits.as(column, Readable::dollars);
                } else if (name.startsWith("roi")) {
                    Digits.as(column, Readable::roi);
                } else {
                    Digits.as(column, v -> Readable.number(roundTo(v, digits)));
                }
            }
        }
        return copy;
    }

    private static String byRow(Double value, String unit, String measure, int digits, int draws) {
        if (value == null || Double.isNaN(value)) {
            return "";
        }
        String m = measure.toLowerCase(Locale.ROOT);
        // "USD per advisory" (a break-even's unit) is money too
        if ("USD".equalsIgnoreCase(unit) || unit.startsWith("USD ") || m.equals("npv") || m.startsWith("pv_")
                || m.startsWith("pv ")) {
            return Readable.dollars(value);
        }
        if (m.startsWith("p(") && draws > 0) {
            return Readable.probability(value, draws);
        }
        if (m.equals("roi") || m.startsWith("roi ")) {
            return Readable.roi(value);
        }
        if ("share".equals(unit) || "probability".equals(unit)) {
            return Readable.breakEven(value, unit);
        }
        return Readable.number(Math.abs(value) < Math.pow(10, -digits) ? value : roundTo(value, digits));
    }

    /** At most {@code digits} decimals, before {@link Readable#number} keeps two significant digits. */
    private static double roundTo(double value, int digits) {
        return Double.isFinite(value) ? new BigDecimal(value).setScale(digits, RoundingMode.HALF_EVEN)
                .doubleValue() : value;
    }

    /** An analysis result's table with its decimals rounded for display (see {@link #rounded(Table, int)}). */
    public static Table rounded(Tabular result, int digits) {
        return rounded(result.toTable(), digits, result instanceof Simulation s ? s.draws() : 0);
    }

    /** The headline table of the comparison (same as {@link Comparison#toTable()}). */
    public static Table headline(Comparison comparison) {
        return comparison.toTable();
    }
}
