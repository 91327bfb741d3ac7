package dev.umbrella.present;

import dev.umbrella.estimate.CorrectedEffects;
import dev.umbrella.estimate.Estimate;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.estimate.EventStudyResult;
import dev.umbrella.model.TableBuilder;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The comparison notebook's validity table ({@link Tables#robustness(String, CorrectedEffects, Estimates...)}): per
 * engineer, which estimates keep their side of zero across the checks, never pooled.
 */
final class RobustnessTable {
    private RobustnessTable() {}

    static Table robustness(String metric, CorrectedEffects corrected, Estimates... engineers) {
        TableBuilder table = TableBuilder.named(
                        "What survives: " + metric.replace('_', ' ') + " per month (not pooled)")
                .text(
                        "engineer",
                        "change [95%]",
                        "change: specifications agreeing",
                        "DiD [95%]",
                        "DiD: specifications agreeing",
                        "pre-trend test (quarters; half-years)",
                        "pre-trend slope per month [95%]",
                        "DiD vs other repositories [95%]",
                        "colleagues' change − other group's [95%]");
        if (corrected != null) {
            table.text("change corrected for the rule's errors [95%]");
        }
        for (Estimates e : engineers) {
            var sensitivity = e.sensitivity(metric);
            var spillover = e.spillover(metric);
            var study = e.eventStudy(metric);
            List<Object> row = new ArrayList<>(List.of(
                    e.engineer().name(),
                    withInterval(sensitivity.base().change()),
                    agreeing(sensitivity.agreeing(false)),
                    withInterval(sensitivity.base().did()),
                    agreeing(sensitivity.agreeing(true)),
                    !study.preTest().isSufficient()
                            ? "insufficient data: " + study.preTest().insufficient()
                            : EventStudyResult.formatP(study.preTest().pValue()) + "; "
                                    + (study.halfYearTest().isSufficient()
                                            ? EventStudyResult.formatP(
                                                    study.halfYearTest().pValue())
                                            : "insufficient data"),
                    withInterval(study.preTrendSlope()),
                    withInterval(
                            spillover.groups().size() > 1
                                    ? spillover.otherRepositories().did()
                                    : Estimate.insufficient(metric, "no other repositories")),
                    spillover.groups().size() > 1 ? withInterval(spillover.gap()) : "insufficient data"));
            if (corrected != null) {
                row.add(corrected.rows().stream()
                        .filter(r -> r.engineer().equals(e.engineer().id()))
                        .findFirst()
                        .map(r -> !r.isSufficient()
                                ? "insufficient data: " + r.insufficient()
                                : Readable.signed(r.correctedChange()) + " "
                                        + Readable.interval(
                                                r.correctedInterval().lower(),
                                                r.correctedInterval().upper()))
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
}
