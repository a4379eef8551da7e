package dev.atk.stdlib.loss;

import ai.djl.ndarray.NDArray;

/**
 * A loss L(y, t; w) on confidences {@code y = sigmoid(logits)} (B×C), targets {@code t} (B×C, 0/1) and per-label
 * weights {@code w} (B×C, or null for unweighted), reduced by the mean over the N = B·C elements as torch does
 * (ALGORITHMS.md §3). All arrays must share one dtype; results are allocated in {@code y}'s manager.
 *
 * <p>Attacks never need the value, only the gradient. {@link #gradient(NDArray, NDArray, NDArray, double)} returns
 * dL/dy exactly as torch's backward computes it (for BCE that is torch's clamped formula, not the derivative of the
 * clamped logs), and {@link #surrogate} turns it into a scalar whose autograd gradient with respect to {@code y} is
 * that array, so back-propagation through the model reproduces torch's input gradient.
 */
public interface Loss {

    /** Canonical text, e.g. {@code bce()} or {@code slam(q=0.5, p=0.25)}. */
    String describe();

    /** The scalar loss value, mean over all {@code y.size()} elements. */
    NDArray value(NDArray y, NDArray t, NDArray w);

    /**
     * dL/dy as torch's backward computes it, with the mean taken over {@code count} elements. {@code count} is
     * {@code y.size()} for torch semantics; attacks pass the number of labels C so that every image of a batch gets
     * exactly the gradient a batch of one would give it. Not recorded for autograd.
     */
    NDArray gradient(NDArray y, NDArray t, NDArray w, double count);

    /** dL/dy with torch semantics (mean over all elements). */
    default NDArray gradient(NDArray y, NDArray t, NDArray w) {
        return gradient(y, t, w, y.size());
    }

    /**
     * Σ stopGradient(dL/dy) · y: a scalar whose gradient with respect to {@code y} (and through it, the model's input)
     * is {@link #gradient(NDArray, NDArray, NDArray, double)}. Call it inside a gradient collector.
     */
    default NDArray surrogate(NDArray y, NDArray t, NDArray w, double count) {
        NDArray g = gradient(y.stopGradient(), t, w, count).stopGradient();
        return g.mul(y).sum();
    }

    /**
     * The loss for the step that takes the perturbation out to {@code radius} (MI-FGSM: (k+1)·α for its (k+1)-th
     * step). Most losses are the same at every step; a schedule along the trajectory ({@link SlamRampLoss}) is not,
     * and since the step's radius, not the budget, decides it, such a loss still fuses budget sweeps.
     */
    default Loss atRadius(double radius) {
        return this;
    }

    /** Whether the loss changes with the budget ε (SLAM's p does); such attacks cannot fuse budget sweeps. */
    default boolean dependsOnBudget() {
        return false;
    }
}
