package dev.atk.stdlib.attack;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.model.Classifier;
import java.util.ArrayList;
import java.util.List;

/**
 * ML-DeepFool (Song et al., Algorithm 1; ALGORITHMS.md §8.3): a minimal-perturbation attack with no budget. Each
 * iteration linearises the confidences at the current point and takes the least-norm step that moves every label
 * to the threshold on its target's side: Δr = P (PᵀP)⁻¹ q with P = Jᵀ·diag(−y_t) and q = y_t ⊙ (f − 0.5), over the
 * labels whose Jacobian row is not zero. The perturbation accumulates (r_tot), the image is x + r_tot clipped to the
 * pixel range, and the best image so far is kept: more labels on their target's side, or as many with a smaller norm.
 * No overshoot; at most {@code maxIter} (20) iterations, stopping when every label matches.
 *
 * <p>The d-dimensional work stays on the engine: the Jacobian ({@link Jacobian}, one batched backward), the Gram
 * matrix J·Jᵀ and the step Jᵀ·a. Only the C×C Gram matrix and C-vectors cross to the host, where {@link SmallSolve}
 * solves the label-space system per image. A singular system skips that image for the iteration, as the reference's
 * failed inverse does.
 *
 * <p>{@code faithful}: among equally good images the reference keeps the one whose IMAGE has the smaller L2 norm (a
 * quirk shared with Song's Algorithm 1); fixed mode compares the perturbations' norms.
 */
public final class MlDeepFool {
    public static final int MAX_ITER = 20;

    private final Classifier model;
    private final double threshold;
    private final double clipMin;
    private final double clipMax;
    private final int maxIter;
    private final boolean faithful;

    public MlDeepFool(Classifier model, double threshold, double clipMin, double clipMax, int maxIter,
                      boolean faithful) {
        if (maxIter < 1) {
            throw new IllegalArgumentException("max_iter must be >= 1, got " + maxIter);
        }
        this.model = model;
        this.threshold = threshold;
        this.clipMin = clipMin;
        this.clipMax = clipMax;
        this.maxIter = maxIter;
        this.faithful = faithful;
    }

    /** Attacks a batch toward the max-flip target (every label to the other side) and measures the best images. */
    public List<AttackOutcome> run(NDManager parent, NDArray images, int[] items, boolean keepImages,
                                   RunControl control) {
        return run(parent, images, items, null, keepImages, control);
    }

    /**
     * Attacks a batch toward explicit targets and measures the best images.
     *
     * @param signs per image and label the target y_t: +1 (positive), −1 (negative) or 0 (free: left out of the
     *     linear system and of the score); null: max-flip, the opposite of each clean prediction
     */
    public List<AttackOutcome> run(NDManager parent, NDArray images, int[] items, float[][] signs, boolean keepImages,
                                   RunControl control) {
        long start = System.nanoTime();
        int batch = (int) images.getShape().get(0);
        int labels = model.config().numLabels();
        try (NDManager manager = parent.newSubManager()) {
            NDArray x = images.duplicate();
            x.attach(manager);
            Shape perImage = ImageBatch.perImage(x.getShape());
            float[][] clean = confidences(x);
            float[][] target = signs != null ? signs : new float[batch][labels];
            int[] wanted = new int[batch]; // labels each image must match: the cared ones
            for (int b = 0; b < batch; b++) {
                for (int i = 0; i < labels; i++) {
                    if (signs == null) {
                        target[b][i] = clean[b][i] > threshold ? -1f : 1f;
                    }
                    wanted[b] += target[b][i] != 0 ? 1 : 0;
                }
            }
            NDArray rTot = manager.zeros(x.getShape(), x.getDataType());
            NDArray best = x.duplicate();
            best.attach(manager);
            int[] bestCount = matches(clean, target);
            double[] bestNorm = norms(best, x, perImage);
            int[] iterations = new int[batch];
            for (int iter = 0; iter < maxIter && !allMatch(bestCount, wanted); iter++) {
                control.checkCancelled();
                NDArray oldR = rTot;
                NDArray oldBest = best;
                try (NDManager it = manager.newSubManager()) {
                    x.tempAttach(it);
                    rTot.tempAttach(it);
                    best.tempAttach(it);
                    NDArray current = rTot.add(x).clip(clipMin, clipMax);
                    Jacobian j = Jacobian.ofConfidences(model, current); // its forward pass also gives f
                    NDArray jac = j.matrix().toType(DataType.FLOAT64, false);
                    float[] f = j.confidences().toType(DataType.FLOAT32, false).toFloatArray();
                    double[] gram = jac.batchMatMul(jac.transpose(0, 2, 1)).toDoubleArray();
                    double[] coef = new double[batch * labels];
                    for (int b = 0; b < batch; b++) {
                        if (bestCount[b] < wanted[b]) {
                            iterations[b]++;
                            step(gram, f, target[b], b, labels, coef);
                        }
                    }
                    NDArray a = it.create(coef, new Shape(batch, 1, labels));
                    NDArray delta = a.batchMatMul(jac).reshape(x.getShape()).toType(x.getDataType(), false);
                    NDArray nextR = rTot.add(delta);
                    NDArray next = nextR.add(x).clip(clipMin, clipMax);
                    int[] count = matches(confidences(next), target);
                    double[] norm = norms(next, x, perImage);
                    boolean[] better = ImageBatch.improved(null, count, norm, bestCount, bestNorm);
                    NDArray nextBest = ImageBatch.pick(it, better, next, best);
                    nextR.attach(manager);
                    nextBest.attach(manager);
                    rTot = nextR;
                    best = nextBest;
                }
                oldR.close(); // after the iteration's manager has given them back (memory stays flat)
                if (oldBest != best) {
                    oldBest.close();
                }
                control.advance(batch);
            }
            double seconds = (System.nanoTime() - start) / 1e9 / batch;
            // per iteration the Jacobian's C rows and the candidate's forward pass
            return MinimalOutcomes.withQueries(MinimalOutcomes.of(x, best, clean, confidences(best), items,
                    iterations, threshold, keepImages, seconds), iterations, labels + 1);
        }
    }

    /**
     * One image's step coefficients a (Δr = Jᵀ·a): over the labels whose Jacobian row is not zero, solve
     * (PᵀP)·s = q with (PᵀP)_ij = y_i·y_j·(J·Jᵀ)_ij and q_i = y_i·(f_i − 0.5), then a_i = −y_i·s_i.
     */
    private static void step(double[] gram, float[] f, float[] y, int b, int labels, double[] coef) {
        int base = b * labels * labels;
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < labels; i++) {
            // a free label (y = 0) is no constraint; a zero diagonal is a zero Jacobian row, a zero row of PᵀP
            if (y[i] != 0 && gram[base + i * labels + i] > 0) {
                kept.add(i);
            }
        }
        int n = kept.size();
        double[][] g = new double[n][n];
        double[] q = new double[n];
        for (int r = 0; r < n; r++) {
            int i = kept.get(r);
            q[r] = y[i] * (f[b * labels + i] - 0.5);
            for (int c = 0; c < n; c++) {
                int j = kept.get(c);
                g[r][c] = y[i] * y[j] * gram[base + i * labels + j];
            }
        }
        double[] s = n == 0 ? null : SmallSolve.solve(g, q);
        if (s == null) {
            return; // no invertible system: this image does not move this iteration
        }
        for (int r = 0; r < n; r++) {
            int i = kept.get(r);
            coef[b * labels + i] = -y[i] * s[r];
        }
    }

    private float[][] confidences(NDArray x) {
        float[] flat = Activation.sigmoid(model.logits(x)).toType(DataType.FLOAT32, false).toFloatArray();
        return MiFgsmState.toRows(flat, (int) x.getShape().get(0), model.config().numLabels());
    }

    /**
     * Cared labels on their target's side: σ ≥ 0.5 counts as +1 (the reference's sign(σ − 0.5) with 0 → +1); a free
     * label (target 0) never counts.
     */
    private static int[] matches(float[][] conf, float[][] target) {
        int[] out = new int[conf.length];
        for (int b = 0; b < conf.length; b++) {
            for (int i = 0; i < conf[b].length; i++) {
                if ((conf[b][i] >= 0.5f ? 1f : -1f) == target[b][i]) {
                    out[b]++;
                }
            }
        }
        return out;
    }

    private static boolean allMatch(int[] count, int[] wanted) {
        for (int b = 0; b < count.length; b++) {
            if (count[b] < wanted[b]) {
                return false;
            }
        }
        return true;
    }

    /** The norm the best-image rule compares: of the image (faithful, the reference's quirk) or of the perturbation. */
    private double[] norms(NDArray candidate, NDArray x, Shape perImage) {
        NDArray v = faithful ? candidate : candidate.sub(x);
        return v.toType(DataType.FLOAT64, false).reshape(perImage.get(0), -1).square().sum(new int[] {1}).sqrt()
                .toDoubleArray();
    }
}
