package dev.umbrella.roi;

import dev.umbrella.estimate.Estimate;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.estimate.PeriodEffect;
import dev.umbrella.model.Engineer;
import dev.umbrella.model.Entities;
import dev.umbrella.model.Inputs;
import dev.umbrella.model.ReportedMetric;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ROI parameters that come from datasets rather than from {@code assumptions.csv}, each with its source, or the
 * reason it is unavailable, and the channels they feed.
 *
 * <ul>
 *   <li>{@code security_commits_change}: the before/after change in security-flagged commits per month from
 *       {@code commits.csv}, drawn from its bootstrap replicates (for the cost-efficiency only).</li>
 *   <li>{@code malware_packages_funded}: distinct packages named in malware reports over the horizon, where a report
 *       gives them; elsewhere reports × the packages-per-report ratio of the months that give both; months no report
 *       covers count at the covered rate.</li>
 *   <li>{@code exposure_hours_removed}: volunteer − funded exposure of the same statistic ({@link ExposureContrast});
 *       absent, with the reason, when no like-for-like pair exists.</li>
 * </ul>
 */
final class DerivedParameters {
    static final String TOLERANCE = "reported_value_tolerance";
    static final String PACKAGES = "malware_packages_funded";
    static final String EXPOSURE_REMOVED = "exposure_hours_removed";

    /** The derived parameters, the bootstrap replicates of the empirical one, and why any are unavailable. */
    record Derived(List<Assumption> parameters, double[] empirical, Map<String, String> unavailable,
            List<Channel> channels, ExposureContrast exposure, String replacementMissing) {}

    private DerivedParameters() {}

    static Derived of(Inputs inputs, Engineer engineer, Estimates estimates, LocalDate start, int months,
            double tolerance) {
        List<Assumption> parameters = new ArrayList<>();
        Map<String, String> unavailable = new LinkedHashMap<>();
        double[] empirical = new double[0];
        String replacementMissing = "";
        PeriodEffect effect = estimates.effect("security_commits");
        Estimate change = effect.change();
        if (change.isSufficient()) {
            double point = change.value();
            parameters.add(new Assumption(RoiModel.SECURITY_CHANGE, Math.min(change.interval().lower(), point), point,
                    Math.max(change.interval().upper(), point), "commits/month", Distribution.EMPIRICAL,
                    "dataset: commits.csv (" + change.label() + "; " + change.method() + ")",
                    "bootstrap replicates of the before/after change; " + String.join("; ", effect.notes())));
            empirical = effect.changeReplicates();
        } else {
            replacementMissing = RoiModel.SECURITY_CHANGE + ": insufficient data (" + change.insufficient() + ")";
        }
        LocalDate end = start.plusMonths(months);
        List<String> entities = Entities.of(engineer.id());
        List<ReportedMetric> rows = inputs.reportedMetrics().stream().filter(r -> entities.contains(r.entity()))
                .toList();
        List<Channel> channels = new ArrayList<>();
        ExposureContrast exposure = ExposureContrast.of(rows, start, end);
        boolean reportsMalware = rows.stream().anyMatch(r -> r.metric().equals("malware_reports"));
        if (reportsMalware) {
            packages(rows, start, end, tolerance).ifPresentOrElse(parameters::add,
                    () -> unavailable.put(PACKAGES, "no malware report between " + start + " and " + end));
            if (exposure.hasPair()) {
                double delta = ExposureContrast.difference(exposure.pair().get(0), exposure.pair().get(1));
                parameters.add(new Assumption(EXPOSURE_REMOVED, delta, delta, delta, "hours", Distribution.FIXED,
                        "dataset: reported_metrics.csv (" + exposure.pair().get(0).row().citation() + "; "
                                + exposure.pair().get(1).row().citation() + ")", exposure.verdict()));
            } else {
                unavailable.put(EXPOSURE_REMOVED, exposure.verdict());
            }
            Channel channel = exposureChannel();
            channels.add(exposure.hasPair() ? channel : channel.notEstimated(exposure.verdict()));
        }
        return new Derived(parameters, empirical, unavailable, channels, exposure, replacementMissing);
    }

    /**
     * Expected loss avoided by faster handling of malicious packages: packages × true-positive share × exposure
     * hours removed per package × installs per exposure hour × probability of harm per install × loss per incident
     * × the registry attribution share (methods.md §c1).
     */
    static Channel exposureChannel() {
        return new Channel("package_removed.expected_loss", "package_removed", Method.EXPECTED_LOSS,
                "malicious package handled", PACKAGES, Channel.Incremental.AS_IS, "", "attribution_share_registry",
                List.of("true_positive_share", EXPOSURE_REMOVED, "installs_per_exposure_hour",
                        "harm_probability_per_install", "loss_per_incident"), EXPOSURE_REMOVED,
                "exposure hours removed per package, valued by the installs it spares", "");
    }

    /**
     * Distinct packages reported over [start, end): per report period, the packages it names, or its reports ×
     * the packages-per-report ratio of the periods that give both.
     */
    static java.util.Optional<Assumption> packages(List<ReportedMetric> rows, LocalDate start, LocalDate end,
            double tolerance) {
        List<ReportedMetric> packages = rows.stream().filter(r -> r.metric().equals("malware_reported_packages"))
                .toList();
        List<ReportedMetric> reports = rows.stream().filter(r -> r.metric().equals("malware_reports")).toList();
        double lowRatio = Double.POSITIVE_INFINITY;
        double highRatio = 0;
        double sumPackages = 0;
        double sumReports = 0;
        for (ReportedMetric p : packages) {
            for (ReportedMetric r : reports) {
                if (r.periodStart().equals(p.periodStart()) && r.periodEnd().equals(p.periodEnd())) {
                    double ratio = p.value() / r.value();
                    lowRatio = Math.min(lowRatio, ratio);
                    highRatio = Math.max(highRatio, ratio);
                    sumPackages += p.value();
                    sumReports += r.value();
                }
            }
        }
        double ratio = sumReports == 0 ? 1 : sumPackages / sumReports;
        if (sumReports == 0) {
            lowRatio = 1;
            highRatio = 1;
        }
        List<OutputRate.Row> low = new ArrayList<>();
        List<OutputRate.Row> base = new ArrayList<>();
        List<OutputRate.Row> high = new ArrayList<>();
        for (ReportedMetric p : packages) {
            OutputRate.Row row = new OutputRate.Row(p.periodStart(), p.periodEnd(), p.value(), p.qualifier(),
                    p.citation());
            low.add(row);
            base.add(row);
            high.add(row);
        }
        for (ReportedMetric r : reports) {
            boolean given = packages.stream().anyMatch(p -> p.periodStart().equals(r.periodStart())
                    && p.periodEnd().equals(r.periodEnd()));
            if (!given) {
                low.add(new OutputRate.Row(r.periodStart(), r.periodEnd(), r.value() * lowRatio, r.qualifier(),
                        r.citation()));
                base.add(new OutputRate.Row(r.periodStart(), r.periodEnd(), r.value() * ratio, r.qualifier(),
                        r.citation()));
                high.add(new OutputRate.Row(r.periodStart(), r.periodEnd(), r.value() * highRatio, r.qualifier(),
                        r.citation()));
            }
        }
        OutputRate.Total l = OutputRate.over(low, start, end, tolerance);
        OutputRate.Total b = OutputRate.over(base, start, end, tolerance);
        OutputRate.Total h = OutputRate.over(high, start, end, tolerance);
        if (b.isEmpty() || b.covered() == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Assumption(PACKAGES, l.low(), b.base(), Math.max(h.high(), b.base()),
                "packages", Distribution.TRIANGULAR, "dataset: reported_metrics.csv malware_reported_packages and "
                        + "malware_reports (" + b.used().size() + " rows)",
                String.format(java.util.Locale.ROOT, "distinct packages where a report names them (%d periods); "
                        + "elsewhere reports x %.2f packages per report (range %.2f-%.2f, from the periods with both);"
                        + " the rows cover %.0f%% of %s..%s, the rest counted at the covered rate",
                        packages.size(), ratio, lowRatio, highRatio, 100 * b.covered(), start, end.minusDays(1))
                        + "; left out as overlapped by finer rows: " + b.leftOut().size() + " (e.g. "
                        + b.leftOut().stream().limit(1).map(OutputRate.Row::evidence).findFirst().orElse("none")
                        + ")"));
    }
}
