package dev.atk.chart;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/** A boxed list of swatches and labels. Knows its size so placement can be decided before drawing. */
final class Legend {
    private static final double PADDING = 6;
    private static final double SWATCH_WIDTH = 26;
    private static final double SWATCH_GAP = 6;
    private static final double ROW_GAP = 3;

    private final List<LegendEntry> entries;

    Legend(List<LegendEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    double width(Graphics2D g) {
        double labels = 0;
        for (LegendEntry entry : entries) {
            labels = Math.max(labels, Text.width(g, Theme.LEGEND, entry.label()));
        }
        return 2 * PADDING + SWATCH_WIDTH + SWATCH_GAP + labels;
    }

    double height(Graphics2D g) {
        double row = rowHeight(g);
        return 2 * PADDING + entries.size() * row + Math.max(0, entries.size() - 1) * ROW_GAP;
    }

    void paint(Graphics2D g, double x, double y) {
        Shape frame = new RoundRectangle2D.Double(x, y, width(g), height(g), 4, 4);
        g.setColor(Rgb.WHITE.awt(0.92));
        g.fill(frame);
        g.setColor(Theme.LEGEND_BORDER.awt());
        g.setStroke(Strokes.thin(0.8));
        g.draw(frame);
        double row = rowHeight(g);
        double top = y + PADDING;
        for (LegendEntry entry : entries) {
            double middle = top + row / 2;
            paintSwatch(g, entry, x + PADDING, middle);
            g.setColor(Theme.TEXT.awt());
            Text.draw(g, Theme.LEGEND, entry.label(), x + PADDING + SWATCH_WIDTH + SWATCH_GAP, middle,
                    Text.Horizontal.LEFT, Text.Vertical.MIDDLE);
            top += row + ROW_GAP;
        }
    }

    private double rowHeight(Graphics2D g) {
        return Math.max(Text.lineHeight(g, Theme.LEGEND), Theme.MARKER_SIZE + 2);
    }

    private static void paintSwatch(Graphics2D g, LegendEntry entry, double left, double middle) {
        g.setColor(entry.colour().awt());
        Line2D line = new Line2D.Double(left, middle, left + SWATCH_WIDTH, middle);
        switch (entry.swatch()) {
            case LINE:
                g.setStroke(Strokes.line(Theme.LINE_WIDTH));
                g.draw(line);
                break;
            case DASHED_LINE:
                g.setStroke(Strokes.dashed(Theme.LINE_WIDTH));
                g.draw(line);
                break;
            case LINE_AND_MARKER:
                g.setStroke(Strokes.line(Theme.LINE_WIDTH));
                g.draw(line);
                Markers.paint(g, entry.marker(), entry.colour(), left + SWATCH_WIDTH / 2, middle);
                break;
            case MARKER:
                Markers.paint(g, entry.marker(), entry.colour(), left + SWATCH_WIDTH / 2, middle);
                break;
            default:
                double side = Theme.MARKER_SIZE + 2;
                g.fill(new Rectangle2D.Double(left + (SWATCH_WIDTH - 2 * side) / 2, middle - side / 2, 2 * side, side));
                break;
        }
    }
}
