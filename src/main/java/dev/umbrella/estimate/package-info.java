/**
 * Volunteer-versus-funded effect estimates for one engineer (the designs are explained in
 * {@code notebooks/00-method.ipynb}, "Designs"), entry {@link dev.umbrella.estimate.Estimates}:
 * <ul>
 *   <li>{@code effect(metric)}: mean monthly rate per period and the change against the volunteer rate, with
 *       moving-block bootstrap intervals (Künsch 1989);</li>
 *   <li>{@code its(metric)}: segmented regression, level and slope change at the funded start (Lopez Bernal et al.
 *       2017), Newey–West and block-bootstrap intervals;</li>
 *   <li>{@code did(metric)}: difference-in-differences against contributors to the same repositories
 *       ({@link dev.umbrella.model.Cohort});</li>
 *   <li>{@code eventStudy(metric)}: monthly leads and lags of the difference against the comparison group, with a
 *       joint test of the leads and the pre-trend slope;</li>
 *   <li>{@code placebo(metric)}: placebo-in-time and placebo-in-space ranks (Abadie et al. 2010);</li>
 *   <li>{@code summary()}: all of them on every metric, with Holm-adjusted placebo p-values.</li>
 * </ul>
 * Every estimator uses the same {@link dev.umbrella.estimate.Timeline} and {@link dev.umbrella.estimate.Design}
 * (seed, transition window, windows), and answers "insufficient data" with a reason rather than a number when
 * the data cannot support one.
 */
package dev.umbrella.estimate;
