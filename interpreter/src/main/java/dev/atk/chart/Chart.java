package dev.atk.chart;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Anything that can draw itself into a rectangle: every chart type, and {@link Figure}, which arranges charts.
 * Sizes are logical units; the image is {@code scale} times larger in pixels.
 */
public interface Chart {
    /** Twice the logical size: crisp on high-density screens and at print size for a two-column paper. */
    double DEFAULT_SCALE = 2.0;

    /** Natural width in logical units. */
    int width();

    /** Natural height in logical units. */
    int height();

    /**
     * Draws the chart filling {@code area} (logical units; the graphics may already be scaled). Used directly to
     * compose charts; {@link #toImage()} and {@link #render(Path)} are the usual entry points.
     */
    void paint(Graphics2D g, Box area);

    default BufferedImage toImage() {
        return toImage(DEFAULT_SCALE);
    }

    default BufferedImage toImage(double scale) {
        return Canvas.render(this, scale);
    }

    /** Writes the chart as a PNG at the default scale, creating parent folders; returns {@code file}. */
    default Path render(Path file) throws IOException {
        return PngWriter.write(toImage(), file);
    }

    default Path render(Path file, double scale) throws IOException {
        return PngWriter.write(toImage(scale), file);
    }
}
