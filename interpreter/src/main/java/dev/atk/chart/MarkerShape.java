package dev.atk.chart;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Marker glyphs, one per series by default so series stay apart in greyscale print too. Every shape is a closed,
 * fillable outline (the cross and plus are thick polygons rather than strokes) so all markers are drawn the same
 * way and look equally heavy.
 */
public enum MarkerShape {
    CIRCLE, SQUARE, TRIANGLE_UP, DIAMOND, TRIANGLE_DOWN, CROSS, PLUS, STAR, PENTAGON, HEXAGON;

    /** The default marker of the {@code index}-th series, cycling through all shapes. */
    public static MarkerShape forIndex(int index) {
        MarkerShape[] all = values();
        return all[Math.floorMod(index, all.length)];
    }

    /** The outline centred on (cx, cy) whose bounding box is about {@code size} wide. */
    Shape outline(double cx, double cy, double size) {
        double r = size / 2;
        switch (this) {
            case CIRCLE:
                return new Ellipse2D.Double(cx - r, cy - r, size, size);
            case SQUARE: {
                // a square looks bigger than a circle of the same width; shrink it so markers weigh the same
                double s = size * 0.85;
                return new Rectangle2D.Double(cx - s / 2, cy - s / 2, s, s);
            }
            case TRIANGLE_UP:
                return regularPolygon(cx, cy + r * 0.15, r * 1.15, 3, -Math.PI / 2);
            case TRIANGLE_DOWN:
                return regularPolygon(cx, cy - r * 0.15, r * 1.15, 3, Math.PI / 2);
            case DIAMOND:
                return regularPolygon(cx, cy, r * 1.1, 4, -Math.PI / 2);
            case PENTAGON:
                return regularPolygon(cx, cy, r * 1.05, 5, -Math.PI / 2);
            case HEXAGON:
                return regularPolygon(cx, cy, r * 1.05, 6, 0);
            case STAR:
                return star(cx, cy, r * 1.25, r * 0.55);
            case PLUS:
                return plus(cx, cy, r * 1.1, r * 0.38, 0);
            case CROSS:
                return plus(cx, cy, r * 1.1, r * 0.38, Math.PI / 4);
            default:
                throw new IllegalStateException("unknown marker " + this);
        }
    }

    private static Shape regularPolygon(double cx, double cy, double radius, int corners, double startAngle) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < corners; i++) {
            double angle = startAngle + 2 * Math.PI * i / corners;
            double x = cx + radius * Math.cos(angle);
            double y = cy + radius * Math.sin(angle);
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }

    private static Shape star(double cx, double cy, double outer, double inner) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? outer : inner;
            double angle = -Math.PI / 2 + Math.PI * i / 5;
            double x = cx + radius * Math.cos(angle);
            double y = cy + radius * Math.sin(angle);
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }

    /** A plus sign with arms of half-length {@code arm} and half-thickness {@code half}, turned by {@code angle}. */
    private static Shape plus(double cx, double cy, double arm, double half, double angle) {
        double[][] corners = {
            {-half, -arm}, {half, -arm}, {half, -half}, {arm, -half}, {arm, half}, {half, half},
            {half, arm}, {-half, arm}, {-half, half}, {-arm, half}, {-arm, -half}, {-half, -half}};
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < corners.length; i++) {
            double x = cx + corners[i][0] * cos - corners[i][1] * sin;
            double y = cy + corners[i][0] * sin + corners[i][1] * cos;
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }
}
