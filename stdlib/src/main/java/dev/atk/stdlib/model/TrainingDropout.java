package dev.atk.stdlib.model;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.norm.Dropout;
import ai.djl.util.PairList;

/**
 * Dropout that exists only in a training forward pass: with {@code training=false} (what
 * {@link DjlClassifier} passes) it returns its input untouched and costs no operation. The one exception is the
 * reference's Q2L quirk (ALGORITHMS.md §12.10: the model was never put in eval mode, so dropout stayed active while
 * it was attacked): a forward pass whose params contain {@link #REFERENCE_QUIRK} drops out as in training, while
 * everything else (normalisation statistics) stays in eval mode.
 */
final class TrainingDropout {
    private TrainingDropout() {}

    /** The forward-pass parameter that turns dropout on outside training ({@code set dropout = "train"}). */
    static final String REFERENCE_QUIRK = "atk.dropout.train";

    static NDArray apply(NDArray x, float rate, boolean training, PairList<String, Object> params) {
        boolean on = training || (params != null && params.keys().contains(REFERENCE_QUIRK));
        if (!on || rate <= 0) {
            return x;
        }
        return Dropout.dropout(x, rate, true).singletonOrThrow();
    }
}
