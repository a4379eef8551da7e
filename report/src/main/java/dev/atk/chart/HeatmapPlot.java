package dev.atk.chart;

import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A square matrix over named labels (a correlation or co-occurrence matrix) as coloured cells, row 0 at the top
 * like a printed matrix, with a colour bar naming what the colours mean.
 */
public final class HeatmapPlot {
    private HeatmapPlot() {}

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String title = "";
        private double[][] values = new double[0][];
        private List<String> labels = List.of();
        private ColorRamp ramp = ColorRamp.sequential(0, 1);
        private String colorBarLabel = "";
        private int size = 400;

        private Builder() {}

        public Builder title(String value) {
            title = Objects.requireNonNullElse(value, "");
            return this;
        }

        /** {@code values[row][column]}, rectangular. */
        public Builder values(double[][] value) {
            for (double[] row : value) {
                if (row.length != value[0].length) {
                    throw new IllegalArgumentException("heatmap values must be rectangular");
                }
            }
            values = value;
            return this;
        }

        /** Names of rows and columns (the same labels on both axes). */
        public Builder labels(List<String> value) {
            labels = List.copyOf(value);
            return this;
        }

        public Builder ramp(ColorRamp value) {
            ramp = value;
            return this;
        }

        public Builder colorBarLabel(String value) {
            colorBarLabel = value;
            return this;
        }

        /** Width of the plot in logical units; the height follows. */
        public Builder size(int value) {
            size = value;
            return this;
        }

        public PlotChart build() {
            int rows = values.length;
            int columns = rows == 0 ? 0 : values[0].length;
            double[][] xyz = new double[3][rows * columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    int i = r * columns + c;
                    xyz[0][i] = c;
                    xyz[1][i] = r;
                    xyz[2][i] = values[r][c];
                }
            }
            DefaultXYZDataset data = new DefaultXYZDataset();
            data.addSeries("values", xyz);
            XYBlockRenderer renderer = new XYBlockRenderer();
            renderer.setPaintScale(ramp);
            SymbolAxis x = new SymbolAxis(null, names(columns));
            x.setVerticalTickLabels(true);
            x.setGridBandsVisible(false);
            SymbolAxis y = new SymbolAxis(null, names(rows));
            y.setGridBandsVisible(false);
            y.setInverted(true);
            XYPlot plot = new XYPlot(data, x, y, renderer);
            plot.setDomainGridlinesVisible(false);
            plot.setRangeGridlinesVisible(false);
            plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
            JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
            NumberAxis scaleAxis = new NumberAxis(colorBarLabel);
            scaleAxis.setRange(ramp.getLowerBound(), ramp.getUpperBound());
            // five labelled values (ends, middle, quarters) are enough to read a colour; the default packs twenty
            scaleAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(
                    (ramp.getUpperBound() - ramp.getLowerBound()) / 4, new SignificantFormat(2)));
            PaintScaleLegend bar = new PaintScaleLegend(ramp, scaleAxis);
            bar.setPosition(RectangleEdge.RIGHT);
            bar.setStripWidth(12);
            bar.setAxisOffset(4);
            bar.setSubdivisionCount(128);
            bar.setMargin(new RectangleInsets(8, 8, 8, 0));
            chart.addSubtitle(bar);
            return new PlotChart(chart, size + 90, size + 40);
        }

        private String[] names(int n) {
            String[] out = new String[n];
            for (int i = 0; i < n; i++) {
                out[i] = i < labels.size() ? labels.get(i) : Integer.toString(i);
            }
            return out;
        }
    }
}
