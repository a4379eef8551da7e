package dev.atk.stdlib.bench;

import ai.djl.ndarray.NDArray;
import dev.atk.stdlib.model.Classifier;
import dev.atk.stdlib.model.ModelConfig;

/**
 * A classifier that counts what passes through it, per image: every row of every {@link #logits} call is one forward
 * pass, and a row whose input carries a gradient is also one backward pass (the kernels only attach a gradient to an
 * input they differentiate). The benchmark's pass counts therefore come from the model's side of the calls, not from
 * the algorithms' own bookkeeping, which they check.
 */
final class CountingClassifier implements Classifier {
    private final Classifier inner;
    private long forward;
    private long backward;

    CountingClassifier(Classifier inner) {
        this.inner = inner;
    }

    @Override
    public ModelConfig config() {
        return inner.config();
    }

    @Override
    public NDArray logits(NDArray images) {
        long rows = images.getShape().get(0);
        forward += rows;
        if (images.hasGradient()) {
            backward += rows;
        }
        return inner.logits(images);
    }

    @Override
    public String weightsHash() {
        return inner.weightsHash();
    }

    long forward() {
        return forward;
    }

    long backward() {
        return backward;
    }

    void reset() {
        forward = 0;
        backward = 0;
    }

    @Override
    public void close() {
        inner.close();
    }
}
