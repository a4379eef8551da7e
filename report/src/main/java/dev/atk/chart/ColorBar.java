package dev.atk.chart;

import java.util.Objects;

/**
 * The key to an {@link ImageGrid}'s perturbation colours: the ramp drawn as a vertical strip, with what its top,
 * middle and bottom mean (e.g. {@code +0.01}, {@code 0}, {@code −0.01}, or {@code +ε}, {@code 0}, {@code −ε} when
 * the columns' budgets differ).
 */
public record ColorBar(ColorRamp ramp, String title, String high, String middle, String low) {
    public ColorBar {
        Objects.requireNonNull(ramp, "ramp");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(middle, "middle");
        Objects.requireNonNull(low, "low");
    }
}
