package dev.atk.chart;

/** The little sample drawn before a legend label, matching how the series itself is drawn. */
enum LegendSwatch {
    LINE, DASHED_LINE, MARKER, LINE_AND_MARKER, BAR;

    static LegendSwatch of(SeriesStyle style) {
        switch (style) {
            case MARKERS:
                return MARKER;
            case LINE:
                return LINE;
            case DASHED:
                return DASHED_LINE;
            default:
                return LINE_AND_MARKER;
        }
    }
}
