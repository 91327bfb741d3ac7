/**
 * The hand-written parsers the datasets need, written for speed on the hot paths (a fresh JVM per build, 89,000
 * commit rows per load): {@link dev.umbrella.datasets.parse.CsvReader} and {@link
 * dev.umbrella.datasets.parse.Rfc4180} read and write RFC 4180 CSV, {@link dev.umbrella.datasets.parse.CsvInput}
 * reads a small curated CSV strictly under its expected header, and {@link dev.umbrella.datasets.parse.Yaml} reads
 * one advisory's YAML (a fast block-style subset, SnakeYAML for the rest). Bad text throws {@link
 * dev.umbrella.datasets.parse.Malformed} with the line; the caller names the file.
 *
 * <p>May use: the JDK and SnakeYAML only. Nothing of Umbrella: the contract and the build both use these parsers, so
 * they must not know about either.
 */
package dev.umbrella.datasets.parse;
