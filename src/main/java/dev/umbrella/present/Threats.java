package dev.umbrella.present;

import dev.umbrella.datasets.PeriodKind;
import dev.umbrella.estimate.Estimate;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.estimate.PeriodEffect;
import dev.umbrella.estimate.RuleValidation;
import dev.umbrella.estimate.Segment;
import dev.umbrella.estimate.Sensitivity;
import dev.umbrella.estimate.Spillover;
import dev.umbrella.estimate.Timeline;
import dev.umbrella.model.Metric;
import dev.umbrella.model.Panel;
import dev.umbrella.model.Period;
import dev.umbrella.model.TableBuilder;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import tech.tablesaw.api.Table;

/**
 * The threats to validity, one row each: what it is, what it does to the estimates (the direction of the bias, where
 * it has one), the evidence for each engineer computed from the datasets, and where the notebooks check it. The
 * evidence column is computed, so it follows the data; the mechanism and direction are the method's reasoning
 * ({@code notebooks/00-method.ipynb}, "Limits and threats to validity") and are the same for every run.
 */
final class Threats {
    private Threats() {}

    private record Threat(String name, String effect, String check, BiFunction<Estimates, Context, String> evidence) {}

    /** What several rows share, computed once per table: the rule's validation against the blind labels. */
    private static final class Context {
        private final Estimates any;
        private RuleValidation validation;

        Context(Estimates any) {
            this.any = any;
        }

        RuleValidation validation() {
            if (validation == null) {
                validation = RuleValidation.of(any.inputs());
            }
            return validation;
        }
    }

    private static final List<Threat> THREATS = List.of(
            new Threat(
                    "partly paid volunteer years",
                    "the baseline already holds paid time, so the change understates what full-time funding adds",
                    "periods.csv partly_paid; funding.csv rows before the start (Tables.funding)",
                    (e, c) -> partlyPaid(e)),
            new Threat(
                    "day jobs",
                    "volunteer work fits around an employer's hours; the change measures freed time as much as the "
                            + "role, and volunteer output is capped by it",
                    "working_hours_share before and after (summary table)",
                    (e, c) -> dayJob(e)),
            new Threat(
                    "concurrent funded staff and grants",
                    "registry outcomes and ledger outputs are shared with others paid at the same time; the ROI "
                            + "credits registry outputs only by attribution_share_registry; commit counts are the "
                            + "person's own",
                    "Tables.concurrentFunding; attribution_share_registry in the tornado",
                    (e, c) -> concurrent(e)),
            new Threat(
                    "new mandates and new jobs",
                    "a role that creates new duties (publishing advisories, a CNA) raises security commits by "
                            + "definition; the change then counts a new job, not more of the same work",
                    "sensitivity row 'advisory databases: without'",
                    (e, c) -> mandate(e)),
            new Threat(
                    "missing repositories",
                    "work in repositories we could not export is not counted, so the change understates it",
                    "commits.csv inputs in datasets/MANIFEST.csv; coverage strip (Figures.coverage)",
                    (e, c) -> missing(e)),
            new Threat(
                    "short post-periods",
                    "few funded months give wide intervals and weak pre-trend and placebo tests; the ROI counts only "
                            + "these months",
                    "post_months in the summary; event study; sensitivity",
                    (e, c) -> shortPost(e)),
            new Threat(
                    "stale exports",
                    "a repository whose export ends early is filled at its own segment mean afterwards, not at zero",
                    "sensitivity row 'stale exports: without'",
                    (e, c) -> stale(e)),
            new Threat(
                    "misclassified commits",
                    "the subject-line rule misses security work (recall below 1) and flags some that is not; a stable "
                            + "miss rate scales both periods alike, a miss rate that changes with the role biases the "
                            + "change either way",
                    "00-method: precision and recall against blind labels; corrected effects in 01-03",
                    Threats::misclassified),
            new Threat(
                    "spillover and substitution",
                    "colleagues who hand security work to the funded engineer fall, which inflates the DiD against "
                            + "them; colleagues he enables rise, which deflates it",
                    "Estimates.spillover: the comparison groups' own change and the DiD against other repositories",
                    (e, c) -> spillover(e)));

    static Table of(List<Estimates> engineers) {
        TableBuilder table = TableBuilder.named(
                        "Threats to validity: direction and evidence (computed from the datasets)")
                .text("threat", "what it does to the estimates", "evidence in the data", "where it is checked");
        Context context = new Context(engineers.get(0));
        for (Threat t : THREATS) {
            List<String> parts = new ArrayList<>();
            for (Estimates e : engineers) {
                parts.add(e.engineer().id() + ": " + t.evidence().apply(e, context));
            }
            table.row(t.name(), t.effect(), String.join("; ", parts), t.check());
        }
        return table.build();
    }

    private static String partlyPaid(Estimates e) {
        List<Period> paid = e.engineer().periods().stream()
                .filter(p -> p.kind() == PeriodKind.VOLUNTEER && p.partlyPaid())
                .toList();
        Table funding = e.inputs().fundingTable();
        int before = 0;
        var start = e.engineer().firstFunded().map(Period::start).orElse(null);
        for (int i = 0; i < funding.rowCount(); i++) {
            var from = funding.dateColumn("start").get(i);
            if (e.engineer().id().equals(funding.stringColumn("person_id").get(i))
                    && start != null
                    && from != null
                    && from.isBefore(start.minusMonths(6))) {
                before++;
            }
        }
        return (paid.isEmpty() ? "volunteer years not marked partly paid" : "volunteer years marked partly paid") + ", "
                + before + " payment row" + (before == 1 ? "" : "s") + " to him before the role";
    }

    private static String dayJob(Estimates e) {
        PeriodEffect share = e.effect(Metric.WORKING_HOURS_SHARE.column());
        if (!share.isSufficient() || share.rates().size() < 2) {
            return "insufficient data";
        }
        return "commits in working hours " + percent(share.rates().get(0)) + " volunteer → "
                + percent(share.rates().get(1)) + " funded";
    }

    private static String percent(Estimate e) {
        return e.isSufficient() ? Readable.percent(e.value()) : "insufficient data";
    }

    private static String concurrent(Estimates e) {
        int rows = Tables.concurrentFunding(e).rowCount();
        return rows + " other funding row" + (rows == 1 ? "" : "s") + " of his employer during the role";
    }

    private static String mandate(Estimates e) {
        Timeline timeline = e.timeline();
        if (!timeline.isSufficient()) {
            return "insufficient data";
        }
        Panel panel = e.inputs().panel();
        int[] post = timeline.indices(Segment.POST);
        YearMonth from = timeline.months().get(post[0]);
        YearMonth to = timeline.months().get(post[post.length - 1]);
        double all = sum(panel.series(e.engineer().id(), Metric.SECURITY_COMMITS, timeline.repos(), from, to));
        List<String> databases = timeline.repos().stream()
                .filter(Sensitivity.ADVISORY_DATABASES::contains)
                .toList();
        double inDatabases = databases.isEmpty()
                ? 0
                : sum(panel.series(e.engineer().id(), Metric.SECURITY_COMMITS, databases, from, to));
        return Readable.number(inDatabases) + " of " + Readable.number(all)
                + " funded-window security commits in advisory databases";
    }

    /**
     * Repositories with the engineers' work that the raw exports lack (too large to copy; the inputs of
     * {@code commits.csv} in {@code datasets/MANIFEST.csv} list the repositories that were exported): python/cpython
     * (2.3 GB) holds Seth's CPython fixes and release work; github/advisory-database holds the GitHub-reviewed
     * advisories that all three engineers' ecosystems publish to.
     */
    static final Map<String, String> NOT_EXPORTED = Map.of(
            "seth", "python/cpython (his CPython fixes and release work), github/advisory-database",
            "mike", "github/advisory-database",
            "samuel", "github/advisory-database");

    private static String missing(Estimates e) {
        String missing = NOT_EXPORTED.get(e.engineer().id());
        return missing == null ? "none known" : missing + " not in the raw exports";
    }

    private static String shortPost(Estimates e) {
        Timeline t = e.timeline();
        return t.isSufficient()
                ? t.indices(Segment.POST).length + " funded months, " + t.indices(Segment.PRE).length
                        + " volunteer months"
                : "insufficient data";
    }

    private static String stale(Estimates e) {
        List<String> stale = e.timeline().staleRepos(e.design().minSegmentMonths());
        return stale.isEmpty() ? "none" : String.join(", ", stale);
    }

    private static String misclassified(Estimates e, Context context) {
        if (!e.inputs().hasSecurityLabels()) {
            return "insufficient data: no security labels in these inputs";
        }
        var validation = context.validation();
        var rule = RuleValidation.Rule.CURRENT;
        var recall = validation.recall(rule, e.engineer().id());
        var precision = validation.precision(rule, e.engineer().id());
        return "recall " + ratio(recall) + ", precision " + ratio(precision);
    }

    private static String ratio(RuleValidation.Ratio r) {
        return r.isSufficient()
                ? Readable.number(r.value()) + " "
                        + Readable.interval(r.interval().lower(), r.interval().upper())
                : "insufficient data";
    }

    private static String spillover(Estimates e) {
        Spillover s = e.spillover(Metric.SECURITY_COMMITS.column());
        if (s.groups().size() < 2) {
            return "insufficient data";
        }
        Estimate gap = s.gap();
        return gap.isSufficient()
                ? "colleagues' change minus other repositories' " + Case.withInterval(gap) + " security commits/month"
                : "insufficient data";
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += Double.isNaN(v) ? 0 : v;
        }
        return s;
    }
}
