/**
 * The build from raw records: {@code umbrella datasets build}. Start at {@link
 * dev.umbrella.datasets.build.DatasetBuild#run} with {@link dev.umbrella.datasets.build.BuildOptions}. It validates
 * the curated tables ({@code CuratedTables}, {@code Curated}), reads the git exports or clones ({@code CommitSource},
 * {@code CommitExport}, {@code GitClone}), the advisory databases ({@code AdvisoryArchives}, {@code OsvRecord},
 * {@code RubySecRecord}) and the reported metrics, flags commits ({@code SecurityRule}, {@code BotRule}), derives
 * the outputs ledger ({@code OutputLedger}) and the security label sample, and writes every file of the contract with
 * its manifest, all or nothing ({@code DatasetDirectory}).
 *
 * <p>May use: the contract ({@link dev.umbrella.datasets}), the parsers ({@link dev.umbrella.datasets.parse}),
 * {@code dev.umbrella.env}, and the JDK, Gson and Commons Compress. Nothing else in Umbrella depends on it except the
 * command line.
 */
package dev.umbrella.datasets.build;
