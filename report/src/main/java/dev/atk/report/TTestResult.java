package dev.atk.report;

/**
 * The outcome of one two-sample t-test.
 *
 * @param t the statistic (positive when the first sample's mean is larger); ±∞ for a nonzero difference with zero variance
 * @param df degrees of freedom (fractional for Welch); NaN when too few observations
 * @param p the two-sided p-value; NaN when the test is undefined (fewer than two observations)
 * @param n the number of observations used (pairs for a paired test, both samples together otherwise)
 */
public record TTestResult(double t, double df, double p, int n) {
    static TTestResult undefined(int n) {
        return new TTestResult(Double.NaN, Double.NaN, Double.NaN, n);
    }

    /**
     * Zero variance leaves t = diff/0 undefined. A difference that is exactly constant is certain (p = 0) unless it
     * is zero (p = 1); scipy would return NaN for both, which would silently never mark a cell that every image
     * agrees on, e.g. one attack flipping 80 labels on every image and another flipping none.
     */
    static TTestResult degenerate(double meanDiff, double df, int n) {
        if (meanDiff == 0) return new TTestResult(0, df, 1, n);
        return new TTestResult(Math.copySign(Double.POSITIVE_INFINITY, meanDiff), df, 0, n);
    }

    /** True when the test is defined and p &lt; alpha. */
    public boolean significant(double alpha) {
        return !Double.isNaN(p) && p < alpha;
    }
}
