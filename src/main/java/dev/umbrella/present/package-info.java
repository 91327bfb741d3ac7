/**
 * What the notebooks, the report and the talk show, entries {@link dev.umbrella.present.Tables} and
 * {@link dev.umbrella.present.Figures} (plus {@link dev.umbrella.present.Talk} for the talk deck): tables
 * rounded for people, offline plotly figures, slides and their sentences, each written from the results
 * of {@code estimate} and {@code roi}, never by hand. May use {@code roi}, {@code estimate}, {@code model},
 * {@code datasets}, {@code env} and Tablesaw; never the kernel, {@code publish} or {@code cli}.
 */
package dev.umbrella.present;
