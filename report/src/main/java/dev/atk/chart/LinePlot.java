package dev.atk.chart;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.RangeType;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Lines over a numeric x axis, optionally with ±error bars: a metric against the budget or against an attack
 * argument, a profile's fitted curve. Every series is in the legend, even a lone one, since the reader needs to
 * know which attack or budget a line is.
 */
public final class LinePlot {
    private LinePlot() {}

    public static Builder builder() {
        return new Builder();
    }

    private record Line(String name, SeriesStyle style, double[] x, double[] y, double[] error) {}

    public static final class Builder extends AxesBuilder<Builder> {
        private String subtitle = "";
        private boolean integerX;
        private boolean yFromZero;
        private double[] logTicks;
        private NumberFormat xFormat;
        private final List<Line> lines = new ArrayList<>();
        private final List<ValueMarker> markers = new ArrayList<>();

        private Builder() {
            super(640, 420);
        }

        @Override
        Builder self() {
            return this;
        }

        /** A second, smaller title line: the details that would make the title too long to fit. */
        public Builder subtitle(String value) {
            subtitle = Objects.requireNonNullElse(value, "");
            return this;
        }

        /** Only whole-number ticks on x: the x values are counts, such as a number of targeted labels. */
        public Builder integerX(boolean value) {
            integerX = value;
            return this;
        }

        /** The y axis starts at 0 and never goes below: y is a count or a share, which cannot be negative. */
        public Builder yFromZero(boolean value) {
            yFromZero = value;
            return this;
        }

        /** A logarithmic x axis ticked at exactly these values (the budgets, when they span a wide range). */
        public Builder logX(double[] ticks) {
            logTicks = ticks == null ? null : ticks.clone();
            return this;
        }

        /** How x tick labels are written on a linear axis (the default keeps the library's choice). */
        public Builder xFormat(NumberFormat value) {
            xFormat = value;
            return this;
        }

        /** A series; {@code error} (±, same length) may be null for none. */
        public Builder series(String name, SeriesStyle style, double[] x, double[] y, double[] error) {
            if (x.length != y.length || (error != null && error.length != x.length)) {
                throw new IllegalArgumentException("series " + name + ": x, y and error differ in length");
            }
            lines.add(new Line(name, style, x.clone(), y.clone(), error == null ? null : error.clone()));
            return this;
        }

        /** A dashed vertical line at {@code x} named {@code label}, e.g. eps_max. */
        public Builder referenceLine(double x, String label) {
            ValueMarker m = new ValueMarker(x, ChartStyle.color(6), new java.awt.BasicStroke(1f,
                    java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
            m.setLabel(label);
            m.setLabelFont(ChartStyle.TICK);
            m.setLabelBackgroundColor(new java.awt.Color(255, 255, 255, 0));
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            markers.add(m);
            return this;
        }

        public PlotChart build() {
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            XYErrorRenderer renderer = new XYErrorRenderer();
            boolean anyError = false;
            for (int s = 0; s < lines.size(); s++) {
                Line line = lines.get(s);
                YIntervalSeries series = new YIntervalSeries(line.name, false, true);
                for (int i = 0; i < line.x.length; i++) {
                    double e = line.error == null || Double.isNaN(line.error[i]) ? 0 : line.error[i];
                    series.add(line.x[i], line.y[i], line.y[i] - e, line.y[i] + e);
                }
                anyError |= line.error != null;
                data.addSeries(series);
                renderer.setSeriesLinesVisible(s, line.style.lines);
                renderer.setSeriesShapesVisible(s, line.style.markers);
                renderer.setSeriesPaint(s, ChartStyle.color(s));
                renderer.setSeriesShape(s, ChartStyle.marker(s));
            }
            renderer.setDrawXError(false);
            renderer.setDrawYError(anyError);
            renderer.setCapLength(6);
            renderer.setErrorPaint(null); // bars in their series' colour
            XYPlot plot = new XYPlot(data, xAxis(), yAxis(), renderer);
            markers.forEach(plot::addDomainMarker);
            JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
            if (!subtitle.isEmpty()) {
                chart.addSubtitle(0, new TextTitle(subtitle));
            }
            return new PlotChart(chart, width, height);
        }

        private ValueAxis xAxis() {
            if (logTicks != null) {
                return new BudgetLogAxis(xLabel, logTicks);
            }
            NumberAxis x = new NumberAxis(xLabel);
            x.setAutoRangeIncludesZero(false);
            if (integerX) {
                x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            }
            if (xFormat != null) {
                x.setNumberFormatOverride(xFormat);
            }
            return x;
        }

        private ValueAxis yAxis() {
            NumberAxis y = new NumberAxis(yLabel);
            y.setAutoRangeIncludesZero(yFromZero);
            if (yFromZero) {
                y.setRangeType(RangeType.POSITIVE);
            }
            return y;
        }
    }
}
