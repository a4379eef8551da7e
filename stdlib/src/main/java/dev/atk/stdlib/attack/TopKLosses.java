package dev.atk.stdlib.attack;

import ai.djl.ndarray.NDArray;

/**
 * The top-k attacks' losses on logits f (B×C), one value per image, differentiable (ALGORITHMS.md §9.2, §9.3, §9.5).
 *
 * <p>Every max/min here is per image (over axis 1). The reference takes them over the whole batch tensor (§12.23), which
 * is the same thing at its batch size of 1; per image keeps batched images independent. Masks use the reference's
 * ±10000 offsets (not ±∞) so an image with an empty label set still gets a finite loss.
 */
public final class TopKLosses {
    /** The reference's masking offset. */
    static final double MASK = 10000;

    private TopKLosses() {}

    /**
     * TkML-AP-U: with real = max over the ground-truth labels of f and t_j = real − f_j, λ is the (C−k)-th largest t_j
     * (= real − the (k+1)-th largest logit) and the loss is λ + (1/(C−k))·Σ_j max(0, t_j − λ), which equals the mean of
     * the C−k largest t_j (the §13 identity): the sum counts exactly the top C−k values, each minus λ. Gradients flow
     * through λ (topk passes gradients to the selected entry), as in the reference.
     *
     * @param gt B×C ground truth, 0/1, in f's dtype
     */
    public static NDArray untargeted(NDArray f, NDArray gt, int k) {
        NDArray t = margins(f, gt);
        int rest = rest(f, k);
        NDArray lambda = lambda(t, rest);
        return lambda.squeeze(1).add(t.sub(lambda).maximum(0).sum(new int[] {1}).div(rest));
    }

    /** TkML-AP-U's closed-form λ per image, B×1: the (C−k)-th largest of t_j = max_GT f − f_j. */
    public static NDArray untargetedLambda(NDArray f, NDArray gt, int k) {
        return lambda(margins(f, gt), rest(f, k));
    }

    /** t_j = max over GT of f − f_j, with the reference's mask tlab·f − (1 − tlab)·10000 (B×C). */
    private static NDArray margins(NDArray f, NDArray gt) {
        NDArray real = gt.mul(f).sub(gt.neg().add(1).mul(MASK)).max(new int[] {1}, true);
        return real.sub(f);
    }

    private static int rest(NDArray f, int k) {
        int labels = (int) f.getShape().get(1);
        if (k < 1 || k >= labels) {
            throw new IllegalArgumentException("top-k needs 1 <= k < labels (" + labels + "), got k = " + k);
        }
        return labels - k;
    }

    /** The n-th largest entry of each row, B×1 (differentiable through topk). */
    private static NDArray lambda(NDArray values, int n) {
        return values.topK(n, 1, true, true).get(0).get(":, " + (n - 1) + ":" + n);
    }

    /**
     * TkML-AP-T: with λ the k-th largest logit, Σ_j max(0, tlab_j·(λ − f_j)) + (removeTierPara/2)·Σ_j (1 − tlab_j·f_j)²,
     * tlab = +1 on the target set and −1 elsewhere. The hinge is zero exactly when every target is at or above λ and
     * every other label at or below it.
     *
     * @param tlab B×C, ±1, in f's dtype
     */
    public static NDArray targeted(NDArray f, NDArray tlab, int k, double removeTierPara) {
        NDArray lambda = lambda(f, k);
        NDArray hinge = tlab.mul(lambda.sub(f)).maximum(0).sum(new int[] {1});
        if (removeTierPara == 0) {
            return hinge;
        }
        return hinge.add(tlab.mul(f).neg().add(1).square().sum(new int[] {1}).mul(removeTierPara / 2));
    }

    /**
     * The ML-AP baseline (Rank I without the distance term, {@code rank2}): max(0, max_{j∉T} f_j − min_{j∈T} f_j), with
     * the reference's masks (1 − t)·f − t·10000 and t·f + (1 − t)·10000.
     *
     * @param target B×C target indicator, 0/1, in f's dtype
     */
    public static NDArray mlap(NDArray f, NDArray target) {
        NDArray others = target.neg().add(1);
        NDArray real = others.mul(f).sub(target.mul(MASK)).max(new int[] {1});
        NDArray low = target.mul(f).add(others.mul(MASK)).min(new int[] {1});
        return real.sub(low).maximum(0);
    }
}
