package dev.atk.chart;

/** How a series of a {@link LinePlot} is drawn: measured points get markers, a fitted curve only a line. */
public enum SeriesStyle {
    LINE(true, false),
    MARKERS(false, true),
    LINE_AND_MARKERS(true, true);

    final boolean lines;
    final boolean markers;

    SeriesStyle(boolean lines, boolean markers) {
        this.lines = lines;
        this.markers = markers;
    }
}
