package dev.atk.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.util.List;

/**
 * How the labels under an x axis are set: horizontal when they fit side by side, otherwise turned 45° (like
 * matplotlib's {@code rotation=45, ha="right"}), otherwise vertical, and as a last resort vertical with labels
 * skipped so the ones shown never overlap. Also reports the room the labels need, for the layout.
 */
record TickLabelPlan(Orientation orientation, boolean[] shown, double blockHeight, double minX, double maxX) {
    enum Orientation { HORIZONTAL, DIAGONAL, VERTICAL }

    /** Minimum free space between two horizontal labels. */
    private static final double HORIZONTAL_GAP = 6;
    private static final double SIN45 = Math.sqrt(0.5);

    static TickLabelPlan plan(Graphics2D g, Font font, double[] positions, List<String> labels) {
        if (positions.length != labels.size()) {
            throw new IllegalArgumentException("tick positions and labels differ in length: "
                    + positions.length + " vs " + labels.size());
        }
        double lineHeight = Text.lineHeight(g, font);
        double[] widths = new double[positions.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Text.width(g, font, labels.get(i));
        }
        Orientation orientation = choose(positions, widths, lineHeight);
        boolean[] shown = thin(positions, lineHeight, orientation);
        double maxWidth = 0;
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < positions.length; i++) {
            if (!shown[i]) {
                continue;
            }
            maxWidth = Math.max(maxWidth, widths[i]);
            double[] extent = horizontalExtent(orientation, positions[i], widths[i], lineHeight);
            minX = Math.min(minX, extent[0]);
            maxX = Math.max(maxX, extent[1]);
        }
        return new TickLabelPlan(orientation, shown, blockHeight(orientation, maxWidth, lineHeight), minX, maxX);
    }

    /** Draws the shown labels with their tops (or anchors) at {@code top}. */
    void paint(Graphics2D g, Font font, double[] positions, List<String> labels, double top) {
        double lineHeight = Text.lineHeight(g, font);
        for (int i = 0; i < positions.length; i++) {
            if (!shown[i]) {
                continue;
            }
            String label = labels.get(i);
            switch (orientation) {
                case HORIZONTAL:
                    Text.draw(g, font, label, positions[i], top, Text.Horizontal.CENTER, Text.Vertical.TOP);
                    break;
                case DIAGONAL:
                    Text.drawRotated(g, font, label, positions[i], top + lineHeight * SIN45 / 2, -Math.PI / 4,
                            Text.Horizontal.RIGHT, Text.Vertical.MIDDLE);
                    break;
                default:
                    Text.drawRotated(g, font, label, positions[i], top, -Math.PI / 2,
                            Text.Horizontal.RIGHT, Text.Vertical.MIDDLE);
                    break;
            }
        }
    }

    private static Orientation choose(double[] positions, double[] widths, double lineHeight) {
        boolean horizontalFits = true;
        double minSpacing = Double.POSITIVE_INFINITY;
        for (int i = 1; i < positions.length; i++) {
            double spacing = Math.abs(positions[i] - positions[i - 1]);
            minSpacing = Math.min(minSpacing, spacing);
            if (spacing < (widths[i] + widths[i - 1]) / 2 + HORIZONTAL_GAP) {
                horizontalFits = false;
            }
        }
        if (horizontalFits) {
            return Orientation.HORIZONTAL;
        }
        // turned labels are parallel bands; at 45° their perpendicular distance is the spacing times sin 45°
        if (minSpacing * SIN45 >= lineHeight * 1.05) {
            return Orientation.DIAGONAL;
        }
        return Orientation.VERTICAL;
    }

    /** Keeps every label that does not crowd the previous kept one (only vertical labels can still collide). */
    private static boolean[] thin(double[] positions, double lineHeight, Orientation orientation) {
        boolean[] shown = new boolean[positions.length];
        double lastKept = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < positions.length; i++) {
            boolean crowded = orientation == Orientation.VERTICAL && positions[i] - lastKept < lineHeight * 1.05;
            shown[i] = !crowded;
            if (shown[i]) {
                lastKept = positions[i];
            }
        }
        return shown;
    }

    private static double[] horizontalExtent(Orientation orientation, double position, double width, double lineHeight) {
        switch (orientation) {
            case HORIZONTAL:
                return new double[] {position - width / 2, position + width / 2};
            case DIAGONAL:
                return new double[] {position - (width + lineHeight / 2) * SIN45, position + lineHeight * SIN45};
            default:
                return new double[] {position - lineHeight / 2, position + lineHeight / 2};
        }
    }

    private static double blockHeight(Orientation orientation, double maxWidth, double lineHeight) {
        switch (orientation) {
            case HORIZONTAL:
                return lineHeight;
            case DIAGONAL:
                return (maxWidth + lineHeight) * SIN45 + lineHeight * SIN45 / 2;
            default:
                return Math.max(maxWidth, lineHeight);
        }
    }
}
