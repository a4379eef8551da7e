package dev.atk.spi;

/**
 * A raw label-correlation matrix (ALGORITHMS.md §5.1/§5.2): row ℓ is the mean change of every label's confidence
 * when ℓ alone is attacked. Plain data, so the executor caches it as JSON by digest; CLASS uses its min–max
 * normalisation ({@code dev.atk.select.LabelCorrelations}).
 *
 * @param raw C×C, Z[ℓ][j] = mean over the row's images of sigmoid(model(x'))_j − sigmoid(model(x))_j
 * @param samplesPerLabel images averaged in each row (flip-down rows can have fewer: too few positives of ℓ)
 * @param passes forward and backward passes spent, for the cost report (Appendix F)
 */
public record CorrelationResult(double eps, String direction, int labels, double[][] raw, int[] samplesPerLabel,
                                long forwardPasses, long backwardPasses, double seconds) implements java.io.Serializable {

    /** Mean of the diagonal: how far attacking a label moves that label itself (large: 0.87–0.95 in the paper). */
    public double diagonalMean() {
        double s = 0;
        for (int i = 0; i < labels; i++) {
            s += raw[i][i];
        }
        return labels == 0 ? Double.NaN : s / labels;
    }

    /** Mean absolute off-diagonal entry: how much attacking one label drags the others (small). */
    public double offDiagonalMeanAbs() {
        double s = 0;
        for (int i = 0; i < labels; i++) {
            for (int j = 0; j < labels; j++) {
                if (i != j) {
                    s += Math.abs(raw[i][j]);
                }
            }
        }
        return labels < 2 ? 0 : s / ((double) labels * (labels - 1));
    }

    /** Smallest and largest off-diagonal entries. */
    public double[] offDiagonalRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < labels; i++) {
            for (int j = 0; j < labels; j++) {
                if (i != j) {
                    lo = Math.min(lo, raw[i][j]);
                    hi = Math.max(hi, raw[i][j]);
                }
            }
        }
        return new double[] {lo, hi};
    }
}
