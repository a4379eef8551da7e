package dev.atk.chart;

/** Order of the categories in a {@link BarChart}. */
public enum SortOrder {
    /** As given by the caller. */
    NONE,
    /** Smallest value first; NaN values last. */
    ASCENDING,
    /** Largest value first (a ranking); NaN values last. */
    DESCENDING
}
