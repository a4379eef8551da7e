package dev.atk.chart;

import java.awt.geom.Rectangle2D;

/**
 * A rectangle in logical chart units (before the render scale), y pointing down. Layout code shrinks boxes a lot;
 * insets never make a box negative, they collapse it to zero size instead, so tiny charts degrade rather than fail.
 */
public record Box(double x, double y, double width, double height) {
    public Box {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("box coordinates must be finite: " + x + ", " + y + ", " + width + ", " + height);
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("box size must be >= 0, got " + width + " x " + height);
        }
    }

    /** The box between the given edges; an inverted pair of edges gives an empty box at the first edge. */
    public static Box fromEdges(double left, double top, double right, double bottom) {
        return new Box(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public Box inset(double amount) {
        return inset(amount, amount, amount, amount);
    }

    public Box inset(double left, double top, double right, double bottom) {
        return fromEdges(x + left, y + top, Math.max(x + left, right() - right), Math.max(y + top, bottom() - bottom));
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    Rectangle2D.Double rect() {
        return new Rectangle2D.Double(x, y, width, height);
    }
}
