package dev.atk.stdlib.profile;

/**
 * Least-squares polynomial fit with numpy.polynomial.polynomial.polyfit's result: coefficients c0…c_deg in
 * increasing degree minimising Σ (y_i − Σ c_k x_i^k)². Solved by Householder QR of the Vandermonde matrix of
 * u = x / max|x| (scaling keeps the columns comparable: raw ε ≈ 0.03 to the 4th power is ~1e-6), then
 * c_k = b_k / s^k.
 */
public final class PolyFit {
    private PolyFit() {}

    /**
     * @param degree requested degree; with fewer than degree+1 points the fit uses degree n−1 (an exact
     *     interpolation) and the higher coefficients are 0
     * @return degree+1 coefficients, increasing degree
     */
    public static double[] fit(double[] x, double[] y, int degree) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        }
        if (x.length == 0 || degree < 0) {
            throw new IllegalArgumentException("need at least one point and degree >= 0");
        }
        int n = x.length;
        int p = Math.min(degree, n - 1) + 1;
        double s = 0;
        for (double v : x) {
            s = Math.max(s, Math.abs(v));
        }
        if (s == 0) {
            s = 1;
        }
        double[][] a = new double[n][p];
        for (int i = 0; i < n; i++) {
            double u = x[i] / s;
            double v = 1;
            for (int k = 0; k < p; k++) {
                a[i][k] = v;
                v *= u;
            }
        }
        double[] b = solve(a, y.clone(), p);
        double[] c = new double[degree + 1];
        double scale = 1;
        for (int k = 0; k < p; k++) {
            c[k] = b[k] / scale;
            scale *= s;
        }
        return c;
    }

    /** Least squares min ‖A b − y‖ for an n×p A (n ≥ p) by Householder QR; A and y are overwritten. */
    static double[] solve(double[][] a, double[] y, int p) {
        int n = a.length;
        for (int k = 0; k < p; k++) {
            double norm = 0;
            for (int i = k; i < n; i++) {
                norm = Math.hypot(norm, a[i][k]);
            }
            if (norm == 0) {
                throw new ArithmeticException("rank-deficient fit: repeated x values");
            }
            double alpha = a[k][k] > 0 ? -norm : norm;
            // v = a_k − alpha e_k, stored in column k below the diagonal
            double[] v = new double[n];
            for (int i = k; i < n; i++) {
                v[i] = a[i][k];
            }
            v[k] -= alpha;
            double vv = 0;
            for (int i = k; i < n; i++) {
                vv += v[i] * v[i];
            }
            if (vv == 0) {
                continue;
            }
            for (int j = k; j < p; j++) {
                double dot = 0;
                for (int i = k; i < n; i++) {
                    dot += v[i] * a[i][j];
                }
                double f = 2 * dot / vv;
                for (int i = k; i < n; i++) {
                    a[i][j] -= f * v[i];
                }
            }
            double dot = 0;
            for (int i = k; i < n; i++) {
                dot += v[i] * y[i];
            }
            double f = 2 * dot / vv;
            for (int i = k; i < n; i++) {
                y[i] -= f * v[i];
            }
        }
        double[] b = new double[p];
        for (int k = p - 1; k >= 0; k--) {
            double sum = y[k];
            for (int j = k + 1; j < p; j++) {
                sum -= a[k][j] * b[j];
            }
            if (Math.abs(a[k][k]) < 1e-14 * Math.abs(a[0][0])) {
                throw new ArithmeticException("rank-deficient fit: repeated x values");
            }
            b[k] = sum / a[k][k];
        }
        return b;
    }
}
