package dev.umbrella.present;

import java.util.List;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;

/**
 * What a figure shows when the data cannot support it: the title of the figure that would have been drawn,
 * "insufficient data" and the reason, as text on empty axes. Never an empty or invented plot.
 */
final class InsufficientFigure {
    private InsufficientFigure() {}

    static Figure of(String title, String reason) {
        Axis hidden = Axis.builder().visible(false).build();
        return new Figure(
                Chart.layoutBuilder(title + ": insufficient data", hidden, hidden)
                        .showLegend(false)
                        .build(),
                Chart.labels(List.of("0"), new double[] {0}, List.of("insufficient data: " + wrap(reason, 70))));
    }

    /** Breaks long reasons into lines at spaces (plotly text honours {@code <br>} in trace text). */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (String word : text.split(" ")) {
            if (line > 0 && line + word.length() + 1 > width) {
                out.append("<br>");
                line = 0;
            } else if (line > 0) {
                out.append(' ');
                line++;
            }
            out.append(word);
            line += word.length();
        }
        return out.toString();
    }
}
