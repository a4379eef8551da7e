package dev.atk.stdlib.loss;

import ai.djl.ndarray.NDArray;

/**
 * SLAM (ALGORITHMS.md §3.3): L = (1 − q·p)·linear + q·p·BCE, both means over the same N elements. p comes from the
 * model's profile at the attack budget ({@code ProfileResult.slamP(ε)}), so SLAM depends on ε. The reference crashes
 * when a weight is given (NameError) and only ever runs SLAM unweighted; here a weight applies to both terms.
 */
public final class SlamLoss implements Loss {
    private final double q;
    private final double p;

    /**
     * @param q mixing strength in [0,1] (0.5 in the paper's tables)
     * @param p the profile's estimate E(ε)/C clamped to [0,1] (1 at or beyond eps_max)
     */
    public SlamLoss(double q, double p) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("slam: q must be in [0, 1], got " + q);
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("slam: p must be in [0, 1], got " + p);
        }
        this.q = q;
        this.p = p;
    }

    public double q() {
        return q;
    }

    public double p() {
        return p;
    }

    /** The BCE share q·p. */
    public double mix() {
        return q * p;
    }

    @Override
    public String describe() {
        return "slam(q=" + q + ", p=" + p + ")";
    }

    @Override
    public NDArray value(NDArray y, NDArray t, NDArray w) {
        double m = mix();
        NDArray v = LinearLoss.INSTANCE.value(y, t, w).mul(1 - m).add(BceLoss.INSTANCE.value(y, t, w).mul(m));
        return v.toType(y.getDataType(), false); // scalar × double promotes 0-dim float32 to float64

    }

    @Override
    public NDArray gradient(NDArray y, NDArray t, NDArray w, double count) {
        double m = mix();
        NDArray lin = LinearLoss.INSTANCE.gradient(y, t, w, count).mul(1 - m);
        return lin.add(BceLoss.INSTANCE.gradient(y, t, w, count).mul(m));
    }

    @Override
    public boolean dependsOnBudget() {
        return true;
    }
}
