package dev.atk.stdlib.model;

import ai.djl.ndarray.NDArray;

/**
 * A multi-label image classifier as the attack kernels see it: images in, logits out.
 *
 * <p>Implementations are stateless with respect to calls (eval mode, no dropout), so the same
 * image always gives the same logits, and gradients with respect to the input flow through
 * {@link #logits}. The result is allocated in the manager of {@code images} (DJL trap 5), so
 * a caller that runs each attack iteration in its own sub-manager keeps memory flat.
 */
public interface Classifier extends AutoCloseable {

    /** The configuration this classifier was loaded from (labels, input shape, threshold). */
    ModelConfig config();

    /**
     * Logits for a batch.
     *
     * @param images B×C×H×W in the config's input range, float32 or float64
     * @return B×L logits (L = number of labels), same dtype as the parameters in use
     */
    NDArray logits(NDArray images);

    /** SHA-256 (hex) of the weights file: part of every plan digest and every result's provenance. */
    String weightsHash();

    @Override
    void close();
}
