package dev.atk.chart;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lines and/or markers with optional error bars on linear or log x: flips against budget per attack, a model's
 * measured profile with its fitted curve, SLAM's q ablation. Series get palette colours and distinct markers in
 * order; a legend appears when two or more named series have data, inside the plot where it covers no data, or
 * else outside on the right. Automatic y axes include 0 unless {@link Builder#yIncludesZero} says otherwise.
 *
 * <pre>{@code
 * LineChart.builder().title("Flips vs budget").xLabel("budget").yLabel("flips")
 *     .logX(true).xTicks(new double[] {0.0125, 0.025, 0.05}, new String[] {"0.0125", "0.025", "0.05"})
 *     .series(Series.of("bce", SeriesStyle.LINE_AND_MARKERS, xs, means, stds))
 *     .referenceLine(0.05, "eps_max").build().render(Path.of("flips.png"));
 * }</pre>
 */
public final class LineChart implements Chart {
    private final AxisTexts texts;
    private final List<Series> series;
    private final boolean logX;
    private final List<Tick> xTicks;
    private final List<ReferenceLine> referenceLines;
    private final double yMin;
    private final double yMax;
    private final boolean yIncludesZero;
    private final int width;
    private final int height;

    private LineChart(Builder b) {
        texts = new AxisTexts(b.title, b.xLabel, b.yLabel);
        series = List.copyOf(b.series);
        logX = b.logX;
        xTicks = List.copyOf(b.xTicks);
        referenceLines = List.copyOf(b.referenceLines);
        yMin = b.yMin;
        yMax = b.yMax;
        yIncludesZero = b.yIncludesZero;
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
        new LineChartPainter(this).paint(g, area);
    }

    AxisTexts texts() {
        return texts;
    }

    public List<Series> series() {
        return series;
    }

    public boolean logX() {
        return logX;
    }

    /** Caller-given x ticks; empty when ticks are chosen automatically. */
    public List<Tick> xTicks() {
        return xTicks;
    }

    public List<ReferenceLine> referenceLines() {
        return referenceLines;
    }

    /** True when the caller fixed the y range with {@link Builder#yRange}. */
    boolean hasFixedYRange() {
        return !Double.isNaN(yMin);
    }

    double yMin() {
        return yMin;
    }

    double yMax() {
        return yMax;
    }

    boolean yIncludesZero() {
        return yIncludesZero;
    }

    public static final class Builder {
        private String title = "";
        private String xLabel = "";
        private String yLabel = "";
        private final List<Series> series = new ArrayList<>();
        private boolean logX;
        private final List<Tick> xTicks = new ArrayList<>();
        private final List<ReferenceLine> referenceLines = new ArrayList<>();
        private double yMin = Double.NaN;
        private double yMax = Double.NaN;
        private boolean yIncludesZero = true;
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

        public Builder yLabel(String value) {
            yLabel = value;
            return this;
        }

        public Builder series(Series... values) {
            for (Series value : values) {
                series.add(Objects.requireNonNull(value, "series"));
            }
            return this;
        }

        public Builder series(List<Series> values) {
            return series(values.toArray(new Series[0]));
        }

        public Builder logX(boolean value) {
            logX = value;
            return this;
        }

        /** Uses exactly these x ticks (and no automatic ones), e.g. budgets labelled as the experiment names them. */
        public Builder xTicks(double[] values, String[] labels) {
            if (values.length != labels.length) {
                throw new IllegalArgumentException("x ticks: " + values.length + " values but " + labels.length + " labels");
            }
            xTicks.clear();
            for (int i = 0; i < values.length; i++) {
                xTicks.add(new Tick(values[i], labels[i]));
            }
            return this;
        }

        public Builder xTicks(List<Tick> ticks) {
            xTicks.clear();
            xTicks.addAll(ticks);
            return this;
        }

        public Builder referenceLine(double x, String label) {
            referenceLines.add(new ReferenceLine(x, label));
            return this;
        }

        /** Fixes the y axis to [min, max]; data outside is clipped. */
        public Builder yRange(double min, double max) {
            if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
                throw new IllegalArgumentException("y range must be finite with min < max, got [" + min + ", " + max + "]");
            }
            yMin = min;
            yMax = max;
            return this;
        }

        /** Whether an automatic y axis is stretched to include 0 (default true: flips and counts start at 0). */
        public Builder yIncludesZero(boolean value) {
            yIncludesZero = value;
            return this;
        }

        public Builder size(int newWidth, int newHeight) {
            ChartSizes.check(newWidth, newHeight);
            width = newWidth;
            height = newHeight;
            return this;
        }

        public LineChart build() {
            if (logX) {
                checkPositiveForLog();
            }
            return new LineChart(this);
        }

        private void checkPositiveForLog() {
            for (Series s : series) {
                for (DataPoint p : s.points()) {
                    if (p.isDrawable() && p.x() <= 0) {
                        throw new IllegalArgumentException("log x axis: series '" + s.name() + "' has x = " + p.x()
                                + "; every x must be > 0");
                    }
                }
            }
            for (Tick tick : xTicks) {
                if (tick.value() <= 0) {
                    throw new IllegalArgumentException("log x axis: tick '" + tick.label() + "' is at " + tick.value());
                }
            }
            for (ReferenceLine line : referenceLines) {
                if (line.x() <= 0) {
                    throw new IllegalArgumentException("log x axis: reference line '" + line.label() + "' is at " + line.x());
                }
            }
        }
    }
}
