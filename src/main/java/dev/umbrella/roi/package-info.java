/**
 * What funding returned, after the Phillips ROI methodology (http://roiinstitutecanada.com/roi-methodology/), entry
 * {@link dev.umbrella.roi.Roi}: costs from {@code funding.csv} (documents first) and loaded-cost parameters; the
 * outputs the role added, each kind valued two independent ways ({@link dev.umbrella.roi.Method}: market price and
 * expected loss avoided, reported side by side, never added), the registry's outputs times an attribution share;
 * ROI, BCR and NPV per method; the replacement value of the extra security work as a separate cost-efficiency; a
 * seeded {@link dev.umbrella.roi.MonteCarlo}, a {@link dev.umbrella.roi.Tornado} and {@link dev.umbrella.roi.BreakEven}
 * values. Every number is a row of {@code assumptions.csv}, a value derived from a dataset with its source, or a
 * visible notebook override ({@link dev.umbrella.roi.Assumptions}).
 */
package dev.umbrella.roi;
