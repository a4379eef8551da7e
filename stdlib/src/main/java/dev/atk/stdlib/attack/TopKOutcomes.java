package dev.atk.stdlib.attack;

import ai.djl.ndarray.NDArray;
import dev.atk.spi.AttackOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * What a top-k attack's loop hands back ({@link Run}) and how it becomes one {@link TopKOutcome} per image. Built once
 * after the attack, never inside an iteration.
 */
final class TopKOutcomes {
    private TopKOutcomes() {}

    /**
     * A batch's raw result.
     *
     * @param images B×… the returned adversarial pixels (what the model saw when they were evaluated)
     * @param modifier B×… modifier_out = preTanh(images) − timg, the perturbation in pre-tanh space
     * @param logits the logits of each returned image, as evaluated in the loop that judged it
     * @param success per image; @param iterations the converge iteration per image; @param queries per image
     */
    record Run(NDArray images, NDArray modifier, double[][] logits, boolean[] success, int[] iterations,
               int[] queries) {

        /** ‖modifier_b‖₂ per image. */
        double[] modifierNorms() {
            return TopKBox.norms(modifier);
        }
    }

    /** The batch's images, item ids and ground-truth rows must agree on the batch size. */
    static void checkBatch(NDArray images, int[] items, int[][] groundTruth) {
        if (images.getShape().get(0) != items.length || groundTruth.length != items.length) {
            throw new IllegalArgumentException("images, items and ground truths disagree on the batch size");
        }
    }

    /** model(x) as host rows, float64 (B·C numbers: per-label vectors, once per run). */
    static double[][] logitRows(dev.atk.stdlib.model.Classifier model, NDArray x) {
        return rows(model.logits(x).toType(ai.djl.ndarray.types.DataType.FLOAT64, false).toDoubleArray(),
                (int) x.getShape().get(0));
    }

    /**
     * @param x B×… the real clean images (pixel norms are measured against them)
     * @param cleanLogits model(x) per image
     * @param budget the L2 radius (NaN for attacks without one)
     * @param targets per image, or null for untargeted attacks
     * @param pert per image (the caller knows which norm the reference divides: the modifier or the universal δ)
     */
    static List<TopKOutcome> build(NDArray x, Run run, double[][] cleanLogits, int[] items, int[][] gt, int k,
                                   double budget, int[][] targets, double[] pert, double threshold,
                                   boolean keepImages, double seconds) {
        int batch = items.length;
        float[][] clean = sigmoid(cleanLogits);
        float[][] adv = sigmoid(run.logits());
        List<AttackOutcome> generic = MinimalOutcomes.of(x, run.images(), clean, adv, items, run.iterations(),
                threshold, keepImages, seconds);
        List<TopKOutcome> out = new ArrayList<>(batch);
        for (int b = 0; b < batch; b++) {
            AttackOutcome g = generic.get(b);
            AttackOutcome o = new AttackOutcome(g.item(), budget, g.flips(), g.iterations(), g.linf(), g.l2(),
                    g.rmsd(), g.clean(), g.adversarial(), g.seconds(), g.image());
            boolean[] fr = run.success()[b] ? TopKMetrics.foolingAtK(run.logits()[b], gt[b])
                    : new boolean[TopKMetrics.FR_KS.length];
            out.add(new TopKOutcome(o, run.success()[b], fr, pert[b], run.queries()[b],
                    targets == null ? null : targets[b].clone(), TopKMetrics.topK(run.logits()[b], k)));
        }
        return out;
    }

    /** Pert per image from the norms of a B×… pre-tanh perturbation over H·W pixels. */
    static double[] pert(double[] norms, int height, int width) {
        double[] out = new double[norms.length];
        for (int b = 0; b < norms.length; b++) {
            out[b] = TopKMetrics.pert(norms[b], height, width);
        }
        return out;
    }

    private static float[][] sigmoid(double[][] logits) {
        float[][] out = new float[logits.length][];
        for (int b = 0; b < logits.length; b++) {
            out[b] = new float[logits[b].length];
            for (int j = 0; j < logits[b].length; j++) {
                out[b][j] = (float) (1 / (1 + Math.exp(-logits[b][j])));
            }
        }
        return out;
    }

    /** B rows of C values from a flat host copy. */
    static double[][] rows(double[] flat, int batch) {
        int c = flat.length / batch;
        double[][] out = new double[batch][c];
        for (int b = 0; b < batch; b++) {
            System.arraycopy(flat, b * c, out[b], 0, c);
        }
        return out;
    }
}
