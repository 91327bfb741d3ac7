/**
 * The data contract: what every reader of {@code datasets/} may rely on. Start at {@link dev.umbrella.datasets.Datasets}
 * ({@code Datasets.load().commits()} and friends, checked against {@code MANIFEST.csv} first); {@link
 * dev.umbrella.datasets.Dataset} names every file, its typed columns and its sort order; {@link
 * dev.umbrella.datasets.Manifest} and {@link dev.umbrella.datasets.Input} say where each file came from; {@link
 * dev.umbrella.datasets.PeriodKind} and {@link dev.umbrella.datasets.Distribution} are the vocabularies of
 * {@code periods.csv} and {@code assumptions.csv}, written once here so that the build validates with the same values
 * the analysis reads. Bad data surfaces as one {@link dev.umbrella.datasets.DatasetException} naming file and line.
 *
 * <p>May use: {@code dev.umbrella.env}, {@link dev.umbrella.datasets.parse} (to read and write CSV) and Tablesaw.
 * Never {@link dev.umbrella.datasets.build}: the contract is the bottom layer that model, estimate, roi and present
 * read, and the build is one producer of it.
 */
package dev.umbrella.datasets;
