package dev.atk.chart;

/** How a {@link Series} is drawn on a {@link LineChart}. */
public enum SeriesStyle {
    /** Solid line through the points, with a marker at each point: measured curves. */
    LINE_AND_MARKERS,
    /** Markers only: measurements that should not suggest interpolation. */
    MARKERS,
    /** Solid line only: densely sampled fitted curves. */
    LINE,
    /** Dashed line only: reference or secondary curves. */
    DASHED;

    boolean hasLine() {
        return this != MARKERS;
    }

    boolean hasMarkers() {
        return this == LINE_AND_MARKERS || this == MARKERS;
    }
}
