package dev.atk.chart;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The shared drawing of bar charts and histograms: bars rise from 0, error bars are dark, a legend goes where it
 * hides no bar (or outside). The concrete chart supplies the x tick labels and how bars sit for a given plot box.
 */
final class BarPlotPainter {
    /** Error bars in near-black read against any bar colour. */
    private static final Rgb ERROR_COLOUR = new Rgb(40, 40, 40);
    private static final double Y_PADDING = 0.05;

    private final AxisTexts texts;
    private final TickSet yTicks;
    private final List<String> xLabels;
    private final Function<Box, double[]> xPositions;
    private final Function<Box, List<BarShape>> bars;
    private final Legend legend;
    private final boolean hasData;

    BarPlotPainter(AxisTexts texts, TickSet yTicks, List<String> xLabels, Function<Box, double[]> xPositions,
                   Function<Box, List<BarShape>> bars, List<LegendEntry> legendEntries, boolean hasData) {
        this.texts = texts;
        this.yTicks = yTicks;
        this.xLabels = xLabels;
        this.xPositions = xPositions;
        this.bars = bars;
        this.legend = new Legend(legendEntries);
        this.hasData = hasData;
    }

    /** Y ticks for bars between {@code min} and {@code max} (NaN when there are none): always including 0. */
    static TickSet valueTicks(double min, double max, int target) {
        if (Double.isNaN(min)) {
            return Ticks.linear(0, 1, target);
        }
        double low = Math.min(0, min);
        double high = Math.max(0, max);
        if (low == high) {
            high = 1;
        }
        double pad = (high - low) * Y_PADDING;
        return Ticks.snapped(low < 0 ? low - pad : low, high > 0 ? high + pad : high, target);
    }

    void paint(Graphics2D g, Box area) {
        CartesianLayout.Result layout = layout(g, area, 0);
        double[] legendCorner = null;
        if (!legend.isEmpty()) {
            double legendWidth = legend.width(g);
            Optional<double[]> inside = LegendPlacer.inside(layout.plot(), legendWidth, legend.height(g),
                    obstacles(layout.plot()));
            if (inside.isPresent()) {
                legendCorner = inside.get();
            } else {
                layout = layout(g, area, LegendPlacer.outsideReserve(legendWidth));
                legendCorner = new double[] {layout.plot().right() + LegendPlacer.OUTSIDE_GAP, layout.plot().y()};
            }
        }
        Box plot = layout.plot();
        AxisScale y = yScale(plot);
        CartesianPainter.paintHorizontalGrid(g, plot, y, yTicks);
        List<BarShape> shapes = bars.apply(plot);
        for (BarShape bar : shapes) {
            if (bar.isDrawable()) {
                g.setColor(bar.colour().awt());
                g.fill(rect(bar, y));
            }
        }
        for (BarShape bar : shapes) {
            if (bar.isDrawable() && bar.hasError()) {
                ErrorBars.paint(g, ERROR_COLOUR, bar.centerX(), y.toPixel(bar.value() + bar.error()),
                        y.toPixel(bar.value() - bar.error()));
            }
        }
        paintZeroLine(g, plot, y);
        CartesianPainter.paintFrame(g, plot);
        CartesianPainter.paintYTicks(g, plot, y, yTicks);
        CartesianPainter.paintXTicks(g, plot, layout, xLabels);
        CartesianPainter.paintTexts(g, area, plot, texts, layout.xPlan().blockHeight());
        if (legendCorner != null) {
            legend.paint(g, legendCorner[0], legendCorner[1]);
        }
        if (!hasData) {
            CartesianPainter.paintNoData(g, plot);
        }
    }

    private CartesianLayout.Result layout(Graphics2D g, Box area, double reserve) {
        return CartesianLayout.compute(g, area, texts, yTicks.labels(), xLabels, xPositions, reserve);
    }

    private AxisScale yScale(Box plot) {
        return AxisScale.linear(yTicks.lower(), yTicks.upper(), plot.bottom(), plot.y());
    }

    private Obstacles obstacles(Box plot) {
        AxisScale y = yScale(plot);
        Obstacles obstacles = new Obstacles();
        for (BarShape bar : bars.apply(plot)) {
            if (!bar.isDrawable()) {
                continue;
            }
            Rectangle2D r = rect(bar, y);
            obstacles.addRect(r.getX(), r.getY(), r.getWidth(), r.getHeight());
            if (bar.hasError()) {
                double top = y.toPixel(bar.value() + Math.abs(bar.error()));
                obstacles.addRect(bar.centerX() - Theme.CAP_WIDTH / 2, top, Theme.CAP_WIDTH, r.getMaxY() - top);
            }
        }
        return obstacles;
    }

    private static Rectangle2D rect(BarShape bar, AxisScale y) {
        double zero = y.toPixel(0);
        double end = y.toPixel(bar.value());
        return new Rectangle2D.Double(bar.left(), Math.min(zero, end), bar.width(), Math.abs(end - zero));
    }

    /** A darker line at 0 when bars go both up and down, so the baseline is clear. */
    private void paintZeroLine(Graphics2D g, Box plot, AxisScale y) {
        if (yTicks.lower() < 0 && yTicks.upper() > 0) {
            double zero = y.toPixel(0);
            g.setColor(Theme.AXIS.awt());
            g.setStroke(Strokes.thin(Theme.AXIS_WIDTH));
            g.draw(new Line2D.Double(plot.x(), zero, plot.right(), zero));
        }
    }
}
