package dev.atk.stdlib.attack;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import dev.atk.stdlib.model.ModelConfig;

/**
 * TkML-AP's tanh box (ALGORITHMS.md §9.1): the model's input range [min, max] is the box, boxmul = (max − min)/2 and
 * boxplus = (max + min)/2, and the attacks optimise a modifier m in the pre-tanh space, the model seeing
 * x'(m) = tanh(m + timg)·boxmul + boxplus, which is always a valid image.
 *
 * <p>{@link #start} gives timg. The reference feeds the image's box coordinates (x − boxplus)/boxmul to tanh without
 * an arctanh first (§9.1 [QUIRK], §12.20), so at m = 0 the model sees tanh-squashed pixels, not x; faithful mode
 * reproduces that. Fixed mode uses artanh(0.999999·(x − boxplus)/boxmul), so m = 0 is x itself up to the 1e-6 shrink
 * that keeps the arctanh finite at the box's edges. The reference's box is [−1, 1] (boxmul 1, boxplus 0); ATK's models
 * take [0, 1], so boxmul is 0.5 for them and the mapping above is the reference's, moved to the model's own range.
 */
public final class TopKBox {
    /** The reference's image volume for its eps defaults: VOC 2012, 3×300×300 in a [−1, 1] box (§9.1). */
    static final double REFERENCE_DIMS = 3.0 * 300 * 300;
    /** The factor that keeps the arctanh finite at the box's edges (the reference's 0.999999). */
    static final double SHRINK = 0.999999;
    /** clip_eta's floor under the squared norm: the norm is at least sqrt(1e−12) (models/projection.py). */
    static final double NORM_FLOOR_SQ = 1e-12;

    final double mul;
    final double plus;

    TopKBox(ModelConfig.Input input) {
        if (!(input.max() > input.min())) {
            throw new IllegalArgumentException("the model's input range is empty: [" + input.min() + ", "
                    + input.max() + "]");
        }
        this.mul = (input.max() - input.min()) / 2;
        this.plus = (input.max() + input.min()) / 2;
    }

    /** The pre-tanh image timg of B×… pixels {@code x} (allocated in x's manager). */
    NDArray start(NDArray x, boolean faithful) {
        NDArray u = x.sub(plus).div(mul);
        return faithful ? u : artanh(u.mul(SHRINK));
    }

    /** The pixels of a pre-tanh point w: tanh(w)·boxmul + boxplus. */
    NDArray image(NDArray w) {
        return w.tanh().mul(mul).add(plus);
    }

    /** The reference's way back to pre-tanh space: artanh(0.999999·(img − boxplus)/boxmul). */
    NDArray preTanh(NDArray image) {
        return artanh(image.sub(plus).div(mul).mul(SHRINK));
    }

    /** artanh(u) = ½·ln((1 + u)/(1 − u)): DJL's PyTorch engine has no atanh (as {@link MlCw}). */
    static NDArray artanh(NDArray u) {
        return u.add(1).div(u.neg().add(1)).log().mul(0.5);
    }

    /**
     * clip_eta(η, 2, eps) per image: η·min(1, eps/max(‖η‖₂, sqrt(1e−12))). Differentiable in η, as the reference
     * relies on: the gradient flows through the shrink factor too (the floor sits under the square root so a zero η
     * has a finite gradient).
     */
    static NDArray clipL2(NDArray eta, double eps) {
        NDArray norm = squaredNorms(eta).maximum(NORM_FLOOR_SQ).sqrt();
        return eta.mul(norm.pow(-1).mul(eps).minimum(1));
    }

    /** clip_eta(η, ∞, eps): sign(η)·min(|η|, eps), i.e. η clipped to [−eps, eps]. */
    static NDArray clipLinf(NDArray eta, double eps) {
        return eta.clip(-eps, eps);
    }

    /** Σ η² per image, shaped B×1×…×1 so it broadcasts against η. */
    private static NDArray squaredNorms(NDArray eta) {
        long[] keep = new long[eta.getShape().dimension()];
        java.util.Arrays.fill(keep, 1);
        keep[0] = eta.getShape().get(0);
        return eta.reshape(keep[0], -1).square().sum(new int[] {1}).reshape(keep);
    }

    /** ‖v_b‖₂ per image, in float64 on the host. */
    static double[] norms(NDArray v) {
        return v.toType(DataType.FLOAT64, false).reshape(v.getShape().get(0), -1).square().sum(new int[] {1}).sqrt()
                .toDoubleArray();
    }

    /**
     * The reference's pixel-space L2 radius {@code referenceEps} (set in its [−1, 1] box) in this model's pixel units:
     * scaled by the box's half-width only, so for a [0, 1] model eps 10 ↦ 5 and eps 3 ↦ 1.5. Not scaled by image
     * size: the reference itself used the same eps at 3×224² and 3×300², and on the bundled 1×56×56 fashion_cnn the
     * size-preserving alternative (×sqrt(d/d_ref), eps 10 ↦ 0.54) leaves TkML-AP-U and -T at 0–13 % success in fixed
     * mode on 8 AP-1 scenes, where 5 and 1.5 reach 75 % and 13 % (kFool, unbounded, needs L2 ≈ 16 there).
     */
    public static double scaledEps(double referenceEps, ModelConfig.Input input) {
        return referenceEps * (input.max() - input.min()) / 2;
    }

    /**
     * The reference's radius for the universal δ, which lives in pre-tanh space (unitless, so no box factor), for this
     * model's image size: ×sqrt(d/d_ref), which keeps δ's root-mean-square per input value (uap_eps 100 ↦ 10.8 for
     * 1×56×56). Unlike a pixel radius this must shrink with the image: 100 on 3136 values is 1.8 per value in
     * pre-tanh space, enough to saturate tanh, i.e. no constraint at all.
     */
    public static double scaledPreTanhEps(double referenceEps, ModelConfig.Input input) {
        return referenceEps * Math.sqrt(dims(input) / REFERENCE_DIMS);
    }

    private static double dims(ModelConfig.Input input) {
        return (double) input.channels() * input.height() * input.width();
    }
}
