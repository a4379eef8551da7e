package dev.atk.stdlib.attack;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.model.Classifier;
import dev.atk.stdlib.model.ModelConfig;
import java.util.Arrays;
import java.util.List;

/**
 * kFool, TkML-AP's untargeted baseline ({@code baseline_attacks.kfool}, ALGORITHMS.md §9.5): a DeepFool-style
 * linearisation on the logits, with no budget.
 *
 * <p>The perturbation r_tot accumulates in pre-tanh space and the model sees tanh(r_tot + timg)·boxmul + boxplus
 * ({@link TopKBox}). max_label is the ground-truth label with the largest logit at the start, never updated. Each
 * iteration, over the top-(k+1) labels of the current logits except max_label and any label whose gradient equals
 * max_label's exactly: w += (∇f_i − ∇f_max)/‖∇f_i − ∇f_max‖ and f += (f_i − f_max)/‖∇f_i − ∇f_max‖; then
 * r_tot += |f|·w/‖w‖. It stops when no ground-truth label is in the top-k, or after maxIter iterations. No overshoot.
 * The gradients are taken with respect to the PIXELS (as the reference does) although the step is added in pre-tanh
 * space; both modes keep that, it is the baseline's definition.
 *
 * <p>Each iteration evaluates the logits (which decide success and pick the labels), then takes the k + 2 gradients
 * it needs from one batched backward over the images still running ({@link Jacobian#ofLogits(Classifier, NDArray,
 * int[][])}); the d-dimensional work stays on the engine, only norms and logits cross to the host.
 *
 * <p>Faithful mode keeps the reference's outcome for an image whose top-k holds no GT label before any step: the
 * loop never runs and the image counts as a failure. Fixed mode counts it as a success in 0 iterations, as TkML-AP-U
 * does. An image with no qualifying label (w = 0, where the reference divides by zero) stops as a failure.
 */
public final class KFool {
    /** @param k the top-k; @param maxIter iterations (the reference's maxiter, 1000); @param faithful §12.20's timg */
    public record Options(int k, int maxIter, boolean faithful) {
        public Options {
            if (k < 1 || maxIter < 1) {
                throw new IllegalArgumentException("kFool needs k >= 1 and max_iter >= 1");
            }
        }

        public static Options reference(int k) {
            return new Options(k, 1000, true);
        }
    }

    private final Classifier model;
    private final Options options;
    private final TopKBox box;

    public KFool(Classifier model, Options options) {
        this.model = model;
        this.options = options;
        this.box = new TopKBox(model.config().input());
    }

    public long maxSteps() {
        return options.maxIter();
    }

    /** Attacks a batch; {@code groundTruth} holds B rows of 0/1 per label. */
    public List<TopKOutcome> run(NDManager parent, NDArray images, int[] items, int[][] groundTruth,
                                 boolean keepImages, RunControl control) {
        long start = System.nanoTime();
        int batch = items.length;
        TopKOutcomes.checkBatch(images, items, groundTruth);
        try (NDManager m = parent.newSubManager()) {
            NDArray x = images.duplicate();
            x.attach(m);
            double[][] clean = TopKOutcomes.logitRows(model, x);
            TopKOutcomes.Run run = attack(m, box.start(x, options.faithful()), groundTruth, control);
            ModelConfig.Input in = model.config().input();
            double[] pert = TopKOutcomes.pert(run.modifierNorms(), in.height(), in.width());
            return TopKOutcomes.build(x, run, clean, items, groundTruth, options.k(), Double.NaN, null, pert,
                    model.config().threshold(), keepImages, (System.nanoTime() - start) / 1e9 / batch);
        }
    }

    /** kFool from pre-tanh points {@code timg} (allocations in {@code m}); also kUAP's inner call. */
    TopKOutcomes.Run attack(NDManager m, NDArray timg, int[][] gt, RunControl control) {
        int batch = (int) timg.getShape().get(0);
        int labels = model.config().numLabels();
        int k = options.k();
        if (k >= labels) {
            throw new IllegalArgumentException("k = " + k + " must be below the label count " + labels);
        }
        long[] one = new long[timg.getShape().dimension()];
        Arrays.fill(one, 1);
        one[0] = batch;
        Shape perImage = new Shape(one);
        NDArray rTot = m.zeros(timg.getShape(), timg.getDataType());
        NDArray current = box.image(timg);
        NDArray out = current.duplicate();
        int[] maxLabel = new int[batch];
        boolean[] active = new boolean[batch];
        Arrays.fill(active, true);
        boolean[] success = new boolean[batch];
        int[] iterations = new int[batch];
        int[] queries = new int[batch];
        double[][] outLogits = new double[batch][];
        for (int it = 0; any(active); it++) {
            control.checkCancelled();
            NDArray[] old = {rTot, current, out};
            int working = 0;
            try (NDManager sub = m.newSubManager()) {
                for (NDArray a : old) {
                    a.tempAttach(sub);
                }
                timg.tempAttach(sub);
                double[][] f = TopKOutcomes.rows(model.logits(current).toType(DataType.FLOAT64, false)
                        .toDoubleArray(), batch);
                boolean[] take = new boolean[batch];
                for (int b = 0; b < batch; b++) {
                    if (!active[b]) {
                        continue;
                    }
                    working++;
                    queries[b]++;
                    if (it == 0) {
                        maxLabel[b] = maxGroundTruth(f[b], gt[b]);
                    }
                    boolean fooled = TopKMetrics.noGroundTruthInTopK(f[b], gt[b], k);
                    if (fooled || it == options.maxIter()) {
                        // at it = 0 the reference's loop never runs: faithful counts that as a failure
                        success[b] = fooled && (it > 0 || !options.faithful());
                        finish(b, it, f[b], active, take, iterations, outLogits);
                    }
                }
                boolean[] stalled = new boolean[batch];
                NDArray step = any(active) ? step(current, f, maxLabel, active, stalled, sub) : null;
                for (int b = 0; b < batch; b++) {
                    if (stalled[b]) { // w = 0 or f = 0: the reference would stand still until maxIter
                        finish(b, it, f[b], active, take, iterations, outLogits);
                    }
                }
                NDArray nextOut = NDArrays.where(sub.create(take).reshape(perImage).broadcast(out.getShape()),
                        current, out);
                NDArray nextR = rTot;
                NDArray nextCurrent = current;
                if (step != null && any(active)) {
                    nextR = rTot.add(step.reshape(timg.getShape()).toType(rTot.getDataType(), false));
                    nextCurrent = box.image(nextR.add(timg));
                }
                nextOut.attach(m);
                if (nextR != rTot) { // new arrays only: the old ones return to m when sub closes
                    nextR.attach(m);
                    nextCurrent.attach(m);
                }
                rTot = nextR;
                current = nextCurrent;
                out = nextOut;
            }
            for (NDArray a : old) {
                if (a != rTot && a != current && a != out) {
                    a.close();
                }
            }
            control.advance(working);
        }
        rTot.close();
        current.close();
        NDArray modifierOut = box.preTanh(out).sub(timg);
        return new TopKOutcomes.Run(out, modifierOut, outLogits, success, iterations, queries);
    }

    private static void finish(int b, int it, double[] f, boolean[] active, boolean[] take, int[] iterations,
                               double[][] outLogits) {
        active[b] = false;
        take[b] = true;
        iterations[b] = it;
        outLogits[b] = f;
    }

    /**
     * The step r_b = |f|·w/‖w‖ for the active images (B×d, zero rows elsewhere); {@code stalled[b]} is set where it is
     * zero. Only the active images are differentiated, and only at their k + 2 labels (the top-(k+1), then
     * max_label): D_r = ∇f_r − ∇f_max per top label, of which only the norms ‖D_r‖ cross to the host; w = Σ_r a_r·D_r
     * with a_r = 1/‖D_r‖ for the qualifying labels is one batched product on the engine. The active images are gathered
     * and the steps scattered back with a one-hot matrix product, which copies values exactly.
     */
    private NDArray step(NDArray current, double[][] f, int[] maxLabel, boolean[] active, boolean[] stalled,
                         NDManager sub) {
        int batch = f.length;
        int k = options.k();
        int[] act = java.util.stream.IntStream.range(0, batch).filter(b -> active[b]).toArray();
        int a = act.length;
        long d = current.getShape().size() / batch;
        float[] p = new float[batch * a];
        int[][] chosen = new int[a][];
        for (int c = 0; c < a; c++) {
            p[act[c] * a + c] = 1;
            chosen[c] = Arrays.copyOf(TopKMetrics.topK(f[act[c]], k + 1), k + 2);
            chosen[c][k + 1] = maxLabel[act[c]];
        }
        NDArray pick = sub.create(p, new Shape(batch, a)).toType(current.getDataType(), false);
        NDArray subset = pick.transpose().matMul(current.reshape(batch, d))
                .reshape(new Shape(a).addAll(current.getShape().slice(1)));
        NDArray jac = Jacobian.ofLogits(model, subset, chosen).matrix(); // A×(k+2)×d
        NDArray diff = jac.get(":, 0:" + (k + 1) + ", :").sub(jac.get(":, " + (k + 1) + ":, :")); // A×(k+1)×d
        double[] sq = diff.square().sum(new int[] {2}).toType(DataType.FLOAT64, false).toDoubleArray();
        // the reference's exact-equality test, kept apart from the norm so a float32 square cannot underflow into it
        double[] differs = diff.abs().max(new int[] {2}).toType(DataType.FLOAT64, false).toDoubleArray();
        double[] coef = new double[a * (k + 1)];
        double[] fsum = new double[a];
        for (int c = 0; c < a; c++) {
            double[] fb = f[act[c]];
            int max = chosen[c][k + 1];
            for (int r = 0; r <= k; r++) {
                int i = c * (k + 1) + r;
                if (chosen[c][r] != max && differs[i] > 0 && sq[i] > 0) {
                    double inv = 1 / Math.sqrt(sq[i]);
                    coef[i] = inv;
                    fsum[c] += (fb[chosen[c][r]] - fb[max]) * inv;
                }
            }
        }
        NDArray w = sub.create(coef, new Shape(a, 1, k + 1)).toType(diff.getDataType(), false).batchMatMul(diff);
        double[] norm = TopKBox.norms(w);
        double[] scale = new double[a];
        for (int c = 0; c < a; c++) {
            // the reference differentiates with respect to its [−1, 1] box coordinates u = (x − boxplus)/boxmul:
            // ∇_u = boxmul·∇_x, which leaves w's direction alone and divides |f| by boxmul
            scale[c] = norm[c] > 0 ? Math.abs(fsum[c]) / box.mul / norm[c] : 0;
            stalled[act[c]] = scale[c] == 0;
        }
        NDArray steps = w.reshape(a, d).mul(sub.create(scale, new Shape(a, 1)).toType(w.getDataType(), false));
        return pick.matMul(steps);
    }

    /** The GT label with the largest logit, by the reference's mask tlab·f − (1 − tlab)·10000 (ties: lower index). */
    private static int maxGroundTruth(double[] f, int[] gt) {
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < f.length; j++) {
            double v = gt[j] == 1 ? f[j] : -TopKLosses.MASK;
            if (v > bestValue) {
                bestValue = v;
                best = j;
            }
        }
        return best;
    }

    private static boolean any(boolean[] a) {
        for (boolean v : a) {
            if (v) {
                return true;
            }
        }
        return false;
    }
}
