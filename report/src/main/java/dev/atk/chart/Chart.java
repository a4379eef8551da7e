package dev.atk.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Anything ATK writes as a figure: a plot, a {@link Figure} of several, or an {@link ImageGrid}. Sizes are logical
 * units (points): an SVG keeps them, a PNG is {@link #PNG_SCALE} times larger in pixels.
 */
public interface Chart {
    /** Twice the logical size: sharp on high-density screens and at print size for a two-column paper. */
    double PNG_SCALE = 2.0;

    /** Natural width in logical units. */
    int width();

    /** Natural height in logical units. */
    int height();

    /** Draws the chart filling {@code area}; {@link Figure} uses it to compose charts. */
    void draw(Graphics2D g, Rectangle2D area);

    /** Writes a PNG, or an SVG when the name ends in {@code .svg}; returns {@code file}. */
    default Path render(Path file) throws IOException {
        return ChartWriter.write(this, file);
    }
}
