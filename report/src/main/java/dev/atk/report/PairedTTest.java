package dev.atk.report;

/**
 * Paired t-test (scipy {@code ttest_rel}): a one-sample t-test on the differences a[i] − b[i].
 * The default for reports because every attack in a run sees the same images, so image difficulty cancels.
 * Zero-variance differences: p = 1 when the mean difference is 0, else p = 0 (see {@link TTestResult#degenerate}).
 */
public final class PairedTTest {
    private PairedTTest() {}

    public static TTestResult test(double[] a, double[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("paired samples differ in length: " + a.length + " vs " + b.length);
        int n = a.length;
        if (n < 2) return TTestResult.undefined(n);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = a[i] - b[i];
        double mean = Moments.mean(d);
        double df = n - 1;
        double var = Moments.sampleVariance(d);
        if (var == 0) return TTestResult.degenerate(mean, df, n);
        double t = mean / Math.sqrt(var / n);
        return new TTestResult(t, df, StudentT.twoSidedP(t, df), n);
    }
}
