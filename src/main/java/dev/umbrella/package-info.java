/**
 * The notebook API, entry {@link dev.umbrella.Umbrella}: the short calls notebook cells make
 * ({@code Umbrella.engineer("seth")}, {@code Umbrella.roi("mike")}, {@code Umbrella.compare(...)}), each
 * loading the datasets once and handing back results from {@code estimate} and {@code roi}. May use those,
 * {@code model}, {@code datasets} and {@code env}; the kernel imports it into every notebook by name only.
 */
package dev.umbrella;
