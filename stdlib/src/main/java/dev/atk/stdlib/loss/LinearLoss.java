package dev.atk.stdlib.loss;

import ai.djl.ndarray.NDArray;

/**
 * The linear ("greedy") loss of ALGORITHMS.md §3.2: ℓ = w·(t·(1−y) + (1−t)·y), mean over N elements. dL/dy =
 * w·(1−2t)/N, so dL/dz = w·(1−2t)·y(1−y)/N: largest near the threshold. (The paper's eq. 5 has the t = 1 term's
 * sign wrong; this is the code's form, which pushes y up for t = 1.)
 */
public final class LinearLoss implements Loss {
    public static final LinearLoss INSTANCE = new LinearLoss();

    private LinearLoss() {}

    @Override
    public String describe() {
        return "linear()";
    }

    @Override
    public NDArray value(NDArray y, NDArray t, NDArray w) {
        NDArray l = elementwise(y, t);
        if (w != null) {
            l = l.mul(w);
        }
        return l.mean();
    }

    /** t·(1−y) + (1−t)·y, unweighted and unreduced. */
    static NDArray elementwise(NDArray y, NDArray t) {
        NDArray one = y.onesLike();
        return t.mul(one.sub(y)).add(one.sub(t).mul(y));
    }

    @Override
    public NDArray gradient(NDArray y, NDArray t, NDArray w, double count) {
        NDArray g = y.onesLike().sub(t.mul(2));
        if (w != null) {
            g = g.mul(w);
        }
        return g.div(count);
    }
}
