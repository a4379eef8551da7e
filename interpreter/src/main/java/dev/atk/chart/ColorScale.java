package dev.atk.chart;

/**
 * Maps data values to colormap positions in [0, 1]. Sequential scales are linear from {@code lower} to
 * {@code upper}. Diverging scales (finite {@code center}) put the centre at 0.5 and scale each side on its own,
 * so the centre value is always the neutral middle colour even for a lopsided range.
 */
record ColorScale(double lower, double upper, double center) {
    ColorScale {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(lower < upper)) {
            throw new IllegalArgumentException("colour range must be finite with min < max, got [" + lower + ", " + upper + "]");
        }
        if (!Double.isNaN(center) && !(center > lower && center < upper)) {
            throw new IllegalArgumentException("diverging centre " + center + " must lie inside the colour range ["
                    + lower + ", " + upper + "]");
        }
    }

    boolean isDiverging() {
        return !Double.isNaN(center);
    }

    double position(double value) {
        if (!isDiverging()) {
            return clamp((value - lower) / (upper - lower));
        }
        if (value < center) {
            return clamp(0.5 * (value - lower) / (center - lower));
        }
        return clamp(0.5 + 0.5 * (value - center) / (upper - center));
    }

    /**
     * The scale for the finite values of {@code values}: their min and max when sequential; when diverging, the
     * range symmetric about the centre that reaches the value farthest from it (equal distances, equal intensity).
     */
    static ColorScale automatic(double[][] values, double center) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        boolean diverging = !Double.isNaN(center);
        if (min > max) {
            return diverging ? new ColorScale(center - 1, center + 1, center) : new ColorScale(0, 1, Double.NaN);
        }
        if (diverging) {
            double reach = Math.max(Math.abs(max - center), Math.abs(min - center));
            double half = reach > 0 ? reach : 1;
            return new ColorScale(center - half, center + half, center);
        }
        if (min == max) {
            double half = min == 0 ? 1 : Math.abs(min) * 0.1;
            return new ColorScale(min - half, max + half, Double.NaN);
        }
        return new ColorScale(min, max, Double.NaN);
    }

    private static double clamp(double t) {
        return Math.max(0, Math.min(1, t));
    }
}
