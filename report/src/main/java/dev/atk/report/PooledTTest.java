package dev.atk.report;

/**
 * Student's independent two-sample t-test with pooled variance: exactly scipy's {@code ttest_ind} default
 * ({@code equal_var=True}), which ALGORITHMS.md §7.5 names as the alternative reading of the paper.
 * Pooled variance zero: p = 1 when the means are equal, else p = 0 (see {@link TTestResult#degenerate}).
 */
public final class PooledTTest {
    private PooledTTest() {}

    public static TTestResult test(double[] a, double[] b) {
        int n1 = a.length, n2 = b.length;
        if (n1 < 1 || n2 < 1 || n1 + n2 < 3) return TTestResult.undefined(n1 + n2);
        double diff = Moments.mean(a) - Moments.mean(b);
        double df = n1 + n2 - 2;
        double pooled = (Moments.sumSquares(a) + Moments.sumSquares(b)) / df;
        if (pooled == 0) return TTestResult.degenerate(diff, df, n1 + n2);
        double t = diff / Math.sqrt(pooled * (1.0 / n1 + 1.0 / n2));
        return new TTestResult(t, df, StudentT.twoSidedP(t, df), n1 + n2);
    }
}
