/**
 * What funding returned (methods.md §c), entry {@link dev.umbrella.roi.Roi}: costs from {@code funding.csv} and
 * loaded-cost parameters; benefits (a) replacement cost of the incremental security work and (b) expected loss
 * avoided by faster malware handling, each times an attribution share; ROI, BCR and NPV; a seeded
 * {@link dev.umbrella.roi.MonteCarlo}, a {@link dev.umbrella.roi.Tornado} and {@link dev.umbrella.roi.BreakEven}
 * values. Every number is a row of {@code assumptions.csv}, a value derived from a dataset with its source, or a
 * visible notebook override ({@link dev.umbrella.roi.Assumptions}).
 */
package dev.umbrella.roi;
