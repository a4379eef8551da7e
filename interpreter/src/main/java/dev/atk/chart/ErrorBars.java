package dev.atk.chart;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;

/** A vertical error bar with short horizontal caps, shared by line and bar charts. */
final class ErrorBars {
    private ErrorBars() {}

    static void paint(Graphics2D g, Rgb colour, double x, double top, double bottom) {
        double halfCap = Theme.CAP_WIDTH / 2;
        g.setColor(colour.awt());
        g.setStroke(Strokes.thin(Theme.ERROR_WIDTH));
        g.draw(new Line2D.Double(x, top, x, bottom));
        g.draw(new Line2D.Double(x - halfCap, top, x + halfCap, top));
        g.draw(new Line2D.Double(x - halfCap, bottom, x + halfCap, bottom));
    }
}
