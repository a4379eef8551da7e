package dev.atk.chart;

import java.awt.Graphics2D;
import java.awt.Shape;

/** Draws data markers: filled in the series colour with a thin white rim that separates overlapping markers. */
final class Markers {
    private Markers() {}

    static void paint(Graphics2D g, MarkerShape marker, Rgb colour, double cx, double cy) {
        Shape shape = marker.outline(cx, cy, Theme.MARKER_SIZE);
        g.setColor(colour.awt());
        g.fill(shape);
        g.setColor(Rgb.WHITE.awt());
        g.setStroke(Strokes.thin(0.6));
        g.draw(shape);
    }
}
