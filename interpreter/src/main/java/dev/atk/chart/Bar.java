package dev.atk.chart;

import java.util.Objects;

/**
 * One category of a {@link BarChart}: its label, value, optional error half-width (NaN for none) and optional
 * colour group (empty for none; bars of the same group share a colour and a legend entry). A NaN value leaves the
 * category's slot empty.
 */
public record Bar(String label, double value, double error, String group) {
    public Bar {
        label = Objects.requireNonNullElse(label, "");
        group = Objects.requireNonNullElse(group, "");
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("bar '" + label + "': value must be finite or NaN, got " + value);
        }
        if (error < 0 || Double.isInfinite(error)) {
            throw new IllegalArgumentException("bar '" + label + "': error must be finite and >= 0 (or NaN), got " + error);
        }
    }

    public static Bar of(String label, double value) {
        return new Bar(label, value, Double.NaN, "");
    }

    public static Bar of(String label, double value, double error) {
        return new Bar(label, value, error, "");
    }
}
