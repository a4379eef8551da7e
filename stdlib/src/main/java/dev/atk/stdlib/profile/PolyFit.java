package dev.atk.stdlib.profile;

import org.ojalgo.matrix.decomposition.QR;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/**
 * Least-squares polynomial fit with numpy.polynomial.polynomial.polyfit's result: coefficients c0…c_deg in
 * increasing degree minimising Σ (y_i − Σ c_k x_i^k)² (ALGORITHMS.md §4.1 step 7: unweighted, all points, no
 * constraint). Solved by ojAlgo's Householder QR of the Vandermonde matrix of u = x / max|x| (scaling keeps the
 * columns comparable: raw ε ≈ 0.03 to the 4th power is ~1e-6), then c_k = b_k / s^k.
 */
public final class PolyFit {
    private PolyFit() {}

    /**
     * A diagonal entry of R below this fraction of R's first (and, for |u| ≤ 1, largest) one means repeated x
     * values. Kept from the hand-written solver this replaced, so the same inputs are refused.
     */
    private static final double RANK_TOLERANCE = 1e-14;

    /**
     * @param degree requested degree; with fewer than degree+1 points the fit uses degree n−1 (an exact
     *     interpolation) and the higher coefficients are 0
     * @return degree+1 coefficients, increasing degree
     * @throws ArithmeticException when repeated x values leave fewer distinct points than coefficients
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
        R064Store a = R064Store.FACTORY.make(n, p);
        for (int i = 0; i < n; i++) {
            double u = x[i] / s;
            double v = 1;
            for (int k = 0; k < p; k++) {
                a.set(i, k, v);
                v *= u;
            }
        }
        QR<Double> qr = QR.R064.make(a);
        if (!qr.decompose(a)) {
            throw new ArithmeticException("QR decomposition of the Vandermonde matrix failed");
        }
        requireFullRank(qr.getR(), p);
        MatrixStore<Double> b = qr.getSolution(R064Store.FACTORY.column(y));
        double[] c = new double[degree + 1];
        double scale = 1;
        for (int k = 0; k < p; k++) {
            c[k] = b.doubleValue(k) / scale;
            scale *= s;
        }
        return c;
    }

    private static void requireFullRank(MatrixStore<Double> r, int p) {
        double first = Math.abs(r.doubleValue(0, 0));
        for (int k = 0; k < p; k++) {
            if (Math.abs(r.doubleValue(k, k)) < RANK_TOLERANCE * first) {
                throw new ArithmeticException("rank-deficient fit: repeated x values");
            }
        }
    }
}
