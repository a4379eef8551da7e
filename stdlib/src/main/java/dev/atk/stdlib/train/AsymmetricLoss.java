package dev.atk.stdlib.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.training.loss.Loss;

/**
 * The asymmetric loss of Ridnik et al. (ASL, ICCV 2021) on logits, as in the authors' code with
 * {@code disable_torch_grad_focal_loss=True}:
 *
 * <pre>
 * p = σ(z);  p_m = max(p − clip, 0)
 * L = −Σ_labels [ y · (1−p)^γ+ · log p  +  (1−y) · p_m^γ− · log(1 − p_m) ]
 * </pre>
 * averaged over the batch (the authors sum; the mean only rescales the step, Adam is scale-free).
 * The focusing weights are constants for the gradient. {@code log p} is computed as −softplus(−z).
 */
public final class AsymmetricLoss extends Loss {
    public static final float EPS = 1e-8f;

    private final float gammaPos;
    private final float gammaNeg;
    private final float clip;

    public AsymmetricLoss(float gammaPos, float gammaNeg, float clip) {
        super("ASL");
        this.gammaPos = gammaPos;
        this.gammaNeg = gammaNeg;
        this.clip = clip;
    }

    /** The ASL paper's setting: γ+ = 0, γ− = 4, clip = 0.05. */
    public static AsymmetricLoss standard() {
        return new AsymmetricLoss(0f, 4f, 0.05f);
    }

    /**
     * Scalar loss, mean over the batch of the per-image sum over labels.
     *
     * @param logits  B×L
     * @param targets B×L in {0,1}
     */
    public NDArray compute(NDArray logits, NDArray targets) {
        NDArray y = targets.toType(logits.getDataType(), false);
        NDArray notY = y.neg().add(1);
        NDArray logP = Activation.softPlus(logits.neg()).neg();
        NDArray p = Activation.sigmoid(logits);
        NDArray pm = clip > 0 ? p.sub(clip).maximum(0) : p;
        NDArray logNeg = pm.neg().add(1).maximum(EPS).log();
        NDArray wPos = gammaPos == 0 ? null : p.neg().add(1).pow(gammaPos).stopGradient();
        NDArray wNeg = gammaNeg == 0 ? null : pm.pow(gammaNeg).stopGradient();
        NDArray pos = y.mul(wPos == null ? logP : logP.mul(wPos));
        NDArray neg = notY.mul(wNeg == null ? logNeg : logNeg.mul(wNeg));
        long batch = logits.getShape().get(0);
        return pos.add(neg).sum().neg().div(batch);
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        return compute(predictions.singletonOrThrow(), labels.singletonOrThrow());
    }
}
