/**
 * Settings from outside the code, entry {@link dev.umbrella.env.Env}: where the project, datasets and raw
 * records are; the fixed zone, locale and seed; the version and module flags the pom writes into
 * {@code build.properties}; the switches for debugging and benchmarks. The bottom of the stack: every
 * package may use it, and it uses no other Umbrella package.
 */
package dev.umbrella.env;
