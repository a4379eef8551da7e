package dev.atk.cli.progress;

/** Formats seconds the way progress lines show them: {@code 0:07}, {@code 12:34}, {@code 1:02:03}. */
public final class Durations {
    private Durations() {}

    public static String format(double seconds) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds) || seconds < 0) {
            return "?";
        }
        long s = Math.round(seconds);
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, sec) : String.format("%d:%02d", m, sec);
    }

    /** Steps per second with three significant figures: {@code 12.3/s}, {@code 1.25k/s}. */
    public static String rate(double perSecond) {
        if (Double.isNaN(perSecond) || Double.isInfinite(perSecond) || perSecond <= 0) {
            return "-/s";
        }
        if (perSecond >= 1000) {
            return String.format("%.3gk/s", perSecond / 1000);
        }
        return String.format(perSecond >= 100 ? "%.0f/s" : perSecond >= 10 ? "%.1f/s" : "%.2f/s", perSecond);
    }
}
