package dev.atk.chart;

import java.awt.geom.Rectangle2D;
import java.util.Optional;

/**
 * Chooses where a legend goes inside the plot: the candidate spot (corners first, then edge middles) that covers
 * the least data. When every spot covers something the chart moves the legend outside, to the right, so a legend
 * never hides data points.
 */
final class LegendPlacer {
    /** Distance between the legend and the plot frame. */
    static final double INSET = 8;
    /** Distance between the plot frame and a legend placed outside it. */
    static final double OUTSIDE_GAP = 12;
    /** Extra margin around the legend that must be free too, so data does not touch its border. */
    private static final double CLEARANCE = 3;

    private LegendPlacer() {}

    /** The top-left corner of the best free spot inside {@code plot}, or empty when none is free. */
    static Optional<double[]> inside(Box plot, double width, double height, Obstacles obstacles) {
        if (width + 2 * INSET > plot.width() || height + 2 * INSET > plot.height()) {
            return Optional.empty();
        }
        double left = plot.x() + INSET;
        double right = plot.right() - INSET - width;
        double centerX = plot.centerX() - width / 2;
        double top = plot.y() + INSET;
        double bottom = plot.bottom() - INSET - height;
        double middle = plot.centerY() - height / 2;
        double[][] candidates = {
            {right, top}, {left, top}, {right, bottom}, {left, bottom},
            {centerX, top}, {centerX, bottom}, {right, middle}, {left, middle}};
        for (double[] candidate : candidates) {
            Rectangle2D box = new Rectangle2D.Double(candidate[0] - CLEARANCE, candidate[1] - CLEARANCE,
                    width + 2 * CLEARANCE, height + 2 * CLEARANCE);
            if (obstacles.overlap(box) == 0) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Horizontal room a legend placed outside the plot needs. */
    static double outsideReserve(double legendWidth) {
        return legendWidth + OUTSIDE_GAP;
    }
}
