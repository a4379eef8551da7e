package dev.atk.chart;

import java.util.Objects;

/** A labelled vertical line at a given x, e.g. {@code eps_max} on a budget axis. */
public record ReferenceLine(double x, String label) {
    public ReferenceLine {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("reference line x must be finite, got " + x);
        }
        label = Objects.requireNonNullElse(label, "");
    }
}
