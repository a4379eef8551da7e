package dev.atk.chart;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lays out and draws a {@link LineChart}: axes, reference lines, series, legend, in that order. */
final class LineChartPainter {
    private final LineChart chart;

    LineChartPainter(LineChart chart) {
        this.chart = chart;
    }

    /** The layout decisions of one render: where the plot goes and where the legend goes (null corner: none). */
    record Placement(LineChartRanges ranges, CartesianLayout.Result layout, Legend legend, double[] legendCorner) {}

    Placement place(Graphics2D g, Box area) {
        int yTarget = (int) Math.max(3, Math.min(8, (area.height() - 100) / 60));
        LineChartRanges ranges = LineChartRanges.of(chart, 7, yTarget);
        TickSet xTicks = ranges.x();
        TickSet yTicks = ranges.y();
        Legend legend = new Legend(legendEntries());
        CartesianLayout.Result layout = layout(g, area, xTicks, yTicks, 0);
        if (legend.isEmpty()) {
            return new Placement(ranges, layout, legend, null);
        }
        double legendWidth = legend.width(g);
        Obstacles obstacles = obstacles(g, layout.plot(), xTicks, yTicks);
        Optional<double[]> inside = LegendPlacer.inside(layout.plot(), legendWidth, legend.height(g), obstacles);
        if (inside.isPresent()) {
            return new Placement(ranges, layout, legend, inside.get());
        }
        layout = layout(g, area, xTicks, yTicks, LegendPlacer.outsideReserve(legendWidth));
        double[] outside = {layout.plot().right() + LegendPlacer.OUTSIDE_GAP, layout.plot().y()};
        return new Placement(ranges, layout, legend, outside);
    }

    void paint(Graphics2D g, Box area) {
        Placement placement = place(g, area);
        LineChartRanges ranges = placement.ranges();
        TickSet xTicks = ranges.x();
        TickSet yTicks = ranges.y();
        CartesianLayout.Result layout = placement.layout();
        Legend legend = placement.legend();
        double[] legendCorner = placement.legendCorner();
        Box plot = layout.plot();
        AxisScale x = xScale(plot, xTicks);
        AxisScale y = AxisScale.linear(yTicks.lower(), yTicks.upper(), plot.bottom(), plot.y());

        CartesianPainter.paintHorizontalGrid(g, plot, y, yTicks);
        CartesianPainter.paintVerticalGrid(g, plot, layout.xPositions());
        paintReferenceLines(g, plot, x);
        Shape savedClip = g.getClip();
        List<SeriesPainter> painters = painters(x, y);
        // lines stop at the frame (a fixed y range cuts them there); a marker on the frame may show whole
        g.clip(plot.rect());
        painters.forEach(p -> p.paintLinesAndErrors(g));
        g.setClip(savedClip);
        g.clip(plot.inset(-Theme.MARKER_SIZE).rect());
        painters.forEach(p -> p.paintMarkers(g));
        g.setClip(savedClip);
        CartesianPainter.paintFrame(g, plot);
        CartesianPainter.paintYTicks(g, plot, y, yTicks);
        CartesianPainter.paintXTicks(g, plot, layout, xTicks.labels());
        CartesianPainter.paintTexts(g, area, plot, chart.texts(), layout.xPlan().blockHeight());
        if (legendCorner != null) {
            legend.paint(g, legendCorner[0], legendCorner[1]);
        }
        if (!ranges.hasData()) {
            CartesianPainter.paintNoData(g, plot);
        }
    }

    private CartesianLayout.Result layout(Graphics2D g, Box area, TickSet xTicks, TickSet yTicks, double reserve) {
        return CartesianLayout.compute(g, area, chart.texts(), yTicks.labels(), xTicks.labels(),
                plot -> positions(xScale(plot, xTicks), xTicks), reserve);
    }

    private AxisScale xScale(Box plot, TickSet xTicks) {
        return chart.logX()
                ? AxisScale.log(xTicks.lower(), xTicks.upper(), plot.x(), plot.right())
                : AxisScale.linear(xTicks.lower(), xTicks.upper(), plot.x(), plot.right());
    }

    private static double[] positions(AxisScale scale, TickSet ticks) {
        return ticks.ticks().stream().mapToDouble(t -> scale.toPixel(t.value())).toArray();
    }

    /** Named series with something to draw, in order; a single series needs no legend (the title names it). */
    private List<LegendEntry> legendEntries() {
        List<LegendEntry> entries = new ArrayList<>();
        List<Series> all = chart.series();
        for (int i = 0; i < all.size(); i++) {
            Series s = all.get(i);
            if (s.hasDrawablePoints() && !s.name().isBlank()) {
                entries.add(SeriesPainter.legendEntry(s, i));
            }
        }
        return entries.size() >= 2 ? entries : List.of();
    }

    private List<SeriesPainter> painters(AxisScale x, AxisScale y) {
        List<SeriesPainter> painters = new ArrayList<>();
        List<Series> all = chart.series();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).hasDrawablePoints()) {
                painters.add(new SeriesPainter(all.get(i), i, x, y));
            }
        }
        return painters;
    }

    private Obstacles obstacles(Graphics2D g, Box plot, TickSet xTicks, TickSet yTicks) {
        AxisScale x = xScale(plot, xTicks);
        AxisScale y = AxisScale.linear(yTicks.lower(), yTicks.upper(), plot.bottom(), plot.y());
        Obstacles obstacles = new Obstacles();
        painters(x, y).forEach(p -> p.collect(obstacles));
        for (ReferenceLine line : chart.referenceLines()) {
            double[] label = referenceLabelBox(g, plot, x.toPixel(line.x()), line.label());
            obstacles.addRect(label[0], label[1], label[2], label[3]);
        }
        return obstacles;
    }

    private void paintReferenceLines(Graphics2D g, Box plot, AxisScale x) {
        for (ReferenceLine line : chart.referenceLines()) {
            double px = x.toPixel(line.x());
            if (px < plot.x() || px > plot.right()) {
                continue;
            }
            g.setColor(Theme.MUTED.awt());
            g.setStroke(Strokes.dashed(1.1));
            g.draw(new Line2D.Double(px, plot.y(), px, plot.bottom()));
            double[] box = referenceLabelBox(g, plot, px, line.label());
            Text.draw(g, Theme.CAPTION, line.label(), box[0], box[1], Text.Horizontal.LEFT, Text.Vertical.TOP);
        }
    }

    /** x, y, width, height of a reference line's label: right of the line at the top, or left when it would stick out. */
    private static double[] referenceLabelBox(Graphics2D g, Box plot, double px, String label) {
        double width = Text.width(g, Theme.CAPTION, label);
        double height = Text.lineHeight(g, Theme.CAPTION);
        double gap = 3;
        double left = px + gap + width <= plot.right() - gap ? px + gap : px - gap - width;
        return new double[] {left, plot.y() + gap, width, height};
    }
}
