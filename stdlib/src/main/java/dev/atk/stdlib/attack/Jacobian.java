package dev.atk.stdlib.attack;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.GradientCollector;
import dev.atk.stdlib.model.Classifier;

/**
 * The Jacobian of the confidences σ(model(x)) with respect to the input, B×C×d, in one batched forward and one
 * backward pass, never by finite differences.
 *
 * <p>How: every image is repeated C times (a batch of B·C rows); row (b, i) keeps only its label i's confidence, and
 * the sum of those is differentiated once. Since the model treats rows independently (eval mode), the gradient of row
 * (b, i) is exactly ∂σ_i(x_b)/∂x_b. Cost: one forward and one backward pass of B·C images; memory: B·C copies of
 * the input (C × 3 × 448² floats is 192 MB for C = 80 at batch 1).
 */
public record Jacobian(NDArray matrix, NDArray confidences) {

    /** The B×C×d Jacobian (d = C_in·H·W) and the B×C confidences at {@code x}, allocated in {@code x}'s manager. */
    public static Jacobian ofConfidences(Classifier model, NDArray x) {
        Shape s = x.getShape();
        int batch = (int) s.get(0);
        int labels = model.config().numLabels();
        long d = s.size() / batch;
        NDManager m = x.getManager();
        // B×C×d repeated rows, flattened to (B·C)×C_in×H×W
        NDArray rows = x.reshape(batch, 1, d).repeat(1, labels).reshape(new Shape(batch * (long) labels)
                .addAll(s.slice(1)));
        NDArray leaf = rows.stopGradient();
        leaf.setRequiresGradient(true);
        // row (b, i) keeps label i: the identity repeated once per image
        NDArray pick = m.eye(labels).reshape(1, labels, labels).repeat(0, batch).reshape(batch * (long) labels, labels);
        NDArray conf;
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            conf = Activation.sigmoid(model.logits(leaf));
            gc.backward(conf.mul(pick.toType(conf.getDataType(), false)).sum());
        }
        // every image's C rows carry the same confidences: the first row of each is the image's
        NDArray first = conf.stopGradient().reshape(batch, labels, labels).get(":, 0, :");
        return new Jacobian(leaf.getGradient().reshape(batch, labels, d), first);
    }
}
