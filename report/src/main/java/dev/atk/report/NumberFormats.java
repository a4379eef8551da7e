package dev.atk.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Number formatting that matches what Python/numpy print, so our tables agree digit for digit with the paper's. */
final class NumberFormats {
    private NumberFormats() {}

    /**
     * {@code f"{x:.2f}"}: the exact binary value rounded half-even. Java's %.2f rounds half-up, which differs on
     * exact ties such as 2.125 (a mean over 8 images): Python prints 2.12, Java 2.13.
     */
    static String fixed2(double x) {
        return fixed(x, 2);
    }

    /** {@code f"{x:.{decimals}f}"}, rounded as {@link #fixed2}. */
    static String fixed(double x, int decimals) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        String s = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        // -0.001 would print as -0.00, which reads as a sign error.
        return s.startsWith("-") && s.chars().noneMatch(c -> c >= '1' && c <= '9') ? s.substring(1) : s;
    }

    /** "m ± s", the paper's cell. */
    static String meanStd(double mean, double std, int decimals) {
        return fixed(mean, decimals) + " ± " + fixed(std, decimals);
    }

    /**
     * Decimals that show the smallest nonzero magnitude with at least 3 significant digits (never fewer than 2,
     * never more than 8): perturbation norms such as L∞ = 0.0078 would all read "0.01 ± 0.00" at the paper's 2.
     */
    static int decimalsFor(double smallestNonZero) {
        if (!(smallestNonZero > 0) || Double.isInfinite(smallestNonZero)) return 2;
        int leading = (int) Math.floor(Math.log10(smallestNonZero));
        return Math.max(2, Math.min(8, 2 - leading));
    }

    /** Python's {@code "%.4g" % x}: 4 significant digits, trailing zeros dropped, exponent form outside [1e-4, 1e4). */
    static String g4(double x) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        if (x == 0) return "0";
        BigDecimal bd = new BigDecimal(x).round(new MathContext(4, RoundingMode.HALF_EVEN));
        int exponent = bd.precision() - bd.scale() - 1;
        if (exponent >= -4 && exponent < 4) return bd.stripTrailingZeros().toPlainString();
        BigDecimal mantissa = bd.movePointLeft(exponent).stripTrailingZeros();
        String sign = exponent < 0 ? "-" : "+";
        int e = Math.abs(exponent);
        return mantissa.toPlainString() + "e" + sign + (e < 10 ? "0" : "") + e;
    }

    /** A number as a plain decimal without a trailing ".0", for α in the footer (0.05, 0.01). */
    static String plain(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
