package dev.atk.stdlib.attack;

import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.linear.LinearSolver;

/**
 * The linear program of MLA-LP (ALGORITHMS.md §8.4, step 2), solved on the host by ojAlgo's simplex:
 *
 * <pre>
 *   minimise z   over r ∈ [−1, 1]^d, z ≥ 0
 *   subject to   A·r ≤ b   (one row per constrained label)
 *                −z ≤ r_k ≤ z   for every pixel k
 * </pre>
 *
 * i.e. the L∞-smallest step whose linearised per-label losses reach their targets.
 *
 * <p><b>Why it is handed to the solver in another form.</b> Written as above (the reference's MOSEK form) it has
 * d + 1 variables and rows + 2d constraint rows, and ojAlgo needs about 25 s for d = 3136, C = 10. The same LP has
 * an equivalent form whose only rows are the label rows (the Charnes–Cooper change of variables t = r/z, w = 1/z):
 *
 * <pre>
 *   maximise w   over t ∈ [−1, 1]^d (variable bounds), w ≥ 1
 *   subject to   A·t − b·w ≤ 0
 * </pre>
 *
 * and r = t/w, z = 1/w. Why they are the same: at an optimum z = ‖r‖∞ ≤ 1 (z appears only in −z ≤ r ≤ z and the
 * objective, and r is boxed in [−1, 1]), so the box is implied by z ≤ 1, i.e. by w ≥ 1; every feasible (r, z) with
 * 0 &lt; z ≤ 1 maps to a feasible (t, w) and back, and minimising z is maximising 1/z. The one case without a
 * finite w is z* = 0, which happens exactly when r = 0 is feasible (b ≥ 0): then r = 0 is the optimum and no solve
 * is needed. Infeasible stays infeasible. The solver still does the whole optimisation; only the encoding changes,
 * and {@link #minimiseLinfReferenceForm} keeps the reference's encoding so tests can check the two agree. The solver
 * returns a vertex: all but at most (rows) pixels sit at ±z. Where the optimum is not unique the reference's interior
 * point method may return a different r with the same z.
 *
 * <p>Each label row is divided by its L1 norm before the solve (an equivalent inequality) so the solver's absolute
 * tolerances see rows of unit scale whatever the Jacobian's magnitude.
 */
public final class LinearProgram {

    /**
     * @param r the step, length d (all zeros when not optimal, as the reference's caller uses it)
     * @param z its L∞ norm at the optimum (NaN when not optimal)
     * @param optimal whether the solver proved optimality (an infeasible LP is not optimal)
     * @param variables, constraints the size handed to the solver (rows only; variable bounds are not rows)
     * @param seconds wall time to build and solve
     */
    public record Solution(double[] r, double z, boolean optimal, int variables, int constraints, double seconds) {}

    private LinearProgram() {}

    /**
     * Solves min ‖r‖∞ s.t. A·r ≤ b, ‖r‖∞ ≤ 1 in the scaled form (rows: only A's).
     *
     * @param a rows×d, row-major; a row of zeros is kept (with b &lt; 0 it makes the LP infeasible, as it should)
     * @param b the rows' right-hand sides
     */
    public static Solution minimiseLinf(double[] a, double[] b, int d) {
        long start = System.nanoTime();
        int rows = check(a, b, d);
        if (allNonNegative(b)) { // r = 0 is feasible, so z* = 0: the scaled form would be unbounded
            return new Solution(new double[d], 0, true, d + 1, rows, (System.nanoTime() - start) / 1e9);
        }
        LinearSolver.Builder lp = LinearSolver.newGeneralBuilder();
        double[] objective = new double[d + 1];
        objective[d] = -1; // the builder minimises: −w
        lp.objective(objective);
        double[] lower = new double[d + 1];
        double[] upper = new double[d + 1];
        java.util.Arrays.fill(lower, 0, d, -1);
        java.util.Arrays.fill(upper, 0, d, 1);
        lower[d] = 1;
        upper[d] = Double.POSITIVE_INFINITY;
        lp.lower(lower).upper(upper);
        for (int j = 0; j < rows; j++) {
            double[] row = new double[d + 1];
            double norm = 0;
            for (int k = 0; k < d; k++) {
                norm += Math.abs(a[j * d + k]);
            }
            double s = norm > 0 ? 1 / norm : 1;
            for (int k = 0; k < d; k++) {
                row[k] = a[j * d + k] * s;
            }
            row[d] = -b[j] * s;
            lp.inequality(0, row);
        }
        Optimisation.Result result = lp.solve();
        double seconds = (System.nanoTime() - start) / 1e9;
        double w = result.getState().isOptimal() ? result.doubleValue(d) : Double.NaN;
        if (!(w >= 1) || Double.isInfinite(w)) {
            return new Solution(new double[d], Double.NaN, false, d + 1, rows, seconds);
        }
        double[] r = new double[d];
        for (int k = 0; k < d; k++) {
            r[k] = result.doubleValue(k) / w;
        }
        return new Solution(r, 1 / w, true, d + 1, rows, seconds);
    }

    /**
     * The same LP in the reference's encoding (d + 1 variables, rows + 2d constraint rows, box as bounds): for tests
     * and measurements only; ~100× slower at d = 3136.
     */
    public static Solution minimiseLinfReferenceForm(double[] a, double[] b, int d) {
        long start = System.nanoTime();
        int rows = check(a, b, d);
        LinearSolver.Builder lp = LinearSolver.newGeneralBuilder();
        double[] objective = new double[d + 1];
        objective[d] = 1;
        lp.objective(objective);
        double[] lower = new double[d + 1];
        double[] upper = new double[d + 1];
        java.util.Arrays.fill(lower, 0, d, -1);
        java.util.Arrays.fill(upper, 0, d, 1);
        upper[d] = Double.POSITIVE_INFINITY;
        lp.lower(lower).upper(upper);
        for (int j = 0; j < rows; j++) {
            double[] row = new double[d + 1];
            System.arraycopy(a, j * d, row, 0, d);
            lp.inequality(b[j], row);
        }
        for (int k = 0; k < d; k++) {
            double[] plus = new double[d + 1];
            plus[k] = 1;
            plus[d] = -1;
            lp.inequality(0, plus);
            double[] minus = new double[d + 1];
            minus[k] = -1;
            minus[d] = -1;
            lp.inequality(0, minus);
        }
        Optimisation.Result result = lp.solve();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!result.getState().isOptimal()) {
            return new Solution(new double[d], Double.NaN, false, d + 1, rows + 2 * d, seconds);
        }
        double[] r = new double[d];
        for (int k = 0; k < d; k++) {
            r[k] = result.doubleValue(k);
        }
        return new Solution(r, result.doubleValue(d), true, d + 1, rows + 2 * d, seconds);
    }

    private static int check(double[] a, double[] b, int d) {
        if (d < 1 || a.length != b.length * d) {
            throw new IllegalArgumentException("A must be rows×d with rows = b.length; got " + a.length
                    + " entries for " + b.length + " rows and d = " + d);
        }
        return b.length;
    }

    private static boolean allNonNegative(double[] b) {
        for (double v : b) {
            if (!(v >= 0)) {
                return false;
            }
        }
        return true;
    }
}
