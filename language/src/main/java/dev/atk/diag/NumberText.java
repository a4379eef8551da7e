package dev.atk.diag;

/**
 * How ATK writes a number for people, in messages and in printed values alike: the shortest text that reads back as
 * the same double, integers without ".0", NaN as {@code nan}.
 */
public final class NumberText {
    private NumberText() {}

    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v).replace("E", "e");
    }
}
