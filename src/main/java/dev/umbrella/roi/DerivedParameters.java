package dev.umbrella.roi;

import dev.umbrella.estimate.Estimate;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.estimate.PeriodEffect;
import dev.umbrella.model.Engineer;
import dev.umbrella.model.Entities;
import dev.umbrella.model.Inputs;
import dev.umbrella.model.ReportedMetric;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * ROI parameters that come from datasets rather than from {@code assumptions.csv}, each with its source, or the
 * reason it is unavailable.
 *
 * <ul>
 *   <li>{@code security_commits_change}: the before/after change in security-flagged commits per month
 *       (funded − volunteer) from {@code commits.csv}, drawn from its bootstrap replicates.</li>
 *   <li>{@code response_hours_volunteer}: {@code malware_response_time_most_within} before the funded start (the
 *       2023 security-inbox baseline, "most responses … under ~485 minutes").</li>
 *   <li>{@code response_hours_funded}: {@code malware_exposure_median} after the funded start (upload to first
 *       protective action). It includes detection time, which the volunteer figure does not, so the difference
 *       understates the exposure removed; it is a median where the volunteer figure is an upper quantile
 *       ("most"), which overstates it. The instruments also changed with the treatment (methods.md §d6).</li>
 *   <li>{@code malware_reports_per_year}: {@code malware_reports} after the funded start, each row annualised.</li>
 * </ul>
 * Reported rows become a triangular distribution over [lowest, highest] with the median row value as the mode;
 * each row's own range is its value, widened by {@code reported_value_tolerance} where the quote says "about",
 * "at least" or "at most".
 */
final class DerivedParameters {
    static final String RESPONSE_VOLUNTEER_METRIC = "malware_response_time_most_within";
    static final String RESPONSE_FUNDED_METRIC = "malware_exposure_median";
    static final String REPORTS_METRIC = "malware_reports";
    static final String TOLERANCE = "reported_value_tolerance";

    /** The derived parameters, the bootstrap replicates of the empirical one, and why any are unavailable. */
    record Derived(List<Assumption> parameters, double[] empirical, Map<String, String> unavailable) {}

    private DerivedParameters() {}

    static Derived of(Inputs inputs, Engineer engineer, Estimates estimates, double tolerance) {
        List<Assumption> parameters = new ArrayList<>();
        Map<String, String> unavailable = new LinkedHashMap<>();
        double[] empirical = new double[0];
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
            unavailable.put(RoiModel.SECURITY_CHANGE, RoiModel.SECURITY_CHANGE + ": insufficient data ("
                    + change.insufficient() + ")");
        }
        LocalDate start = engineer.firstFunded().map(p -> p.start()).orElse(null);
        if (start == null) {
            String reason = "periods.csv has no funded period for " + engineer.id();
            for (String name : List.of(RoiModel.RESPONSE_VOLUNTEER, RoiModel.RESPONSE_FUNDED, RoiModel.REPORTS)) {
                unavailable.put(name, name + ": " + reason);
            }
            return new Derived(parameters, empirical, unavailable);
        }
        List<String> entities = Entities.of(engineer.id());
        List<ReportedMetric> rows = inputs.reportedMetrics().stream()
                .filter(r -> entities.contains(r.entity())).toList();
        Predicate<ReportedMetric> before = r -> middle(r).isBefore(start);
        Predicate<ReportedMetric> after = before.negate();
        reported(RoiModel.RESPONSE_VOLUNTEER, "hours", RESPONSE_VOLUNTEER_METRIC, rows, before, "before " + start,
                DerivedParameters::hours, tolerance, entities, parameters, unavailable);
        reported(RoiModel.RESPONSE_FUNDED, "hours", RESPONSE_FUNDED_METRIC, rows, after, "from " + start,
                DerivedParameters::hours, tolerance, entities, parameters, unavailable);
        reported(RoiModel.REPORTS, "reports/year", REPORTS_METRIC, rows, after, "from " + start,
                DerivedParameters::perYear, tolerance, entities, parameters, unavailable);
        return new Derived(parameters, empirical, unavailable);
    }

    /**
     * A reported period belongs to the side of the funded start that holds its middle day, as months do in the
     * estimates: PyPI's volunteer-era inbox baseline runs 2023-03-01..2023-08-14, two weeks past Mike's start.
     */
    private static LocalDate middle(ReportedMetric r) {
        return r.periodStart().plusDays(ChronoUnit.DAYS.between(r.periodStart(), r.periodEnd()) / 2);
    }

    private interface Conversion {
        double apply(ReportedMetric row, double value);
    }

    private static void reported(String name, String unit, String metric, List<ReportedMetric> rows,
            Predicate<ReportedMetric> window, String windowText, Conversion conversion, double tolerance,
            List<String> entities, List<Assumption> out, Map<String, String> unavailable) {
        List<ReportedMetric> selected = rows.stream().filter(r -> r.metric().equals(metric)).filter(window).toList();
        if (selected.isEmpty()) {
            unavailable.put(name, name + ": reported_metrics.csv has no " + metric + " for "
                    + String.join("/", entities) + " " + windowText);
            return;
        }
        double[] values = new double[selected.size()];
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            ReportedMetric r = selected.get(i);
            values[i] = conversion.apply(r, r.value());
            double below = r.qualifier().equals("about") || r.qualifier().equals("at_most") ? 1 - tolerance : 1;
            double above = r.qualifier().equals("about") || r.qualifier().equals("at_least") ? 1 + tolerance : 1;
            low = Math.min(low, values[i] * below);
            high = Math.max(high, values[i] * above);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double base = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        String sources = selected.stream().map(ReportedMetric::citation).collect(Collectors.joining("; "));
        out.add(new Assumption(name, low, base, high, unit, high > low ? Distribution.TRIANGULAR : Distribution.FIXED,
                "dataset: reported_metrics.csv " + metric + " (" + selected.size() + " rows)",
                "\"" + selected.get(0).quote() + "\"; rows: " + sources));
    }

    /** Minutes, hours or days to hours; other units are not times and are refused. */
    private static double hours(ReportedMetric row, double value) {
        switch (row.unit()) {
            case "minutes":
                return value / 60;
            case "hours":
                return value;
            case "days":
                return value * 24;
            default:
                throw new IllegalArgumentException("reported_metrics.csv: " + row.metric() + " (" + row.citation()
                        + ") has unit " + row.unit() + ", not a time");
        }
    }

    /** A count over the row's period, scaled to 365.25 days. */
    private static double perYear(ReportedMetric row, double value) {
        double days = ChronoUnit.DAYS.between(row.periodStart(), row.periodEnd()) + 1.0;
        return value * 365.25 / days;
    }
}
