package dev.atk.chart;

import java.util.ArrayList;
import java.util.List;

/** Turns a {@link Histogram} into {@link BarPlotPainter} inputs: a numeric x axis over the bin edges, grouped bars. */
final class HistogramPainter {
    /** Share of each bin the group of bars fills, leaving a gap between bins. */
    private static final double GROUP_FILL = 0.86;

    private HistogramPainter() {}

    static BarPlotPainter painter(Histogram chart, Box area) {
        double[] edges = chart.edges();
        int bins = edges.length - 1;
        int seriesCount = chart.series().size();
        double max = Double.NaN;
        for (int s = 0; s < seriesCount; s++) {
            for (int b = 0; b < bins; b++) {
                double h = chart.barHeight(s, b);
                if (Double.isFinite(h)) {
                    max = Double.isNaN(max) ? h : Math.max(max, h);
                }
            }
        }
        int yTarget = (int) Math.max(3, Math.min(8, (area.height() - 100) / 60));
        TickSet yTicks = BarPlotPainter.valueTicks(Double.isNaN(max) ? Double.NaN : 0, max, yTarget);
        TickSet xTicks = Ticks.linearWithin(edges[0], edges[bins], 8);
        return new BarPlotPainter(chart.texts(), yTicks, xTicks.labels(),
                plot -> positions(plot, edges, xTicks),
                plot -> shapes(plot, chart, edges),
                legend(chart), !Double.isNaN(max));
    }

    private static AxisScale xScale(Box plot, double[] edges) {
        return AxisScale.linear(edges[0], edges[edges.length - 1], plot.x(), plot.right());
    }

    private static double[] positions(Box plot, double[] edges, TickSet ticks) {
        AxisScale x = xScale(plot, edges);
        return ticks.ticks().stream().mapToDouble(t -> x.toPixel(t.value())).toArray();
    }

    private static List<BarShape> shapes(Box plot, Histogram chart, double[] edges) {
        AxisScale x = xScale(plot, edges);
        int seriesCount = chart.series().size();
        List<BarShape> shapes = new ArrayList<>();
        for (int b = 0; b + 1 < edges.length; b++) {
            double left = x.toPixel(edges[b]);
            double right = x.toPixel(edges[b + 1]);
            double group = (right - left) * GROUP_FILL;
            double barWidth = group / Math.max(1, seriesCount);
            double start = (left + right) / 2 - group / 2;
            for (int s = 0; s < seriesCount; s++) {
                shapes.add(new BarShape(start + s * barWidth, barWidth, chart.barHeight(s, b), Double.NaN,
                        Palette.colour(s)));
            }
        }
        return shapes;
    }

    private static List<LegendEntry> legend(Histogram chart) {
        List<HistogramSeries> all = chart.series();
        if (all.size() < 2) {
            return List.of();
        }
        List<LegendEntry> entries = new ArrayList<>();
        for (int s = 0; s < all.size(); s++) {
            entries.add(new LegendEntry(all.get(s).name(), Palette.colour(s), LegendSwatch.BAR, MarkerShape.SQUARE));
        }
        return entries;
    }
}
