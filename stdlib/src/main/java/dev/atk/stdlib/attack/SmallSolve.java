package dev.atk.stdlib.attack;

/**
 * Solves G·a = q for a small symmetric C×C system (C labels) on the host, in double precision, by Gauss–Jordan
 * elimination with partial pivoting. The label-space systems of ML-DeepFool are C×C (C ≤ 100), so moving them off the
 * tensor engine costs less than a device inverse's launch; the d-dimensional work stays on the engine.
 */
final class SmallSolve {
    /** A pivot below this fraction of the largest diagonal entry counts as singular. */
    static final double SINGULAR = 1e-12;

    private SmallSolve() {}

    /** The solution, or null when G is singular (the caller skips the image this iteration, as the reference does). */
    static double[] solve(double[][] g, double[] q) {
        int n = q.length;
        double[][] a = new double[n][n + 1];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            System.arraycopy(g[i], 0, a[i], 0, n);
            a[i][n] = q[i];
            scale = Math.max(scale, Math.abs(g[i][i]));
        }
        if (!(scale > 0)) {
            return null;
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (!(Math.abs(a[pivot][col]) > SINGULAR * scale)) {
                return null;
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            double p = a[col][col];
            for (int c = col; c <= n; c++) {
                a[col][c] /= p;
            }
            for (int r = 0; r < n; r++) {
                if (r != col && a[r][col] != 0) {
                    double f = a[r][col];
                    for (int c = col; c <= n; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = a[i][n];
        }
        return x;
    }
}
