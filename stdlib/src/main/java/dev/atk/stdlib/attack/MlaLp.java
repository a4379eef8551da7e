package dev.atk.stdlib.attack;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.model.Classifier;
import java.util.Arrays;
import java.util.List;

/**
 * MLA-LP (Zhou et al.'s multi-label attack by linear programming, as van Thiel runs it; ALGORITHMS.md §8.4): a
 * minimal-perturbation attack with no budget. Each iteration linearises every label's BCE loss toward its target at
 * the current image and takes the L∞-smallest step that brings each linearised loss down to the loss of that label's
 * threshold, a linear program per image ({@link LinearProgram}). Unlike ML-DeepFool's least-L2 Newton step, the LP
 * spreads the change over all pixels at ±z, which is what an L∞ measure rewards.
 *
 * <p>Per iteration (at most {@code maxIter}, 10):
 * <ol>
 *   <li>Images whose best prediction (σ ≥ threshold) already equals the target are frozen.</li>
 *   <li>The Jacobian of the per-label loss BCE(clamp(σ, 1e−6, 1 − 1e−6), t) at x_adv: the confidences' Jacobian
 *       ({@link Jacobian}, one batched backward) scaled per label by ∂BCE/∂f = (f − t)/(f(1 − f)), on the engine.
 *       Where the clamp is active the factor is 0, as torch's clamp passes no gradient there.</li>
 *   <li>Per image an LP over the labels whose Jacobian row is not zero: min z s.t. J_j·r ≤ BCE(th_j) − BCE(f_j),
 *       |r_k| ≤ z, r ∈ [−1, 1]^d. Not optimal (e.g. infeasible): r = 0.</li>
 *   <li>x_adv ← clip(x_adv + r). An image is dropped as failed when r ≡ 0, or from iteration {@link #STALL_FROM} on
 *       when its attacked output did not change; else its thresholds adapt ({@link LpThresholds}).</li>
 *   <li>The best image so far is kept: more labels equal to the target, or as many with a smaller RMS(x_adv − x).
 *       Van Thiel removed the original's reset to the clean image when a step made things worse; so do we.</li>
 * </ol>
 *
 * <p>Host and engine: the d-dimensional Jacobian work stays on the engine; each active image's C×d loss Jacobian is
 * copied to the host once per iteration because the LP solver runs there, and the step r comes back. Only C-vectors
 * (confidences) and per-image scalars otherwise cross.
 *
 * <p>{@code faithful} concerns the threshold adaptation only (the reference's flattened-mask indexing, see
 * {@link LpThresholds}). The reference's MOSEK interior point is replaced by ojAlgo's simplex, each optimum checked
 * by a duality bound ({@link LinearProgram}): the same z*, a vertex solution r. Labels that are attacked are those
 * whose target differs from the clean prediction (strict {@code >} threshold, as the max-flip target); the attack's
 * own prediction uses σ ≥ threshold, as the reference.
 *
 * <p>Progress: {@code control.advance(B)} after each iteration (B image-iterations, as the other kernels count), and
 * cancellation is checked once per iteration and before each image's LP (an LP can take a second at d = 3136).
 *
 * <p>Not thread-safe: {@link #lastStats()} describes the most recent run.
 */
public final class MlaLp {
    public static final int MAX_ITER = 10;
    /** From this (0-based) iteration on, an image whose attacked output did not move is dropped: `iteration >= 5`. */
    public static final int STALL_FROM = 5;

    /**
     * What the solver did in one run.
     *
     * @param iterations outer iterations run; @param lps linear programs solved (one per active image and iteration)
     * @param solves solver calls for them (an LP takes more than one when its first vertex is not proven optimal)
     * @param solveSeconds their total build, solve and check time
     * @param variables, constraints the largest LP handed to the solver (constraint rows; bounds are not rows)
     * @param maxGap the largest relative duality gap left by an optimal solve (≤ {@link LinearProgram#GAP} when all
     *     were proven optimal)
     */
    public record Stats(int iterations, int lps, int solves, double solveSeconds, int variables, int constraints,
                        double maxGap) {
        /** Constraint rows of the same LP in the reference's encoding: the label rows plus 2d. */
        public int referenceConstraints() {
            return variables == 0 ? 0 : constraints + 2 * (variables - 1);
        }
    }

    private final Classifier model;
    private final double threshold;
    private final double clipMin;
    private final double clipMax;
    private final int maxIter;
    private final boolean faithful;
    private Stats stats = new Stats(0, 0, 0, 0, 0, 0, 0);

    public MlaLp(Classifier model, double threshold, double clipMin, double clipMax, int maxIter, boolean faithful) {
        if (maxIter < 1) {
            throw new IllegalArgumentException("max_iter must be >= 1, got " + maxIter);
        }
        if (!(threshold > 0 && threshold < 1) || !(clipMin < clipMax)) {
            throw new IllegalArgumentException("MLA-LP needs 0 < threshold < 1 and clip_min < clip_max");
        }
        this.model = model;
        this.threshold = threshold;
        this.clipMin = clipMin;
        this.clipMax = clipMax;
        this.maxIter = maxIter;
        this.faithful = faithful;
    }

    public Stats lastStats() {
        return stats;
    }

    /**
     * Attacks a batch and measures the best images.
     *
     * @param targets B×C, targets[b][j] ∈ {0, 1} the prediction wanted for label j of image b, or NaN for a label
     *     the objective leaves free (no LP row, not counted); null: max-flip (every label to the other side of its
     *     clean prediction)
     */
    public List<AttackOutcome> run(NDManager parent, NDArray images, int[] items, float[][] targets,
                                   boolean keepImages, RunControl control) {
        long start = System.nanoTime();
        int batch = (int) images.getShape().get(0);
        int labels = model.config().numLabels();
        int d = (int) (images.getShape().size() / batch);
        int lps = 0;
        int solves = 0;
        double maxGap = 0;
        double solveSeconds = 0;
        int variables = 0;
        int constraints = 0;
        int iter = 0;
        try (NDManager manager = parent.newSubManager()) {
            NDArray x = images.duplicate();
            x.attach(manager);
            double[][] clean = confidences(x);
            float[][] target = targets == null ? maxFlip(clean) : checked(targets, batch, labels);
            boolean[][] attacked = new boolean[batch][labels];
            float[] flatTarget = new float[batch * labels];
            int[] wanted = new int[batch]; // the labels an image must match: those the objective cares about
            for (int b = 0; b < batch; b++) {
                for (int j = 0; j < labels; j++) {
                    boolean free = Float.isNaN(target[b][j]);
                    attacked[b][j] = !free && target[b][j] != (clean[b][j] > threshold ? 1f : 0f);
                    flatTarget[b * labels + j] = free ? 0f : target[b][j]; // a free label's row is never used
                    wanted[b] += free ? 0 : 1;
                }
            }
            NDArray t = manager.create(flatTarget, new Shape(batch, labels));
            NDArray adv = x.duplicate();
            adv.attach(manager);
            NDArray best = x.duplicate();
            best.attach(manager);
            int[] bestCount = matches(clean, target);
            double[] bestRms = new double[batch];
            double[][] th = new double[batch][labels];
            for (double[] row : th) {
                Arrays.fill(row, threshold);
            }
            double[][] previous = clean;
            boolean[] dropped = new boolean[batch];
            int[] iterations = new int[batch];
            for (; iter < maxIter; iter++) {
                control.checkCancelled();
                boolean any = false;
                for (int b = 0; b < batch; b++) {
                    dropped[b] |= bestCount[b] == wanted[b]; // frozen: the best already matches the target
                    any |= !dropped[b];
                }
                if (!any) {
                    break;
                }
                NDArray oldAdv = adv;
                NDArray oldBest = best;
                try (NDManager it = manager.newSubManager()) {
                    x.tempAttach(it);
                    adv.tempAttach(it);
                    best.tempAttach(it);
                    t.tempAttach(it);
                    Jacobian jc = Jacobian.ofConfidences(model, adv);
                    NDArray f = jc.confidences();
                    NDArray jac = jc.matrix().mul(lossFactor(f, t.toType(f.getDataType(), false)).expandDims(2));
                    double[] before = f.toType(DataType.FLOAT64, false).toDoubleArray();
                    double[] r = new double[batch * d];
                    boolean[] moved = new boolean[batch];
                    for (int b = 0; b < batch; b++) {
                        if (dropped[b]) {
                            continue;
                        }
                        control.checkCancelled();
                        iterations[b]++;
                        double[] a = jac.get(b).toType(DataType.FLOAT64, false).toDoubleArray();
                        LinearProgram.Solution s = solve(a, Arrays.copyOfRange(before, b * labels, (b + 1) * labels),
                                target[b], th[b], d);
                        lps++;
                        solves += s.solves();
                        maxGap = s.optimal() ? Math.max(maxGap, s.gap()) : maxGap;
                        solveSeconds += s.seconds();
                        variables = Math.max(variables, s.variables());
                        constraints = Math.max(constraints, s.constraints());
                        System.arraycopy(s.r(), 0, r, b * d, d);
                        for (double v : s.r()) {
                            moved[b] |= v != 0;
                        }
                    }
                    NDArray step = it.create(r, new Shape(batch, d)).reshape(x.getShape()).toType(x.getDataType(),
                            false);
                    NDArray next = adv.add(step).clip(clipMin, clipMax);
                    double[][] now = confidences(next);
                    boolean[] judged = new boolean[batch];
                    for (int b = 0; b < batch; b++) {
                        if (dropped[b]) {
                            continue;
                        }
                        double[] pre = Arrays.copyOfRange(before, b * labels, (b + 1) * labels);
                        if (!moved[b] || (iter >= STALL_FROM && LpThresholds.unchanged(pre, now[b], attacked[b],
                                faithful))) {
                            dropped[b] = true; // failed: its step is taken but never judged, as the reference
                            continue;
                        }
                        LpThresholds.adapt(th[b], previous[b], now[b], target[b], attacked[b], faithful);
                        judged[b] = true;
                    }
                    previous = now;
                    int[] count = matches(now, target);
                    double[] rms = next.sub(x).toType(DataType.FLOAT64, false).reshape(batch, -1).square()
                            .mean(new int[] {1}).sqrt().toDoubleArray();
                    boolean[] better = ImageBatch.improved(judged, count, rms, bestCount, bestRms);
                    NDArray nextBest = ImageBatch.pick(it, better, next, best);
                    next.attach(manager);
                    nextBest.attach(manager);
                    adv = next;
                    best = nextBest;
                }
                oldAdv.close(); // after the iteration's manager has given them back (memory stays flat)
                if (oldBest != best) {
                    oldBest.close();
                }
                control.advance(batch);
            }
            stats = new Stats(iter, lps, solves, solveSeconds, variables, constraints, maxGap);
            // per iteration the Jacobian's C rows and the stepped image's forward pass
            return MinimalOutcomes.withQueries(MinimalOutcomes.of(x, best, toFloat(clean), toFloat(confidences(best)),
                    items, iterations, threshold, keepImages, (System.nanoTime() - start) / 1e9 / batch), iterations,
                    labels + 1);
        }
    }

    /**
     * ∂BCE(clamp(f), t)/∂f per label, B×C: (f − t)/(f(1 − f)) on the clamped f, and 0 where the clamp is active.
     * Computing it on the clamped f keeps it finite where f(1 − f) underflows; the mask then zeroes it there.
     */
    private static NDArray lossFactor(NDArray f, NDArray t) {
        double lo = LpThresholds.CLAMP;
        NDArray c = f.clip(lo, 1 - lo);
        NDArray live = f.gte(lo).logicalAnd(f.lte(1 - lo)).toType(f.getDataType(), false);
        return c.sub(t).div(c.mul(c.neg().add(1))).mul(live);
    }

    /** One image's LP over its labels with a non-zero loss-Jacobian row (a zero row is dropped, as the reference). */
    private LinearProgram.Solution solve(double[] jac, double[] f, float[] target, double[] th, int d) {
        int labels = f.length;
        double[] a = new double[labels * d];
        double[] b = new double[labels];
        int rows = 0;
        for (int j = 0; j < labels; j++) {
            boolean zero = true;
            for (int k = 0; k < d && zero; k++) {
                zero = jac[j * d + k] == 0;
            }
            if (!zero && !Float.isNaN(target[j])) {
                System.arraycopy(jac, j * d, a, rows * d, d);
                b[rows++] = LpThresholds.targetLoss(th[j], target[j], faithful) - LpThresholds.bce(f[j], target[j]);
            }
        }
        return LinearProgram.minimiseLinf(Arrays.copyOf(a, rows * d), Arrays.copyOf(b, rows), d);
    }

    private double[][] confidences(NDArray x) {
        int batch = (int) x.getShape().get(0);
        int labels = model.config().numLabels();
        double[] flat = Activation.sigmoid(model.logits(x)).toType(DataType.FLOAT64, false).toDoubleArray();
        double[][] out = new double[batch][];
        for (int b = 0; b < batch; b++) {
            out[b] = Arrays.copyOfRange(flat, b * labels, (b + 1) * labels);
        }
        return out;
    }

    /** Every label to the other side of its clean prediction (strict {@code >} threshold). */
    private float[][] maxFlip(double[][] clean) {
        float[][] out = new float[clean.length][];
        for (int b = 0; b < clean.length; b++) {
            out[b] = new float[clean[b].length];
            for (int j = 0; j < clean[b].length; j++) {
                out[b][j] = clean[b][j] > threshold ? 0f : 1f;
            }
        }
        return out;
    }

    private static float[][] checked(float[][] targets, int batch, int labels) {
        if (targets.length != batch) {
            throw new IllegalArgumentException("targets has " + targets.length + " rows for " + batch + " images");
        }
        for (float[] row : targets) {
            if (row.length != labels) {
                throw new IllegalArgumentException("a target row has " + row.length + " labels, the model " + labels);
            }
            for (float v : row) {
                if (v != 0f && v != 1f && !Float.isNaN(v)) {
                    throw new IllegalArgumentException("targets must be 0, 1 or NaN (free), got " + v);
                }
            }
        }
        return targets;
    }

    /** Cared labels whose prediction (σ ≥ threshold, the reference's test) equals the target (NaN never does). */
    private int[] matches(double[][] conf, float[][] target) {
        int[] out = new int[conf.length];
        for (int b = 0; b < conf.length; b++) {
            for (int j = 0; j < conf[b].length; j++) {
                if ((conf[b][j] >= threshold ? 1f : 0f) == target[b][j]) {
                    out[b]++;
                }
            }
        }
        return out;
    }

    private static float[][] toFloat(double[][] v) {
        float[][] out = new float[v.length][];
        for (int b = 0; b < v.length; b++) {
            out[b] = new float[v[b].length];
            for (int j = 0; j < v[b].length; j++) {
                out[b][j] = (float) v[b][j];
            }
        }
        return out;
    }
}
