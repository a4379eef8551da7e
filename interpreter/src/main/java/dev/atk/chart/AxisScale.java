package dev.atk.chart;

/** Maps a data value on one axis to a logical coordinate. */
interface AxisScale {
    double toPixel(double value);

    /** Linear interpolation between two anchor pairs; pixel ends may be reversed (y grows downwards). */
    static AxisScale linear(double lower, double upper, double pixelAtLower, double pixelAtUpper) {
        double span = upper - lower;
        double factor = span == 0 ? 0 : (pixelAtUpper - pixelAtLower) / span;
        return value -> pixelAtLower + (value - lower) * factor;
    }

    /** Logarithmic: equal ratios take equal distances. Both ends must be positive. */
    static AxisScale log(double lower, double upper, double pixelAtLower, double pixelAtUpper) {
        if (!(lower > 0) || !(upper > 0)) {
            throw new IllegalArgumentException("log scale needs a positive range, got [" + lower + ", " + upper + "]");
        }
        AxisScale inLogs = linear(Math.log10(lower), Math.log10(upper), pixelAtLower, pixelAtUpper);
        return value -> inLogs.toPixel(Math.log10(value));
    }
}
