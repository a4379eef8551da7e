package dev.atk.chart;

import java.util.Objects;

/**
 * What every chart with two axes is given the same way: a title, the axis labels and a size. The plot builders extend
 * it, so a setter is written once and returns the concrete builder for chaining.
 *
 * @param <B> the concrete builder
 */
abstract class AxesBuilder<B extends AxesBuilder<B>> {
    String title = "";
    String xLabel = "";
    String yLabel = "";
    int width;
    int height;

    AxesBuilder(int width, int height) {
        this.width = width;
        this.height = height;
    }

    abstract B self();

    public B title(String value) {
        title = Objects.requireNonNullElse(value, "");
        return self();
    }

    public B xLabel(String value) {
        xLabel = value;
        return self();
    }

    public B yLabel(String value) {
        yLabel = value;
        return self();
    }

    /** The size in logical units (rendered at 2×). */
    public B size(int w, int h) {
        width = w;
        height = h;
        return self();
    }
}
