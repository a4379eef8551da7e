package dev.atk.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/** The vertical colour key beside a heatmap: the colormap from the lowest value (bottom) to the highest (top). */
final class ColorBar {
    /** Strips per logical unit of bar height; two per unit is one per device pixel at the default 2× scale. */
    private static final double STRIPS_PER_UNIT = 2;

    private ColorBar() {}

    static void paint(Graphics2D g, Box bar, Colormap colormap, ColorScale scale, TickSet ticks, String label) {
        if (bar.height() <= 0) {
            return;
        }
        Object antialiasing = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        int strips = Math.max(2, (int) Math.ceil(bar.height() * STRIPS_PER_UNIT));
        for (int i = 0; i < strips; i++) {
            double top = bar.y() + bar.height() * i / strips;
            double bottom = bar.y() + bar.height() * (i + 1) / strips;
            // strip i counts down from the top: the top strip shows the top of the colormap
            double position = 1 - (i + 0.5) / strips;
            g.setColor(colormap.at(position).awt());
            g.fill(new Rectangle2D.Double(bar.x(), top, bar.width(), bottom - top));
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
        g.setColor(Theme.AXIS.awt());
        g.setStroke(Strokes.thin(Theme.AXIS_WIDTH));
        g.draw(bar.rect());

        // through the scale's own mapping, so a diverging bar puts its centre tick exactly at the middle
        AxisScale y = value -> bar.bottom() - scale.position(value) * bar.height();
        double labelLeft = bar.right() + Theme.TICK_LENGTH + Theme.TICK_GAP;
        double widest = 0;
        for (Tick tick : ticks.ticks()) {
            double py = y.toPixel(tick.value());
            g.setColor(Theme.AXIS.awt());
            g.draw(new Line2D.Double(bar.right(), py, bar.right() + Theme.TICK_LENGTH, py));
            g.setColor(Theme.TEXT.awt());
            Text.draw(g, Theme.TICK, tick.label(), labelLeft, py, Text.Horizontal.LEFT, Text.Vertical.MIDDLE);
            widest = Math.max(widest, Text.width(g, Theme.TICK, tick.label()));
        }
        if (!label.isEmpty()) {
            double x = labelLeft + widest + Theme.LABEL_GAP;
            String fitted = Text.fit(g, Theme.AXIS_LABEL, label, bar.height());
            Text.drawRotated(g, Theme.AXIS_LABEL, fitted, x, bar.centerY(), -Math.PI / 2,
                    Text.Horizontal.CENTER, Text.Vertical.TOP);
        }
    }
}
