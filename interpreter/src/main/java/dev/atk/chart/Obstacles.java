package dev.atk.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * What a legend must not cover, as small rectangles in logical units: markers, samples along lines, bars, labels.
 * {@link LegendPlacer} asks how much of a candidate legend box they overlap.
 */
final class Obstacles {
    /** Lines are sampled this often; close enough that a legend box cannot sit between two samples. */
    private static final double SAMPLE_SPACING = 2.5;

    private final List<Rectangle2D> rects = new ArrayList<>();

    void addRect(double x, double y, double width, double height) {
        rects.add(new Rectangle2D.Double(x, y, Math.max(width, 0.5), Math.max(height, 0.5)));
    }

    void addPoint(double x, double y, double radius) {
        addRect(x - radius, y - radius, 2 * radius, 2 * radius);
    }

    void addSegment(double x1, double y1, double x2, double y2, double halfWidth) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        int steps = Math.max(1, (int) Math.ceil(length / SAMPLE_SPACING));
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            addPoint(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t, halfWidth);
        }
    }

    /** Total area of obstacle rectangles inside {@code box}; zero means the box hides nothing. */
    double overlap(Rectangle2D box) {
        double total = 0;
        for (Rectangle2D rect : rects) {
            if (rect.intersects(box)) {
                Rectangle2D common = rect.createIntersection(box);
                total += Math.max(common.getWidth(), 0) * Math.max(common.getHeight(), 0) + 1e-6;
            }
        }
        return total;
    }
}
