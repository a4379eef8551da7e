package dev.atk.stdlib.train;

/** How spread a classifier's confidences σ(logit) are: a 10-bin histogram over [0,1] and fractions. */
public record ConfidenceStats(long[] histogram, long total) {

    public static ConfidenceStats of(float[][] probabilities) {
        long[] h = new long[10];
        long n = 0;
        for (float[] row : probabilities) {
            for (float p : row) {
                h[Math.min(9, Math.max(0, (int) (p * 10)))]++;
                n++;
            }
        }
        return new ConfidenceStats(h, n);
    }

    /** Fraction of confidences strictly inside (lo, hi), from the histogram's source values. */
    public static double fractionBetween(float[][] probabilities, double lo, double hi) {
        long in = 0;
        long n = 0;
        for (float[] row : probabilities) {
            for (float p : row) {
                in += p > lo && p < hi ? 1 : 0;
                n++;
            }
        }
        return n == 0 ? Double.NaN : (double) in / n;
    }

    /** Histogram as fractions, e.g. {@code [0.91, 0.02, ...]}. */
    public double[] fractions() {
        double[] f = new double[10];
        for (int b = 0; b < 10; b++) {
            f[b] = total == 0 ? 0 : (double) histogram[b] / total;
        }
        return f;
    }
}
