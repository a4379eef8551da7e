package dev.atk.report;

/**
 * Welch's unequal-variance t-test (scipy {@code ttest_ind(equal_var=False)}), with Welch–Satterthwaite degrees of
 * freedom. For comparing runs on different images, where pairing is meaningless.
 * Both variances zero: p = 1 when the means are equal, else p = 0 (see {@link TTestResult#degenerate}).
 */
public final class WelchTTest {
    private WelchTTest() {}

    public static TTestResult test(double[] a, double[] b) {
        int n1 = a.length, n2 = b.length;
        if (n1 < 2 || n2 < 2) return TTestResult.undefined(n1 + n2);
        double diff = Moments.mean(a) - Moments.mean(b);
        double v1 = Moments.sampleVariance(a) / n1, v2 = Moments.sampleVariance(b) / n2;
        double se2 = v1 + v2;
        if (se2 == 0) return TTestResult.degenerate(diff, n1 + n2 - 2, n1 + n2);
        double df = se2 * se2 / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
        double t = diff / Math.sqrt(se2);
        return new TTestResult(t, df, StudentT.twoSidedP(t, df), n1 + n2);
    }
}
