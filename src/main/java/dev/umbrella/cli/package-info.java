/**
 * The {@code umbrella} command line, entry {@link dev.umbrella.cli.Main}: one picocli subcommand per job
 * ({@code run}, {@code verify}, {@code slides}, {@code datasets build}, {@code kernel install}). The top of the
 * stack: it may use {@code publish}, {@code kernel.install}, {@code datasets.build}, {@code datasets} and
 * {@code env}, and nothing uses it.
 */
package dev.umbrella.cli;
