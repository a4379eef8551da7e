package dev.atk.chart;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A matrix of values as coloured cells with a colour bar: label-correlation matrices (40×40 typical, up to about
 * 100×100), co-occurrence matrices. Cells are square; when labels are too many to fit, every k-th is shown.
 * NaN cells are drawn light grey.
 *
 * <pre>{@code
 * Heatmap.builder().title("Label correlation").values(matrix).labels(labelNames)
 *     .diverging(0).range(-1, 1).colorBarLabel("Pearson r").build().render(Path.of("corr.png"));
 * }</pre>
 */
public final class Heatmap implements Chart {
    private final String title;
    private final double[][] values;
    private final List<String> rowLabels;
    private final List<String> columnLabels;
    private final Colormap colormap;
    private final double center;
    private final double rangeMin;
    private final double rangeMax;
    private final String colorBarLabel;
    private final int valueDecimals;
    private final int width;
    private final int height;

    private Heatmap(Builder b) {
        title = b.title;
        values = Matrices.copy(b.values);
        rowLabels = List.copyOf(b.rowLabels);
        columnLabels = List.copyOf(b.columnLabels);
        colormap = b.colormap;
        center = b.center;
        rangeMin = b.rangeMin;
        rangeMax = b.rangeMax;
        colorBarLabel = b.colorBarLabel;
        valueDecimals = b.valueDecimals;
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
        new HeatmapPainter(this).paint(g, area);
    }

    /** The box of cell (row, column) in device pixels of {@link #toImage(double)} at {@code scale}. */
    Box cellBox(int row, int column, double scale) {
        Graphics2D g = Canvas.measuring(scale);
        try {
            HeatmapLayout layout = HeatmapLayout.compute(g, this, new Box(0, 0, width, height));
            Box cell = layout.cell(row, column);
            return new Box(cell.x() * scale, cell.y() * scale, cell.width() * scale, cell.height() * scale);
        } finally {
            g.dispose();
        }
    }

    String title() {
        return title;
    }

    int rows() {
        return values.length;
    }

    int columns() {
        return values.length == 0 ? 0 : values[0].length;
    }

    double value(int row, int column) {
        return values[row][column];
    }

    List<String> rowLabels() {
        return rowLabels;
    }

    List<String> columnLabels() {
        return columnLabels;
    }

    Colormap colormap() {
        return colormap;
    }

    String colorBarLabel() {
        return colorBarLabel;
    }

    /** Decimals of the value printed in each cell, or -1 for no values. */
    int valueDecimals() {
        return valueDecimals;
    }

    ColorScale colorScale() {
        if (!Double.isNaN(rangeMin)) {
            return new ColorScale(rangeMin, rangeMax, center);
        }
        return ColorScale.automatic(values, center);
    }

    public static final class Builder {
        private String title = "";
        private double[][] values;
        private List<String> rowLabels = List.of();
        private List<String> columnLabels = List.of();
        private Colormap colormap = Colormap.viridis();
        private double center = Double.NaN;
        private double rangeMin = Double.NaN;
        private double rangeMax = Double.NaN;
        private String colorBarLabel = "";
        private int valueDecimals = -1;
        private int width = 700;
        private int height = 620;

        private Builder() {}

        public Builder title(String value) {
            title = Objects.requireNonNullElse(value, "");
            return this;
        }

        /** The matrix, row by row; every row must have the same length. Copied. */
        public Builder values(double[][] matrix) {
            values = Matrices.checkRectangular(matrix, "heatmap values");
            return this;
        }

        public Builder rowLabels(List<String> labels) {
            rowLabels = new ArrayList<>(labels);
            return this;
        }

        public Builder columnLabels(List<String> labels) {
            columnLabels = new ArrayList<>(labels);
            return this;
        }

        /** The same labels for rows and columns, as for a correlation matrix. */
        public Builder labels(List<String> labels) {
            return rowLabels(labels).columnLabels(labels);
        }

        /** A sequential colormap (the default is viridis); turns off diverging mode. */
        public Builder colormap(Colormap value) {
            colormap = Objects.requireNonNull(value, "colormap");
            center = Double.NaN;
            return this;
        }

        /** Blue–white–red with white exactly at {@code centerValue} (e.g. 0 for correlations). */
        public Builder diverging(double centerValue) {
            if (!Double.isFinite(centerValue)) {
                throw new IllegalArgumentException("diverging centre must be finite, got " + centerValue);
            }
            colormap = Colormap.blueWhiteRed();
            center = centerValue;
            return this;
        }

        /** Fixes the colour range; values outside get the end colours. Automatic from the data otherwise. */
        public Builder range(double min, double max) {
            if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
                throw new IllegalArgumentException("colour range must be finite with min < max, got [" + min + ", " + max + "]");
            }
            rangeMin = min;
            rangeMax = max;
            return this;
        }

        public Builder colorBarLabel(String value) {
            colorBarLabel = Objects.requireNonNullElse(value, "");
            return this;
        }

        /** Prints each value in its cell with this many decimals, where the cell is big enough. */
        public Builder showValues(int decimals) {
            if (decimals < 0 || decimals > 6) {
                throw new IllegalArgumentException("value decimals must be in 0..6, got " + decimals);
            }
            valueDecimals = decimals;
            return this;
        }

        public Builder size(int newWidth, int newHeight) {
            ChartSizes.check(newWidth, newHeight);
            width = newWidth;
            height = newHeight;
            return this;
        }

        public Heatmap build() {
            if (values == null) {
                throw new IllegalArgumentException("heatmap needs values (an empty matrix is allowed)");
            }
            int rows = values.length;
            int columns = rows == 0 ? 0 : values[0].length;
            checkLabels("row", rowLabels, rows);
            checkLabels("column", columnLabels, columns);
            if (!Double.isNaN(rangeMin)) {
                new ColorScale(rangeMin, rangeMax, center);
            }
            return new Heatmap(this);
        }

        private static void checkLabels(String what, List<String> labels, int count) {
            if (!labels.isEmpty() && labels.size() != count) {
                throw new IllegalArgumentException(what + " labels: got " + labels.size() + " for " + count + " " + what + "s");
            }
        }
    }
}
