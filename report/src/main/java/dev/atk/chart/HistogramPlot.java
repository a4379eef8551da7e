package dev.atk.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.data.RangeType;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Histograms binned by the caller (the bins are part of the experiment, e.g. confidences in steps of 0.1), drawn
 * side by side within each bin so that a clean and an attacked distribution compare bin by bin.
 */
public final class HistogramPlot {
    private HistogramPlot() {}

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder extends AxesBuilder<Builder> {
        private double[] edges = {};
        private boolean fractions;
        private double marker = Double.NaN;
        private final List<String> names = new ArrayList<>();
        private final List<double[]> counts = new ArrayList<>();

        private Builder() {
            super(440, 320);
        }

        @Override
        Builder self() {
            return this;
        }

        /** Bin edges, ascending: n + 1 edges for n bins. */
        public Builder binEdges(double[] value) {
            for (int i = 1; i < value.length; i++) {
                if (!(value[i] > value[i - 1])) {
                    throw new IllegalArgumentException("bin edges must increase, got " + value[i - 1] + ", " + value[i]);
                }
            }
            edges = value.clone();
            return this;
        }

        /** Show each series as fractions of its own total instead of counts, so samples of any size compare. */
        public Builder fractions(boolean value) {
            fractions = value;
            return this;
        }

        /** A dashed vertical line at {@code x}, e.g. the decision threshold. */
        public Builder marker(double x) {
            marker = x;
            return this;
        }

        /** One histogram: a count per bin. */
        public Builder series(String name, double[] perBin) {
            if (perBin.length != edges.length - 1) {
                throw new IllegalArgumentException("series " + name + " has " + perBin.length + " bins, the edges make "
                        + (edges.length - 1));
            }
            names.add(name);
            counts.add(perBin.clone());
            return this;
        }

        public PlotChart build() {
            XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
            for (int s = 0; s < names.size(); s++) {
                double[] c = counts.get(s);
                double total = 0;
                for (double v : c) {
                    total += v;
                }
                XYIntervalSeries series = new XYIntervalSeries(names.get(s), false, true);
                for (int b = 0; b < c.length; b++) {
                    double y = fractions ? (total == 0 ? 0 : c[b] / total) : c[b];
                    series.add((edges[b] + edges[b + 1]) / 2, edges[b], edges[b + 1], y, y, y);
                }
                data.addSeries(series);
            }
            ClusteredXYBarRenderer renderer = new ClusteredXYBarRenderer(0.15, false);
            for (int s = 0; s < names.size(); s++) {
                renderer.setSeriesPaint(s, ChartStyle.color(s));
            }
            renderer.setDrawBarOutline(false);
            NumberAxis x = new NumberAxis(xLabel);
            x.setAutoRangeIncludesZero(false);
            if (edges.length > 1) {
                x.setRange(edges[0], edges[edges.length - 1]);
                // one tick per edge when few, so bins line up with labels
                if (edges.length <= 11) {
                    x.setTickUnit(new NumberTickUnit(edges[1] - edges[0], new SignificantFormat(3)));
                }
            }
            NumberAxis y = new NumberAxis(yLabel);
            y.setRangeType(RangeType.POSITIVE);
            y.setAutoRangeIncludesZero(true);
            XYPlot plot = new XYPlot(data, x, y, renderer);
            if (!Double.isNaN(marker)) {
                plot.addDomainMarker(new ValueMarker(marker, ChartStyle.color(6), new java.awt.BasicStroke(1f,
                        java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f)));
            }
            return new PlotChart(new JFreeChart(title, ChartStyle.TITLE, plot, true), width, height);
        }
    }
}
