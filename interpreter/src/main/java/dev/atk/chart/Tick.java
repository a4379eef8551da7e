package dev.atk.chart;

import java.util.Objects;

/** An axis tick: where it sits (in data units) and the text shown under or beside it. */
public record Tick(double value, String label) {
    public Tick {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("tick value must be finite, got " + value);
        }
        Objects.requireNonNull(label, "tick label");
    }
}
