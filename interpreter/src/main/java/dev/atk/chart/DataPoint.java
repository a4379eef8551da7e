package dev.atk.chart;

/**
 * One (x, y) point, optionally with a symmetric error bar of half-width {@code error} (NaN: no bar). A point with a
 * non-finite x or y is kept but not drawn, and breaks the series line there, so callers can pass missing values.
 */
public record DataPoint(double x, double y, double error) {
    public DataPoint {
        if (error < 0 || error == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("error half-width must be finite and >= 0 (or NaN for none), got " + error);
        }
    }

    public static DataPoint of(double x, double y) {
        return new DataPoint(x, y, Double.NaN);
    }

    public static DataPoint of(double x, double y, double error) {
        return new DataPoint(x, y, error);
    }

    /** True when the point can be placed on a chart. */
    public boolean isDrawable() {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    public boolean hasError() {
        return Double.isFinite(error) && error > 0;
    }
}
