package dev.atk.chart;

import java.util.Objects;

/** The words around a plot: its title and the two axis labels; empty strings mean "none" and take no room. */
record AxisTexts(String title, String xLabel, String yLabel) {
    AxisTexts {
        title = Objects.requireNonNullElse(title, "");
        xLabel = Objects.requireNonNullElse(xLabel, "");
        yLabel = Objects.requireNonNullElse(yLabel, "");
    }
}
