package dev.atk.chart;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Pre-binned counts as grouped bars: within each bin the series stand side by side, e.g. confidence histograms
 * before and after an attack. Bins may differ in width; bars follow the bin edges on a numeric x axis.
 *
 * <pre>{@code
 * Histogram.builder().title("Confidence").xLabel("p(label)").binEdges(0, 0.25, 0.5, 0.75, 1)
 *     .series("clean", 40, 10, 12, 38).series("adversarial", 12, 30, 28, 20)
 *     .scale(HistogramScale.FRACTION).build().render(Path.of("confidence.png"));
 * }</pre>
 */
public final class Histogram implements Chart {
    private final AxisTexts texts;
    private final double[] edges;
    private final List<HistogramSeries> series;
    private final HistogramScale scale;
    private final int width;
    private final int height;

    private Histogram(Builder b) {
        String yLabel = b.yLabel != null ? b.yLabel : (b.scale == HistogramScale.FRACTION ? "fraction" : "count");
        texts = new AxisTexts(b.title, b.xLabel, yLabel);
        edges = b.edges.clone();
        series = List.copyOf(b.series);
        scale = b.scale;
        width = b.width;
        height = b.height;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public void paint(Graphics2D g, Box area) {
        HistogramPainter.painter(this, area).paint(g, area);
    }

    AxisTexts texts() {
        return texts;
    }

    double[] edges() {
        return edges.clone();
    }

    public List<HistogramSeries> series() {
        return series;
    }

    public HistogramScale scale() {
        return scale;
    }

    /** The bar height of {@code bin} in series {@code index}, in the chart's scale (NaN when missing). */
    double barHeight(int index, int bin) {
        HistogramSeries s = series.get(index);
        double count = s.count(bin);
        if (scale == HistogramScale.COUNT) {
            return count;
        }
        double total = s.total();
        return total > 0 ? count / total : Double.NaN;
    }

    public static final class Builder {
        private String title = "";
        private String xLabel = "";
        private String yLabel;
        private double[] edges;
        private final List<HistogramSeries> series = new ArrayList<>();
        private HistogramScale scale = HistogramScale.COUNT;
        private int width = 800;
        private int height = 500;

        private Builder() {}

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder xLabel(String value) {
            xLabel = value;
            return this;
        }

        /** The y axis label; defaults to "count" or "fraction" after the scale. */
        public Builder yLabel(String value) {
            yLabel = value;
            return this;
        }

        /** Bin edges, strictly increasing: n + 1 edges for n bins. */
        public Builder binEdges(double... values) {
            edges = Objects.requireNonNull(values, "bin edges").clone();
            return this;
        }

        public Builder series(String name, double... counts) {
            return series(new HistogramSeries(name, counts));
        }

        public Builder series(HistogramSeries value) {
            series.add(Objects.requireNonNull(value, "series"));
            return this;
        }

        public Builder scale(HistogramScale value) {
            scale = Objects.requireNonNull(value, "scale");
            return this;
        }

        public Builder size(int newWidth, int newHeight) {
            ChartSizes.check(newWidth, newHeight);
            width = newWidth;
            height = newHeight;
            return this;
        }

        public Histogram build() {
            if (edges == null || edges.length < 2) {
                throw new IllegalArgumentException("histogram needs at least 2 bin edges, got "
                        + (edges == null ? "none" : edges.length));
            }
            for (int i = 0; i < edges.length; i++) {
                if (!Double.isFinite(edges[i])) {
                    throw new IllegalArgumentException("histogram bin edge " + i + " must be finite, got " + edges[i]);
                }
                if (i > 0 && !(edges[i] > edges[i - 1])) {
                    throw new IllegalArgumentException("histogram bin edges must be strictly increasing: edge " + i
                            + " = " + edges[i] + " after " + edges[i - 1]);
                }
            }
            int bins = edges.length - 1;
            for (HistogramSeries s : series) {
                if (s.bins() != bins) {
                    throw new IllegalArgumentException("histogram series '" + s.name() + "' has " + s.bins()
                            + " counts for " + bins + " bins (" + edges.length + " edges)");
                }
            }
            return new Histogram(this);
        }
    }
}
