package dev.atk.chart;

/**
 * One bar to draw: horizontal placement in logical units (already laid out), height in data units (so the y
 * scale decides pixels), and an optional error half-width (NaN for none). A non-finite value draws nothing.
 */
record BarShape(double left, double width, double value, double error, Rgb colour) {
    double centerX() {
        return left + width / 2;
    }

    boolean isDrawable() {
        return Double.isFinite(value);
    }

    boolean hasError() {
        return Double.isFinite(error) && error > 0;
    }
}
