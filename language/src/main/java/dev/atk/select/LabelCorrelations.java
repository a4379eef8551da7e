package dev.atk.select;

/**
 * What CLASS does with a flip-up matrix (ALGORITHMS.md §5.3–5.4): a global min–max normalisation, the "flip-down"
 * matrix as its complement, and the per-image instance correlation matrix (ICM) whose row i comes from the
 * flip-up matrix when label i must go up (target 1) and from the flip-down matrix when it must go down.
 */
public final class LabelCorrelations {
    private LabelCorrelations() {}

    /**
     * Fn = (F − min F) / max(F − min F) over the whole matrix, diagonal included, so every entry is in [0,1]. A
     * constant matrix (the reference divides by zero) gives all zeros.
     */
    public static double[][] normalized(double[][] raw) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : raw) {
            for (double v : row) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double range = max - min;
        double[][] out = new double[raw.length][];
        for (int i = 0; i < raw.length; i++) {
            out[i] = new double[raw[i].length];
            for (int j = 0; j < raw[i].length; j++) {
                out[i][j] = range > 0 ? (raw[i][j] - min) / range : 0;
            }
        }
        return out;
    }

    /** D = 1 − Fn: the reference's flip-down correlations ("flip-down ≈ −flip-up", §5.3). */
    public static double[][] complement(double[][] normalized) {
        double[][] out = new double[normalized.length][];
        for (int i = 0; i < normalized.length; i++) {
            out[i] = new double[normalized[i].length];
            for (int j = 0; j < normalized[i].length; j++) {
                out[i][j] = 1 - normalized[i][j];
            }
        }
        return out;
    }

    /**
     * The ICM of one image (§5.4): row i is Fn[i] if the image's target for label i is 1 (currently negative, to be
     * flipped up), else D[i]. Only the row label's direction matters, as in the reference.
     *
     * @param normalized Fn, C×C
     * @param targetUp per label: true when the target is 1 (clean prediction negative)
     */
    public static double[][] instanceMatrix(double[][] normalized, boolean[] targetUp) {
        if (normalized.length != targetUp.length) {
            throw new IllegalArgumentException("a " + normalized.length + "-label matrix for " + targetUp.length
                    + " targets");
        }
        double[][] out = new double[normalized.length][];
        for (int i = 0; i < normalized.length; i++) {
            out[i] = new double[normalized[i].length];
            for (int j = 0; j < normalized[i].length; j++) {
                out[i][j] = targetUp[i] ? normalized[i][j] : 1 - normalized[i][j];
            }
        }
        return out;
    }

    /** CLASS's closeness (§6.2): c_i = t_i·P_i + (1 − t_i)·(1 − P_i) = 0.5 − |P_i − 0.5| when t = 1 − pred. */
    public static double[] closeness(float[] confidences, boolean[] targetUp) {
        double[] c = new double[confidences.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = targetUp[i] ? confidences[i] : 1 - confidences[i];
        }
        return c;
    }

    /** t = 1 − pred with pred = P > threshold (strict, §1). */
    public static boolean[] targetUp(float[] confidences, double threshold) {
        boolean[] up = new boolean[confidences.length];
        for (int i = 0; i < up.length; i++) {
            up[i] = !(confidences[i] > threshold);
        }
        return up;
    }
}
