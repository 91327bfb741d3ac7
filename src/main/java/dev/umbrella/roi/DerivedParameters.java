package dev.umbrella.roi;

import dev.umbrella.datasets.Distribution;
import dev.umbrella.datasets.PeriodKind;
import dev.umbrella.estimate.Estimate;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.estimate.PeriodEffect;
import dev.umbrella.model.Engineer;
import dev.umbrella.model.Entities;
import dev.umbrella.model.Inputs;
import dev.umbrella.model.Output;
import dev.umbrella.model.Period;
import dev.umbrella.model.ReportedMetric;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * ROI parameters that come from datasets rather than from {@code assumptions.csv}, each with its source, and the
 * channels they feed.
 *
 * <ul>
 *   <li>{@code security_commits_change}: the before/after change in security-flagged commits per month from
 *       {@code commits.csv}, drawn from its bootstrap replicates (for the cost-efficiency only).</li>
 *   <li>Per output kind of the ledger ({@code outputs.csv}): the outputs the role added over the horizon, the
 *       person's and the registry's apart ({@link Ledger}). Where the ledger also covers the volunteer years, the
 *       added outputs are the funded count minus the volunteer-era rate over the same months; otherwise the funded
 *       count, and the channel takes the {@code counterfactual_share}.</li>
 *   <li>{@code exposure_hours_removed}: volunteer − funded malware exposure of the same statistic
 *       ({@link ExposureContrast}); absent, with the reason, when no like-for-like pair exists.</li>
 * </ul>
 *
 * <p>A little over 300 lines: every parameter derived from the data is here, so that each reads its dataset
 * row and source the same way, and a reviewer finds them in one place.
 */
final class DerivedParameters {
    static final String TOLERANCE = "reported_value_tolerance";
    static final String EXPOSURE_REMOVED = "exposure_hours_removed";
    static final String COUNTERFACTUAL = "counterfactual_share";
    static final String ATTRIBUTION = "attribution_share_registry";

    /** The derived parameters, the bootstrap replicates of the empirical one, the channels and what is missing. */
    record Derived(
            List<Assumption> parameters,
            double[] empirical,
            List<Channel> channels,
            ExposureContrast exposure,
            String replacementMissing,
            List<String> notes,
            List<Counted> counted) {}

    /**
     * One kind's outputs, funded and volunteer-era, for the cost-effectiveness table.
     *
     * @param volunteer outputs in the volunteer-era window (all attributions), NaN without a volunteer-era count
     */
    /**
     * One output kind as the cost-effectiveness table reads it: funded counts (own and registry's), the part of each
     * above the volunteer-era rate ({@code NaN} where no volunteer-era count exists), and the volunteer-era count.
     */
    record Counted(
            String kind,
            String detail,
            String unit,
            double fundedEngineer,
            double fundedRegistry,
            double addedEngineer,
            double addedRegistry,
            double volunteer,
            double volunteerDays) {}

    private DerivedParameters() {}

    static Derived of(
            Inputs inputs, Engineer engineer, Estimates estimates, LocalDate start, int months, double tolerance) {
        List<Assumption> parameters = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        double[] empirical = new double[0];
        String replacementMissing = "";
        PeriodEffect effect = estimates.effect("security_commits");
        Estimate change = effect.change();
        if (change.isSufficient()) {
            double point = change.value();
            parameters.add(new Assumption(
                    RoiModel.SECURITY_CHANGE,
                    Math.min(change.interval().lower(), point),
                    point,
                    Math.max(change.interval().upper(), point),
                    "commits/month",
                    Distribution.EMPIRICAL,
                    "dataset: commits.csv (" + change.label() + "; " + change.method() + ")",
                    "bootstrap replicates of the before/after change; " + String.join("; ", effect.notes())));
            empirical = effect.changeReplicates();
        } else {
            replacementMissing = RoiModel.SECURITY_CHANGE + ": insufficient data (" + change.insufficient() + ")";
        }
        LocalDate end = start.plusMonths(months);
        List<ReportedMetric> rows = inputs.reportedMetrics().stream()
                .filter(r -> Entities.of(engineer.id()).contains(r.entity()))
                .toList();
        ExposureContrast exposure = ExposureContrast.of(rows, start, end);
        if (exposure.hasPair()) {
            double delta = ExposureContrast.difference(
                    exposure.pair().get(0), exposure.pair().get(1));
            parameters.add(new Assumption(
                    EXPOSURE_REMOVED,
                    delta,
                    delta,
                    delta,
                    "hours",
                    Distribution.FIXED,
                    "dataset: reported_metrics.csv ("
                            + exposure.pair().get(0).row().citation() + "; "
                            + exposure.pair().get(1).row().citation() + ")",
                    exposure.verdict()));
        }
        List<Channel> channels = new ArrayList<>();
        List<Counted> counted = new ArrayList<>();
        ledgerChannels(inputs, engineer, start, end, tolerance, exposure, parameters, channels, notes, counted);
        return new Derived(parameters, empirical, channels, exposure, replacementMissing, notes, counted);
    }

    /** One pair of channels (market price, expected loss) per kind and detail with outputs in the horizon. */
    private static void ledgerChannels(
            Inputs inputs,
            Engineer engineer,
            LocalDate start,
            LocalDate end,
            double tolerance,
            ExposureContrast exposure,
            List<Assumption> parameters,
            List<Channel> channels,
            List<String> notes,
            List<Counted> counted) {
        List<Output> all = inputs.outputs().stream()
                .filter(o -> o.engineer().equals(engineer.id()))
                .toList();
        Map<String, List<Output>> groups = new TreeMap<>();
        for (Output o : all) {
            groups.computeIfAbsent(o.kind() + "\t" + o.detail(), k -> new ArrayList<>())
                    .add(o);
        }
        LocalDate[] volunteer = volunteerWindow(engineer, start);
        long horizonDays = ChronoUnit.DAYS.between(start, end);
        boolean withAdvisories = all.stream()
                .anyMatch(o -> o.kind().equals("advisory_published")
                        && o.start().isBefore(end)
                        && !o.end().isBefore(start));
        for (Map.Entry<String, List<Output>> g : groups.entrySet()) {
            String kind = g.getKey().split("\t", -1)[0];
            String detail = g.getKey().split("\t", -1)[1];
            Ledger.Count funded = Ledger.count(g.getValue(), start, end, tolerance);
            if (funded.isEmpty()) {
                continue;
            }
            String name = detail.isEmpty() ? kind : kind + "_" + detail;
            Ledger.Count baseline = volunteer == null
                    ? Ledger.Count.none()
                    : Ledger.count(g.getValue(), volunteer[0], volunteer[1], tolerance);
            boolean measured =
                    !baseline.isEmpty() && !Ledger.isLevel(g.getValue().get(0));
            double scale = measured ? horizonDays / (double) ChronoUnit.DAYS.between(volunteer[0], volunteer[1]) : 0;
            List<Channel.Part> parts = new ArrayList<>();
            List<Channel.Part> fundedParts = new ArrayList<>();
            String unit = Valuation.unit(kind, detail);
            String how = String.format(
                    Locale.ROOT,
                    "dataset: outputs.csv (%d rows in %s..%s, %.0f%% of the days " + "covered by a complete series)",
                    funded.rows(),
                    start,
                    end.minusDays(1),
                    100 * funded.covered());
            // The volunteer-era count is taken from the total (the same outputs were often the registry's then and the
            // person's once funded) and shared out over the parts in proportion to their funded counts.
            double[] total = {
                funded.engineer()[0] + funded.registry()[0],
                funded.engineer()[1] + funded.registry()[1],
                funded.engineer()[2] + funded.registry()[2]
            };
            double[] before = {
                (baseline.engineer()[0] + baseline.registry()[0]) * scale,
                (baseline.engineer()[1] + baseline.registry()[1]) * scale,
                (baseline.engineer()[2] + baseline.registry()[2]) * scale
            };
            double shareEngineer = total[1] == 0 ? 0 : funded.engineer()[1] / total[1];
            counted.add(new Counted(
                    kind,
                    detail,
                    unit,
                    funded.engineer()[1],
                    funded.registry()[1],
                    measured ? funded.engineer()[1] - before[1] * shareEngineer : Double.NaN,
                    measured ? funded.registry()[1] - before[1] * (1 - shareEngineer) : Double.NaN,
                    baseline.isEmpty() ? Double.NaN : baseline.engineer()[1] + baseline.registry()[1],
                    volunteer == null ? Double.NaN : ChronoUnit.DAYS.between(volunteer[0], volunteer[1])));
            for (boolean registry : new boolean[] {false, true}) {
                double[] f = registry ? funded.registry() : funded.engineer();
                if (f[1] == 0) {
                    continue;
                }
                String part = registry ? "_registry" : "_engineer";
                String attribution = registry ? ATTRIBUTION : "";
                double share = total[1] == 0 ? 0 : f[1] / total[1];
                String fundedName = name + "_funded" + part;
                boolean bothSets = measured && kind.equals("package_removed");
                if (!measured || bothSets) {
                    parameters.add(new Assumption(
                            fundedName,
                            f[0],
                            f[1],
                            Math.max(f[2], f[1]),
                            "outputs",
                            f[2] > f[0] ? Distribution.TRIANGULAR : Distribution.FIXED,
                            how,
                            unit + " over the horizon"
                                    + (measured
                                            ? ""
                                            : "; the ledger has no volunteer-era count, so " + COUNTERFACTUAL
                                                    + " takes out those that would have happened anyway")));
                    fundedParts.add(new Channel.Part(fundedName, attribution));
                }
                if (measured) {
                    String addedName = name + "_added" + part;
                    double low = f[0] - before[2] * share;
                    double base = f[1] - before[1] * share;
                    double high = f[2] - before[0] * share;
                    parameters.add(new Assumption(
                            addedName,
                            Math.min(low, base),
                            base,
                            Math.max(high, base),
                            "outputs",
                            high > low ? Distribution.TRIANGULAR : Distribution.FIXED,
                            how,
                            String.format(
                                    Locale.ROOT,
                                    "%s over the horizon: funded %.1f minus its %.0f%% share of "
                                            + "the volunteer-era rate (%s..%s: %.1f in %d days, %.1f over the %d days)",
                                    unit,
                                    f[1],
                                    100 * share,
                                    volunteer[0],
                                    volunteer[1].minusDays(1),
                                    baseline.engineer()[1] + baseline.registry()[1],
                                    ChronoUnit.DAYS.between(volunteer[0], volunteer[1]),
                                    before[1],
                                    horizonDays)));
                    parts.add(new Channel.Part(addedName, attribution));
                } else {
                    parts.add(new Channel.Part(fundedName, attribution));
                }
            }
            if (parts.isEmpty()) {
                continue;
            }
            String counterfactual = measured ? "" : COUNTERFACTUAL;
            for (Method method : Method.values()) {
                Valuation.Way way = Valuation.of(kind, detail, method, withAdvisories);
                String id = name + "." + method.id();
                if (way == null) {
                    channels.add(
                            exposureChannel(id, kind, unit, fundedParts.isEmpty() ? parts : fundedParts, exposure));
                    continue;
                }
                channels.add(new Channel(
                        id, kind, method, unit, parts, counterfactual, way.factors(), way.key(), "", way.why()));
            }
        }
        notes.add("volunteer-era baseline window: "
                + (volunteer == null ? "none (no volunteer period)" : volunteer[0] + ".." + volunteer[1].minusDays(1)));
    }

    /**
     * Expected loss avoided by faster handling of malicious packages: packages × exposure hours removed per package ×
     * installs per exposure hour × probability of harm per install × loss per incident. It needs a
     * like-for-like exposure contrast; without one it is not estimated and its break-even gives the hours.
     */
    static Channel exposureChannel(
            String id, String kind, String unit, List<Channel.Part> parts, ExposureContrast exposure) {
        Channel channel = new Channel(
                id,
                kind,
                Method.EXPECTED_LOSS,
                unit,
                parts,
                "",
                List.of(
                        EXPOSURE_REMOVED,
                        "installs_per_exposure_hour",
                        "harm_probability_per_install",
                        "loss_per_incident"),
                EXPOSURE_REMOVED,
                "exposure hours removed per package, valued by the installs they spare",
                "");
        return exposure.hasPair() ? channel : channel.notEstimated(exposure.verdict());
    }

    /** The first volunteer period, up to the funded start: [start, end + 1 day), or null without one. */
    private static LocalDate[] volunteerWindow(Engineer engineer, LocalDate fundedStart) {
        for (Period p : engineer.periods()) {
            if (p.kind() == PeriodKind.VOLUNTEER && p.start().isBefore(fundedStart)) {
                LocalDate to = p.end() == null || !p.end().isBefore(fundedStart)
                        ? fundedStart
                        : p.end().plusDays(1);
                return new LocalDate[] {p.start(), to};
            }
        }
        return null;
    }
}
