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

    /**
     * A value as {@code print} shows it to people: at most 12 significant digits, so float noise such as
     * {@code 0.019999999999999997} reads {@code 0.02}; integers without ".0"; exponents for the very small and large.
     * The results log and messages about exact values keep {@link #format}.
     */
    public static String forPeople(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v == Math.rint(v) && Math.abs(v) < 1e15) {
            return format(v);
        }
        java.math.BigDecimal rounded = new java.math.BigDecimal(v).round(new java.math.MathContext(12))
                .stripTrailingZeros();
        double magnitude = Math.abs(v);
        if (magnitude >= 1e-4 && magnitude < 1e15) {
            return rounded.toPlainString();
        }
        String text = String.format(java.util.Locale.ROOT, "%.11e", rounded.doubleValue()); // 1.00000000000e-12
        int e = text.indexOf('e');
        String mantissa = text.substring(0, e).replaceAll("0+$", "").replaceAll("\\.$", "");
        int exponent = Integer.parseInt(text.substring(e + 1));
        return mantissa + "e" + exponent;
    }
}
