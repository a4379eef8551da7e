package dev.atk.report;

/** Mean and variance of a sample, two-pass for accuracy. */
final class Moments {
    private Moments() {}

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    /** Sum of squared deviations from the mean, the numerator of every variance below. */
    static double sumSquares(double[] x) {
        double m = mean(x), s = 0;
        for (double v : x) s += (v - m) * (v - m);
        return s;
    }

    /** Population std (ddof = 0), as {@code np.std} in the paper's tables. 0 for a single value. */
    static double populationStd(double[] x) {
        return Math.sqrt(sumSquares(x) / x.length);
    }

    /** Sample variance (ddof = 1), as the t-tests use. */
    static double sampleVariance(double[] x) {
        return sumSquares(x) / (x.length - 1);
    }
}
