/**
 * Running and publishing the notebooks, entry {@link dev.umbrella.publish.Publish}: execute every cell in
 * the Umbrella kernel in this JVM (as nbclient would, without timings), inject parameters, verify against
 * the committed outputs, and write the offline report and slide decks (and PDFs through Chromium). May use
 * the kernel's entry package ({@code dev.umbrella.kernel}: the session and its {@code language_info}), the
 * analysis packages and {@code env}; never JJava, the kernel's sub-packages or {@code cli}.
 */
package dev.umbrella.publish;
