package dev.atk.stdlib.loss;

import ai.djl.ndarray.NDArray;

/**
 * {@code torch.nn.BCELoss(weight=w)} with reduction 'mean' (ALGORITHMS.md §3.1):
 * ℓ = −w·(t·max(ln y, −100) + (1−t)·max(ln(1−y), −100)), L = mean over N elements (not Σw). Backward, as torch:
 * dL/dy = w·(y−t)/max(y(1−y), 1e−12)/N, so dL/dz = w·(y−t)/N through the sigmoid. The "patient" loss.
 */
public final class BceLoss implements Loss {
    /** torch's log clamp. */
    public static final double LOG_CLAMP = -100.0;
    /** torch's lower bound on y(1−y) in the backward. */
    public static final double EPSILON = 1e-12;

    public static final BceLoss INSTANCE = new BceLoss();

    private BceLoss() {}

    @Override
    public String describe() {
        return "bce()";
    }

    @Override
    public NDArray value(NDArray y, NDArray t, NDArray w) {
        NDArray one = y.onesLike();
        NDArray pos = t.mul(y.log().maximum(LOG_CLAMP));
        NDArray neg = one.sub(t).mul(one.sub(y).log().maximum(LOG_CLAMP));
        NDArray l = pos.add(neg).neg();
        if (w != null) {
            l = l.mul(w);
        }
        return l.mean();
    }

    @Override
    public NDArray gradient(NDArray y, NDArray t, NDArray w, double count) {
        NDArray denom = y.onesLike().sub(y).mul(y).maximum(EPSILON);
        NDArray g = y.sub(t).div(denom);
        if (w != null) {
            g = g.mul(w);
        }
        return g.div(count);
    }
}
