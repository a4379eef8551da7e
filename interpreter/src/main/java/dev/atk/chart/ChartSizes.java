package dev.atk.chart;

/** Checks requested chart sizes once, so every builder rejects nonsense with the same message. */
final class ChartSizes {
    /** Below this no layout leaves any room for data. */
    static final int MIN = 50;
    /** Above this a 2× render would need gigabytes of memory. */
    static final int MAX = 10_000;

    private ChartSizes() {}

    static void check(int width, int height) {
        if (width < MIN || height < MIN || width > MAX || height > MAX) {
            throw new IllegalArgumentException("chart size must be between " + MIN + " and " + MAX
                    + " logical units per side, got " + width + " x " + height);
        }
    }
}
