package dev.atk.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.List;

/**
 * Draws the furniture of an x/y chart around data that the chart draws itself: light grid lines behind, then
 * the frame, tick marks, tick labels, axis labels and title on top.
 */
final class CartesianPainter {
    private CartesianPainter() {}

    static void paintHorizontalGrid(Graphics2D g, Box plot, AxisScale y, TickSet ticks) {
        g.setColor(Theme.GRID.awt());
        g.setStroke(Strokes.thin(Theme.GRID_WIDTH));
        for (Tick tick : ticks.ticks()) {
            double py = y.toPixel(tick.value());
            if (py >= plot.y() - 0.01 && py <= plot.bottom() + 0.01) {
                g.draw(new Line2D.Double(plot.x(), py, plot.right(), py));
            }
        }
    }

    static void paintVerticalGrid(Graphics2D g, Box plot, double[] positions) {
        g.setColor(Theme.GRID.awt());
        g.setStroke(Strokes.thin(Theme.GRID_WIDTH));
        for (double px : positions) {
            if (px >= plot.x() - 0.01 && px <= plot.right() + 0.01) {
                g.draw(new Line2D.Double(px, plot.y(), px, plot.bottom()));
            }
        }
    }

    static void paintFrame(Graphics2D g, Box plot) {
        g.setColor(Theme.AXIS.awt());
        g.setStroke(Strokes.thin(Theme.AXIS_WIDTH));
        g.draw(plot.rect());
    }

    /** Y tick marks pointing out of the frame and right-aligned labels beside them. */
    static void paintYTicks(Graphics2D g, Box plot, AxisScale y, TickSet ticks) {
        g.setStroke(Strokes.thin(Theme.AXIS_WIDTH));
        for (Tick tick : ticks.ticks()) {
            double py = y.toPixel(tick.value());
            if (py < plot.y() - 0.01 || py > plot.bottom() + 0.01) {
                continue;
            }
            g.setColor(Theme.AXIS.awt());
            g.draw(new Line2D.Double(plot.x() - Theme.TICK_LENGTH, py, plot.x(), py));
            g.setColor(Theme.TEXT.awt());
            Text.draw(g, Theme.TICK, tick.label(), plot.x() - Theme.TICK_LENGTH - Theme.TICK_GAP, py,
                    Text.Horizontal.RIGHT, Text.Vertical.MIDDLE);
        }
    }

    /** X tick marks at {@code positions} and their labels as the layout planned them. */
    static void paintXTicks(Graphics2D g, Box plot, CartesianLayout.Result layout, List<String> labels) {
        g.setStroke(Strokes.thin(Theme.AXIS_WIDTH));
        g.setColor(Theme.AXIS.awt());
        for (double px : layout.xPositions()) {
            g.draw(new Line2D.Double(px, plot.bottom(), px, plot.bottom() + Theme.TICK_LENGTH));
        }
        g.setColor(Theme.TEXT.awt());
        layout.xPlan().paint(g, Theme.TICK, layout.xPositions(), labels,
                plot.bottom() + CartesianLayout.tickLabelOffset());
    }

    /** Title centred over the plot (kept inside the area), x label under the tick labels, y label turned. */
    static void paintTexts(Graphics2D g, Box area, Box plot, AxisTexts texts, double xBlockHeight) {
        g.setColor(Theme.TEXT.awt());
        if (!texts.title().isEmpty()) {
            paintTitle(g, area, plot.centerX(), texts.title());
        }
        if (!texts.xLabel().isEmpty()) {
            String label = Text.fit(g, Theme.AXIS_LABEL, texts.xLabel(), area.width() - 2 * Theme.PAD);
            double top = plot.bottom() + CartesianLayout.tickLabelOffset() + xBlockHeight + Theme.LABEL_GAP;
            double x = clampCentre(g, Theme.AXIS_LABEL, label, plot.centerX(), area);
            Text.draw(g, Theme.AXIS_LABEL, label, x, top, Text.Horizontal.CENTER, Text.Vertical.TOP);
        }
        if (!texts.yLabel().isEmpty()) {
            String label = Text.fit(g, Theme.AXIS_LABEL, texts.yLabel(), plot.height() + 40);
            Text.drawRotated(g, Theme.AXIS_LABEL, label, area.x() + Theme.PAD, plot.centerY(), -Math.PI / 2,
                    Text.Horizontal.CENTER, Text.Vertical.TOP);
        }
    }

    /** A bold chart title whose top sits {@link Theme#PAD} below the area top. */
    static void paintTitle(Graphics2D g, Box area, double centerX, String title) {
        g.setColor(Theme.TEXT.awt());
        String fitted = Text.fit(g, Theme.TITLE, title, area.width() - 2 * Theme.PAD);
        double x = clampCentre(g, Theme.TITLE, fitted, centerX, area);
        Text.draw(g, Theme.TITLE, fitted, x, area.y() + Theme.PAD, Text.Horizontal.CENTER, Text.Vertical.TOP);
    }

    /** A grey italic note in the middle of an empty plot, so an empty chart says why it is empty. */
    static void paintNoData(Graphics2D g, Box plot) {
        g.setColor(Theme.MUTED.awt());
        Text.draw(g, Theme.NOTE, "no data", plot.centerX(), plot.centerY(), Text.Horizontal.CENTER,
                Text.Vertical.MIDDLE);
    }

    /** Moves a centred text's anchor so the whole text stays inside the area's padding. */
    private static double clampCentre(Graphics2D g, Font font, String text, double centerX, Box area) {
        double half = Text.width(g, font, text) / 2;
        double low = area.x() + Theme.PAD + half;
        double high = area.right() - Theme.PAD - half;
        return low > high ? area.centerX() : Math.max(low, Math.min(high, centerX));
    }
}
