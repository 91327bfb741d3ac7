package dev.umbrella.datasets.build;

import dev.umbrella.datasets.Dataset;
import dev.umbrella.datasets.Input;
import dev.umbrella.datasets.Sha256;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds {@code outputs.csv}, the outputs ledger: one row per output of a security role (or per reported count of
 * outputs), with the engineer whose role it belongs to, the period it falls in, its kind, its count and its
 * evidence. Rows come from four streams, each with the window over which it is complete:
 * <ul>
 *   <li>{@code reported:<metric>:<entity>}: {@code reported_metrics.csv} rows that {@code curated/output_kinds.csv}
 *       maps to a kind; each row is complete for its own dates;</li>
 *   <li>{@code advisories:<database>}: advisories of {@code advisories.csv} (the PSF database for the PSF's CNA
 *       role; in any database, advisories whose credits name an engineer), complete over the database's snapshot;</li>
 *   <li>{@code commits:<repo>}: an engineer's commits that name an advisory id (vulnerability fixes), complete over
 *       the repository's export;</li>
 *   <li>{@code curated}: {@code curated/outputs_curated.csv}, outputs the reports state, each quoted byte for byte
 *       from one line of a raw file (checked like {@code reported_metrics.csv}); a list, not a complete series.</li>
 * </ul>
 * The ROI stage decides how streams that overlap count (finer rows win; a curated row inside a complete stream's
 * window is a duplicate). Bad input (unknown kind or engineer, a negative count, a quote not on its line) stops
 * with {@code file:line: message}.
 *
 * <p>Over 300 lines as one class: each output kind's rule reads the same three inputs and writes rows of one
 * shape, and the rules are easier to audit side by side than spread over classes.
 */
final class OutputLedger {
    static final String KINDS = "output_kinds.csv";
    static final String CURATED = "outputs_curated.csv";
    static final List<String> KINDS_HEADER =
            List.of("metric", "entity", "kind", "engineer", "attribution", "detail", "note");
    static final List<String> CURATED_HEADER = List.of(
            "engineer",
            "kind",
            "detail",
            "count",
            "qualifier",
            "start",
            "end",
            "attribution",
            "raw_file",
            "line",
            "quote",
            "source_url",
            "note");
    /** The output kinds of a security role (issue "ROI, part 2"). */
    static final Set<String> OUTPUT_KINDS = Set.of(
            "advisory_published",
            "vulnerability_fixed",
            "audit_finding_remediated",
            "security_feature_shipped",
            "adoption_milestone",
            "malware_report_handled",
            "package_removed",
            "incident_handled");

    static final Set<String> ATTRIBUTIONS = Set.of("engineer", "registry");

    /** The dataset and its inputs. */
    record Built(DatasetRows rows, List<Input> inputs) {}

    /** A repository's export window and its engineers' advisory-naming commits. */
    record RepoCommits(String repo, LocalDate first, LocalDate lastComplete, List<CommitTable.AdvisoryFix> fixes) {}

    private OutputLedger() {}

    static Built build(
            CuratedSource source,
            byte[] kinds,
            byte[] curated,
            Path rawDir,
            List<String[]> periods,
            List<String[]> reported,
            List<String[]> advisories,
            List<RepoCommits> commits,
            Aliases aliases,
            Set<String> people) {
        Map<String, List<String[]>> periodsOf = new HashMap<>();
        for (String[] p : periods) {
            periodsOf.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p);
        }
        List<String[]> out = new ArrayList<>();
        List<Input> inputs = new ArrayList<>();
        inputs.add(Input.curated(KINDS, Sha256.hex(kinds)));
        inputs.add(Input.curated(CURATED, Sha256.hex(curated)));
        reported(source, kinds, people, reported, periodsOf, out);
        advisories(advisories, aliases, periodsOf, out);
        for (RepoCommits rc : commits) {
            for (CommitTable.AdvisoryFix f : rc.fixes()) {
                LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(f.epochSecond()), ZoneOffset.UTC);
                out.add(row(
                        f.person(),
                        periodOf(periodsOf, f.person(), day, day),
                        "vulnerability_fixed",
                        "",
                        "1",
                        "exact",
                        day,
                        day,
                        "engineer",
                        "commits:" + rc.repo(),
                        rc.first(),
                        rc.lastComplete(),
                        "commit:" + rc.repo() + "@" + f.sha(),
                        "https://github.com/" + rc.repo() + "/commit/" + f.sha(),
                        "commit subject names " + f.ids()));
            }
        }
        curated(source, curated, rawDir, people, periodsOf, out, inputs);
        out.sort((a, b) -> {
            for (int i : new int[] {0, 2, 6, 12}) {
                int c = a[i].compareTo(b[i]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        return new Built(new DatasetRows(Dataset.OUTPUTS, out), inputs);
    }

    private static void reported(
            CuratedSource source,
            byte[] kinds,
            Set<String> people,
            List<String[]> reported,
            Map<String, List<String[]>> periodsOf,
            List<String[]> out) {
        String label = source.label(KINDS);
        var csv = CuratedRow.csv(label, new String(kinds, StandardCharsets.UTF_8), KINDS_HEADER);
        Map<String, String[]> mapping = new TreeMap<>();
        for (var line : csv.lines()) {
            var row = new CuratedRow(label, line, KINDS_HEADER);
            String key = row.required("metric") + "\t" + row.required("entity");
            row.oneOf("kind", OUTPUT_KINDS);
            row.person("engineer", people, false);
            row.oneOf("attribution", ATTRIBUTIONS);
            row.required("note");
            if (mapping.put(key, row.fields()) != null) {
                throw row.fail("duplicate mapping of " + key.replace('\t', '/'));
            }
        }
        for (String[] r : reported) {
            String[] map = mapping.get(r[0] + "\t" + r[6]);
            if (map == null) {
                continue;
            }
            LocalDate start = LocalDate.parse(r[4].isEmpty() ? r[5] : r[4]);
            LocalDate end = LocalDate.parse(r[5].isEmpty() ? r[4] : r[5]);
            out.add(row(
                    map[3],
                    periodOf(periodsOf, map[3], start, end),
                    map[2],
                    map[5],
                    r[1],
                    r[3],
                    start,
                    end,
                    map[4],
                    "reported:" + r[0] + ":" + r[6],
                    start,
                    end,
                    r[7] + ":" + r[8],
                    r[10],
                    map[6]));
        }
    }

    /** The PSF database's advisories for the PSF's CNA role; in every database, the advisories crediting an engineer. */
    private static void advisories(
            List<String[]> advisories, Aliases aliases, Map<String, List<String[]>> periodsOf, List<String[]> out) {
        Map<String, LocalDate[]> window = new TreeMap<>();
        for (String[] a : advisories) {
            if (a[4].isEmpty()) {
                continue; // no publication date (a few PYSEC records): not dated, not counted
            }
            LocalDate published = LocalDate.parse(a[4]);
            LocalDate modified = a[5].isEmpty() ? published : LocalDate.parse(a[5]);
            LocalDate[] w = window.computeIfAbsent(a[1], k -> new LocalDate[] {published, modified});
            w[0] = published.isBefore(w[0]) ? published : w[0];
            w[1] = modified.isAfter(w[1]) ? modified : w[1];
        }
        for (String[] a : advisories) {
            if (!a[6].isEmpty() || a[4].isEmpty()) {
                continue; // withdrawn, or not dated
            }
            LocalDate day = LocalDate.parse(a[4]);
            LocalDate[] w = window.get(a[1]);
            String url = "https://osv.dev/vulnerability/" + a[0];
            if (a[1].equals("psf")) {
                out.add(
                        row(
                                "seth",
                                periodOf(periodsOf, "seth", day, day),
                                "advisory_published",
                                "",
                                "1",
                                "exact",
                                day,
                                day,
                                "registry",
                                "advisories:psf",
                                w[0],
                                w[1],
                                "advisory:" + a[0],
                                url,
                                "published by the PSF (its CNA from 2023-08-29); the role's share is the registry attribution"));
            }
            for (String credit : a[8].split(";")) {
                String name = credit.contains(" (")
                        ? credit.substring(0, credit.indexOf(" (")).strip()
                        : credit.strip();
                String person = aliases.personByName().get(name);
                if (person != null && !(person.equals("seth") && a[1].equals("psf"))) {
                    out.add(row(
                            person,
                            periodOf(periodsOf, person, day, day),
                            "advisory_published",
                            "",
                            "1",
                            "exact",
                            day,
                            day,
                            "engineer",
                            "advisories:" + a[1] + ":credits",
                            w[0],
                            w[1],
                            "advisory:" + a[0],
                            url,
                            "credits name " + credit.strip()));
                    break;
                }
            }
        }
    }

    private static void curated(
            CuratedSource source,
            byte[] curated,
            Path rawDir,
            Set<String> people,
            Map<String, List<String[]>> periodsOf,
            List<String[]> out,
            List<Input> inputs) {
        String label = source.label(CURATED);
        var csv = CuratedRow.csv(label, new String(curated, StandardCharsets.UTF_8), CURATED_HEADER);
        var rawFiles = new TreeMap<String, RawText>();
        for (var line : csv.lines()) {
            var row = new CuratedRow(label, line, CURATED_HEADER);
            String engineer = row.person("engineer", people, false);
            String kind = row.oneOf("kind", OUTPUT_KINDS);
            double count = row.nonNegative("count", row.number("count", false));
            if (count <= 0) {
                throw row.fail("count must be positive: a ledger row is an output that happened");
            }
            String qualifier = row.oneOf("qualifier", ReportedMetrics.QUALIFIERS);
            LocalDate start = row.date("start", false);
            LocalDate end = row.date("end", false);
            row.ordered("start", start, "end", end);
            String attribution = row.oneOf("attribution", ATTRIBUTIONS);
            String rawFile = row.required("raw_file");
            String quote = row.required("quote");
            RawText raw = rawFiles.computeIfAbsent(rawFile, f -> RawText.read(rawDir, f, row));
            int at = raw.lineOf(quote, row);
            if (!Integer.toString(at).equals(row.required("line"))) {
                throw row.fail(rawFile + ": the quote is on line " + at + ", not " + row.text("line"));
            }
            out.add(row(
                    engineer,
                    periodOf(periodsOf, engineer, start, end),
                    kind,
                    row.text("detail"),
                    row.text("count"),
                    qualifier,
                    start,
                    end,
                    attribution,
                    "curated",
                    null,
                    null,
                    rawFile + ":" + at,
                    row.required("source_url"),
                    row.text("note")));
        }
        rawFiles.forEach((path, text) -> inputs.add(Input.rawFile(path, text.sha256())));
    }

    /** The kind of the engineer's period holding the row's middle day, or "before" when none does. */
    static String periodOf(Map<String, List<String[]>> periodsOf, String person, LocalDate start, LocalDate end) {
        LocalDate middle = start.plusDays(ChronoUnit.DAYS.between(start, end) / 2);
        for (String[] p : periodsOf.getOrDefault(person, List.of())) {
            LocalDate from = LocalDate.parse(p[2]);
            LocalDate to = p[3].isEmpty() ? null : LocalDate.parse(p[3]);
            if (!middle.isBefore(from) && (to == null || !middle.isAfter(to))) {
                return p[1];
            }
        }
        return "before";
    }

    private static String[] row(
            String engineer,
            String period,
            String kind,
            String detail,
            String count,
            String qualifier,
            LocalDate start,
            LocalDate end,
            String attribution,
            String stream,
            LocalDate from,
            LocalDate to,
            String evidence,
            String url,
            String note) {
        return new String[] {
            engineer,
            period,
            kind,
            detail,
            count,
            qualifier,
            start.toString(),
            end.toString(),
            attribution,
            stream,
            from == null ? "" : from.toString(),
            to == null ? "" : to.toString(),
            evidence,
            url,
            note
        };
    }
}
