package dev.atk.stdlib.loss;

import ai.djl.ndarray.NDArray;

/**
 * The hinge loss of the authors' loss module (ALGORITHMS.md §3.4, exploration only there), with a margin:
 * ℓ = w·(t·max(0, 0.5 + m − y) + (1 − t)·max(0, y − (0.5 − m))), mean over N elements. Until a label is past the
 * threshold by m its logit gradient is the linear loss's, w·(1 − 2t)·y(1 − y)/N; after that it is 0.
 *
 * <p>Why it is here (docs/beyond.md): the linear loss keeps pushing labels that have already flipped (its logit
 * weight y(1 − y) is 0.21 at y = 0.7, against 0.25 at the threshold), and the study's histograms show it driving
 * flipped labels far past the threshold. The hinge gives that share of the step to the labels still to flip. With
 * m = 0 it is the authors' {@code HingeLoss}; a margin keeps a flipped label from falling back across the threshold
 * once it stops being pushed. At the kink the gradient is 0, as torch's relu backward gives.
 */
public final class HingeLoss implements Loss {
    private final double margin;

    /** @param margin how far past the 0.5 threshold a label is pushed, in confidence, in [0, 0.5) */
    public HingeLoss(double margin) {
        if (!(margin >= 0 && margin < 0.5)) {
            throw new IllegalArgumentException("hinge: margin must be in [0, 0.5), got " + margin);
        }
        this.margin = margin;
    }

    public double margin() {
        return margin;
    }

    @Override
    public String describe() {
        return "hinge(margin=" + margin + ")";
    }

    @Override
    public NDArray value(NDArray y, NDArray t, NDArray w) {
        NDArray one = y.onesLike();
        NDArray up = y.neg().add(0.5 + margin).maximum(0).mul(t);
        NDArray down = y.sub(0.5 - margin).maximum(0).mul(one.sub(t));
        NDArray l = up.add(down);
        if (w != null) {
            l = l.mul(w);
        }
        return l.mean();
    }

    @Override
    public NDArray gradient(NDArray y, NDArray t, NDArray w, double count) {
        // t = 1: −1 while y < 0.5 + m; t = 0: +1 while y > 0.5 − m; 0 elsewhere (strict, as relu's backward at 0)
        NDArray one = y.onesLike();
        NDArray up = y.lt(0.5 + margin).toType(y.getDataType(), false).mul(t).neg();
        NDArray down = y.gt(0.5 - margin).toType(y.getDataType(), false).mul(one.sub(t));
        NDArray g = up.add(down);
        if (w != null) {
            g = g.mul(w);
        }
        return g.div(count);
    }
}
