package dev.umbrella.present;

import dev.umbrella.estimate.DidResult;
import dev.umbrella.estimate.Estimates;
import dev.umbrella.estimate.EventStudyResult;
import dev.umbrella.estimate.ItsFit;
import dev.umbrella.estimate.PeriodEffect;
import dev.umbrella.estimate.PlaceboResult;
import dev.umbrella.estimate.RegistryOutcomes;
import dev.umbrella.estimate.Sensitivity;
import dev.umbrella.roi.Method;
import dev.umbrella.roi.Simulation;
import dev.umbrella.roi.Tornado;
import tech.tablesaw.plotly.components.Figure;

/**
 * The figures the notebooks show, one call each, built with tablesaw-jsplot from analysis results (the kernel's
 * renderer draws them offline with the bundled plotly.js and derives stable div ids from their content):
 *
 * <pre>{@code
 * Figures.timeline(mike)                              // periods shaded, funders named, monthly commits
 * Figures.beforeAfter(mike.effect("security_commits"))
 * Figures.roiDistribution(roi.simulate(draws), "expected_loss")   // draws with ROI > 0 in the title
 * }</pre>
 *
 * Every figure is readable on a 1280×720 projector: 480 px high, 20 px titles, 16 px axis titles with units, at
 * least 14 px tick labels, and the colour-blind-safe {@link Palette}. Titles state what the figure shows, with
 * its numbers, and no verdict. Where the data cannot support a figure, it says "insufficient data" and why.
 */
public final class Figures {
    private Figures() {}

    /** Periods shaded and named by funder, over the engineer's monthly authored and security commits. */
    public static Figure timeline(Estimates engineer) {
        return TimelineFigures.timeline(engineer);
    }

    /** One metric per month over the estimate's months: volunteer window, transition, funded window, later. */
    /** Which repository's export covers which months: the strip under the timeline. */
    public static Figure coverage(Estimates engineer) {
        return TimelineFigures.coverage(engineer);
    }

    public static Figure activity(Estimates engineer, String metric) {
        return TimelineFigures.activity(engineer, metric);
    }

    /** Mean monthly rate per period with 95% intervals. */
    public static Figure beforeAfter(PeriodEffect effect) {
        return EffectFigures.beforeAfter(effect);
    }

    /** Observed months, fitted segmented lines and the counterfactual. */
    public static Figure its(ItsFit fit) {
        return EffectFigures.its(fit);
    }

    /** The engineer against the comparison group's monthly mean. */
    public static Figure did(DidResult did) {
        return EffectFigures.did(did);
    }

    /**
     * The specification chart: the before/after change and the DiD with their 95% intervals under each baseline,
     * transition, repository set and comparison-group threshold of {@code engineer.sensitivity(metric)}.
     */
    public static Figure sensitivity(Sensitivity sensitivity) {
        return ValidityFigures.sensitivity(sensitivity);
    }

    /**
     * A registry-level series figure of {@code RegistryOutcomes} ({@code Umbrella.registryOutcomes()}): the reported
     * figures of one measure, each registry and measure a series, each role's start marked (descriptive).
     */
    public static Figure registry(RegistryOutcomes outcomes, String figure) {
        return ValidityFigures.registry(outcomes, figure);
    }

    /**
     * The event study: each month's coefficient against the volunteer-window mean with its 95% band, a zero line,
     * the funded start at k = 0, the transition shaded and the volunteer-window trend; the joint test's p-value and
     * the pre-trend slope in the title.
     */
    public static Figure eventStudy(EventStudyResult study) {
        return EventStudyFigures.eventStudy(study);
    }

    /** Placebo statistics in time and in space, with the engineer's own marked. */
    public static Figure placebo(PlaceboResult placebo) {
        return EffectFigures.placebo(placebo);
    }

    /**
     * The Monte Carlo distribution of one method's ROI ({@code market_price} or {@code expected_loss}), losses and
     * gains shaded apart, the draws with ROI > 0 in the title; "not estimated" and why when no channel is valued.
     */
    public static Figure roiDistribution(Simulation simulation, String method) {
        return RoiFigures.distribution(simulation, Method.of(method));
    }

    /** ROI with each parameter at its low and high value, largest swing on top. */
    public static Figure tornado(Tornado tornado) {
        return RoiFigures.tornado(tornado);
    }

    /**
     * A repository's monthly metric split into the engineer's and everyone else's, over the engineer's periods:
     * what the registry got while the role was funded and while it was vacant (descriptive).
     */
    public static Figure team(Estimates engineer, String repo, String metric) {
        return TeamFigures.figure(engineer, repo, metric);
    }

    /** The headline figure: median ROI with its 95% interval and P(ROI > 0) per engineer. */
    public static Figure headline(Comparison comparison) {
        return ComparisonFigures.headline(comparison);
    }

    /** The change in security commits per month per engineer, with 95% intervals. */
    public static Figure effects(Comparison comparison) {
        return ComparisonFigures.effects(comparison);
    }
}
