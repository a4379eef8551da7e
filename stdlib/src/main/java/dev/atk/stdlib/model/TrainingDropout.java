package dev.atk.stdlib.model;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.norm.Dropout;

/**
 * Dropout that exists only in a training forward pass: with {@code training=false} (what
 * {@link DjlClassifier} always passes) it returns its input untouched and costs no operation.
 */
final class TrainingDropout {
    private TrainingDropout() {}

    static NDArray apply(NDArray x, float rate, boolean training) {
        if (!training || rate <= 0) {
            return x;
        }
        return Dropout.dropout(x, rate, true).singletonOrThrow();
    }
}
