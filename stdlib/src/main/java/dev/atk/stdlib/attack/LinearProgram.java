package dev.atk.stdlib.attack;

import java.util.Arrays;
import java.util.Optional;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.linear.LinearSolver;
import org.ojalgo.structure.Access1D;

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
 * <p><b>The encoding handed to the solver.</b> As written (the reference's MOSEK form) it has d + 1 variables and
 * rows + 2d constraint rows; ojAlgo needs 25–36 s for it at d = 3136. The same LP has an equivalent form whose only
 * rows are the label rows (the Charnes–Cooper change of variables t = r/z, w = 1/z):
 *
 * <pre>
 *   maximise w   over t ∈ [−1, 1]^d (variable bounds), w ≥ 1
 *   subject to   A·t − b·w ≤ 0
 * </pre>
 *
 * and r = t/w, z = 1/w. Why they are the same: at an optimum z = ‖r‖∞ ≤ 1 (z appears only in −z ≤ r ≤ z and the
 * objective, and r is boxed in [−1, 1]), so the box is implied by z ≤ 1, i.e. by w ≥ 1; every feasible (r, z) with
 * 0 &lt; z ≤ 1 maps to a feasible (t, w) and back, and minimising z is maximising 1/z. The one case without a finite
 * w is z* = 0, which happens exactly when r = 0 is feasible (b ≥ 0): then r = 0 is the optimum and no solve is
 * needed. Infeasible stays infeasible. {@link #minimiseLinfReferenceForm} keeps the reference's encoding so tests can
 * check that the two agree.
 *
 * <p><b>Certified optimum.</b> ojAlgo's dual simplex skips pivots below a fixed tolerance, and on these dense,
 * dual-degenerate LPs (every t_k costs nothing) it can stop at a vertex it reports optimal that is not: on real
 * 40-label Jacobians of the bundled fashion model it stopped 10–15 % above the optimum. So every solve is checked by
 * LP duality: for any y ≥ 0, z* ≥ −bᵀy / ‖Aᵀy‖₁ (the least ‖r‖∞ with y·A·r ≤ y·b), and the solver's row multipliers
 * give a y. While that bound is more than {@link #GAP} (relative) below the best z found, the LP is solved again with
 * each t_k starting at −sign((Aᵀy)_k), the value complementary slackness gives it at the optimum for that y (done by
 * flipping the sign of column k, an equivalent LP, since the solver starts a costless variable at its lower bound).
 * The first solve starts from the y that weighs each violated row by its deficit. On the Jacobians of a first
 * iteration one or two solves close the gap to 1e−15, faster than one cold solve; later iterations (many labels
 * violated, thresholds lowered) took up to six, the first of them 1–2 % above the optimum. The solver still does
 * every optimisation; the gap reached is reported.
 *
 * <p>Each label row is divided by its mean absolute entry (an equivalent inequality) so that the solver's fixed pivot
 * tolerance sees entries of order 1 whatever the Jacobian's magnitude. A simplex returns a vertex: all but at most
 * (rows) pixels sit at ±z. Where the optimum is not unique the reference's interior point method may return a
 * different r with the same z.
 */
public final class LinearProgram {
    /** The relative duality gap at which a solution counts as optimal. */
    public static final double GAP = 1e-8;
    /** Solves per LP at most (the first and its warm-started repeats). */
    public static final int MAX_SOLVES = 8;

    /**
     * @param r the step, length d (all zeros when not optimal, as the reference's caller uses it)
     * @param z its L∞ norm (NaN when not optimal)
     * @param optimal whether the solver found a feasible optimum (an infeasible LP is not optimal)
     * @param gap (z − the best duality bound)/z: 0 when proven optimal, NaN when not optimal
     * @param solves the solver calls it took (0 when r = 0 is feasible)
     * @param variables, constraints the size handed to the solver (rows only; variable bounds are not rows)
     * @param seconds wall time to build, solve and check
     */
    public record Solution(double[] r, double z, boolean optimal, double gap, int solves, int variables,
                           int constraints, double seconds) {}

    private LinearProgram() {}

    /**
     * Solves min ‖r‖∞ s.t. A·r ≤ b, ‖r‖∞ ≤ 1 in the scaled form (rows: only A's).
     *
     * @param a rows×d, row-major; a row of zeros is kept (with b &lt; 0 it makes the LP infeasible, as it should)
     * @param b the rows' right-hand sides
     */
    public static Solution minimiseLinf(double[] a, double[] b, int d) {
        return minimiseLinf(a, b, d, null);
    }

    /**
     * As {@link #minimiseLinf(double[], double[], int)}, the first solve starting from the sign pattern of
     * {@code firstY} (Aᵀy on the rows scaled to unit mean) instead of the violated rows' deficits: tests use it to
     * force a poor start.
     */
    static Solution minimiseLinf(double[] a, double[] b, int d, double[] firstY) {
        long start = System.nanoTime();
        int rows = check(a, b, d);
        if (allNonNegative(b)) { // r = 0 is feasible, so z* = 0: the scaled form would be unbounded
            return new Solution(new double[d], 0, true, 0, 0, d + 1, rows, seconds(start));
        }
        double[] sa = new double[rows * d];
        double[] sb = new double[rows];
        double[] y = new double[rows];
        for (int j = 0; j < rows; j++) {
            double norm = 0;
            for (int k = 0; k < d; k++) {
                norm += Math.abs(a[j * d + k]);
            }
            double s = norm > 0 ? d / norm : 1;
            for (int k = 0; k < d; k++) {
                sa[j * d + k] = a[j * d + k] * s;
            }
            sb[j] = b[j] * s;
            y[j] = firstY != null ? firstY[j] : Math.max(0, -sb[j]); // by default violated rows, by their deficit
        }
        double[] best = null;
        double bestZ = Double.POSITIVE_INFINITY;
        double bound = 0;
        int solves = 0;
        while (solves < MAX_SOLVES) {
            double[] flip = signs(sa, y, rows, d);
            Optimisation.Result result = solveScaled(sa, sb, flip, rows, d);
            solves++;
            double w = result.getState().isOptimal() ? result.doubleValue(d) : Double.NaN;
            if (!(w >= 1) || Double.isInfinite(w)) {
                break;
            }
            if (1 / w < bestZ) {
                bestZ = 1 / w;
                best = new double[d];
                for (int k = 0; k < d; k++) {
                    best[k] = flip[k] * result.doubleValue(k) / w;
                }
            }
            Optional<Access1D<?>> multipliers = result.getMultipliers();
            if (multipliers.isEmpty()) {
                break;
            }
            multipliersAsDual(multipliers.get(), sb, y);
            bound = Math.max(bound, dualBound(sa, sb, y, rows, d));
            if (bestZ - bound <= GAP * bestZ) {
                break;
            }
        }
        if (best == null) {
            return new Solution(new double[d], Double.NaN, false, Double.NaN, solves, d + 1, rows, seconds(start));
        }
        return new Solution(best, bestZ, true, Math.max(0, (bestZ - bound) / bestZ), solves, d + 1, rows,
                seconds(start));
    }

    /** One solve of max w s.t. Ã·diag(flip)·u − b̃·w ≤ 0, u ∈ [−1, 1]^d, w ≥ 1 (t = flip ⊙ u). */
    private static Optimisation.Result solveScaled(double[] sa, double[] sb, double[] flip, int rows, int d) {
        LinearSolver.Builder lp = LinearSolver.newGeneralBuilder();
        double[] objective = new double[d + 1];
        objective[d] = -1; // the builder minimises: −w
        lp.objective(objective);
        double[] lower = new double[d + 1];
        double[] upper = new double[d + 1];
        Arrays.fill(lower, 0, d, -1);
        Arrays.fill(upper, 0, d, 1);
        lower[d] = 1;
        upper[d] = Double.POSITIVE_INFINITY;
        lp.lower(lower).upper(upper);
        for (int j = 0; j < rows; j++) {
            double[] row = new double[d + 1];
            for (int k = 0; k < d; k++) {
                row[k] = sa[j * d + k] * flip[k];
            }
            row[d] = -sb[j];
            lp.inequality(0, row);
        }
        return lp.solve();
    }

    /**
     * The solver's row multipliers as a y ≥ 0 of the bound: oriented so that −bᵀy ≥ 0 (the sign convention is the
     * solver's), negative parts dropped. At a true optimum they all share one sign; at a vertex the solver merely
     * reports optimal they do not, and their positive part is still a valid y (any y ≥ 0 is) that points to the
     * optimal sign pattern better than their absolute values.
     */
    private static void multipliersAsDual(Access1D<?> multipliers, double[] b, double[] y) {
        double orientation = 0;
        for (int j = 0; j < y.length; j++) {
            orientation -= multipliers.doubleValue(j) * b[j];
        }
        double sign = orientation < 0 ? -1 : 1;
        for (int j = 0; j < y.length; j++) {
            y[j] = Math.max(0, sign * multipliers.doubleValue(j));
        }
    }

    /** flip_k = sign((Aᵀy)_k) (+1 at 0): with u_k starting at −1, t_k starts at −sign((Aᵀy)_k). */
    private static double[] signs(double[] a, double[] y, int rows, int d) {
        double[] g = new double[d];
        for (int k = 0; k < d; k++) {
            double s = 0;
            for (int j = 0; j < rows; j++) {
                s += y[j] * a[j * d + k];
            }
            g[k] = s < 0 ? -1 : 1;
        }
        return g;
    }

    /** Weak duality: −bᵀy / ‖Aᵀy‖₁ ≤ z* for y ≥ 0 (0 when it says nothing). */
    static double dualBound(double[] a, double[] b, double[] y, int rows, int d) {
        double num = 0;
        for (int j = 0; j < rows; j++) {
            num -= b[j] * y[j];
        }
        double den = 0;
        for (int k = 0; k < d; k++) {
            double s = 0;
            for (int j = 0; j < rows; j++) {
                s += y[j] * a[j * d + k];
            }
            den += Math.abs(s);
        }
        return num > 0 && den > 0 ? num / den : 0;
    }

    /**
     * The same LP in the reference's encoding (d + 1 variables, rows + 2d constraint rows, box as bounds), one cold
     * solve, unchecked: for tests and measurements only; ~100× slower at d = 3136.
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
        Arrays.fill(lower, 0, d, -1);
        Arrays.fill(upper, 0, d, 1);
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
        int constraints = rows + 2 * d;
        if (!result.getState().isOptimal()) {
            return new Solution(new double[d], Double.NaN, false, Double.NaN, 1, d + 1, constraints, seconds(start));
        }
        double[] r = new double[d];
        for (int k = 0; k < d; k++) {
            r[k] = result.doubleValue(k);
        }
        return new Solution(r, result.doubleValue(d), true, Double.NaN, 1, d + 1, constraints, seconds(start));
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

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
