package dev.atk.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Creates the raster a chart paints on: white, opaque (no alpha channel, so PNGs look the same in every viewer),
 * antialiased, and scaled so charts draw in logical units whatever the output resolution.
 */
final class Canvas {
    static {
        Headless.ensure();
    }

    /** Charts are laid out in logical units; a scale of 2 doubles the pixel count in each direction. */
    static final double MAX_SCALE = 16;

    private Canvas() {}

    static BufferedImage render(Chart chart, double scale) {
        checkScale(scale);
        int width = chart.width();
        int height = chart.height();
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("chart size must be positive, got " + width + " x " + height);
        }
        int pixelWidth = (int) Math.ceil(width * scale);
        int pixelHeight = (int) Math.ceil(height * scale);
        BufferedImage image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            applyQualityHints(g);
            g.setColor(Rgb.WHITE.awt());
            g.fillRect(0, 0, pixelWidth, pixelHeight);
            g.scale(scale, scale);
            chart.paint(g, new Box(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * A throw-away graphics with the same hints and scale as a real render, for measuring text before an image
     * exists (e.g. to compute a chart's natural size from its captions). The caller must dispose it.
     */
    static Graphics2D measuring(double scale) {
        checkScale(scale);
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        applyQualityHints(g);
        g.scale(scale, scale);
        return g;
    }

    static void applyQualityHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        // fractional metrics keep text widths proportional across scales, so layout measured at one scale holds
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        // PURE stops Java2D nudging strokes to pixel centres, which would make thin lines uneven after scaling
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    }

    private static void checkScale(double scale) {
        if (!(scale > 0) || scale > MAX_SCALE) {
            throw new IllegalArgumentException("render scale must be in (0, " + MAX_SCALE + "], got " + scale);
        }
    }
}
