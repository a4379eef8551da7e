package dev.atk.chart;

/** What a {@link Histogram}'s bar heights mean. */
public enum HistogramScale {
    /** The counts as given. */
    COUNT,
    /** Each count divided by its series' total, so series of different sizes compare (each sums to 1). */
    FRACTION
}
