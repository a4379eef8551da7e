package dev.atk.stdlib.attack;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.GradientCollector;
import dev.atk.stdlib.model.Classifier;
import dev.atk.stdlib.engine.Gradients;

/**
 * The Jacobian of the confidences σ(model(x)) (or of the logits, {@link #ofLogits}) with respect to the input, B×C×d,
 * in one batched forward and one backward pass, never by finite differences.
 *
 * <p>How: every image is repeated C times (a batch of B·C rows); row (b, i) keeps only its label i's confidence, and
 * the sum of those is differentiated once. Since the model treats rows independently (eval mode), the gradient of row
 * (b, i) is exactly ∂σ_i(x_b)/∂x_b. Cost: one forward and one backward pass of B·C images; memory: B·C copies of
 * the input (C × 3 × 448² floats is 192 MB for C = 80 at batch 1).
 */
public record Jacobian(NDArray matrix, NDArray confidences) {

    /** The B×C×d Jacobian (d = C_in·H·W) and the B×C confidences at {@code x}, allocated in {@code x}'s manager. */
    public static Jacobian ofConfidences(Classifier model, NDArray x) {
        NDArray[] r = batched(model, x, true, null);
        return new Jacobian(r[0], r[1]);
    }

    /**
     * The Jacobian of the LOGITS (kFool differentiates logits, not confidences), by the same single batched backward.
     *
     * @param matrix B×L×d, row (b, r) = ∂z_{label r}(x_b)/∂x_b; @param logits B×C (all labels), from the same forward
     */
    public record Logits(NDArray matrix, NDArray logits) {}

    /** The B×C×d Jacobian of the logits and the B×C logits at {@code x}, allocated in {@code x}'s manager. */
    public static Logits ofLogits(Classifier model, NDArray x) {
        NDArray[] r = batched(model, x, false, null);
        return new Logits(r[0], r[1]);
    }

    /**
     * The gradients of selected logits only: row (b, r) of the B×L×d result is ∂z_{labels[b][r]}(x_b)/∂x_b, every
     * image with the same number L of labels (repeats allowed). Each image is repeated L times instead of C, which is
     * what makes kFool affordable: it needs k + 2 gradients per image, not all C.
     */
    public static Logits ofLogits(Classifier model, NDArray x, int[][] labels) {
        NDArray[] r = batched(model, x, false, labels);
        return new Logits(r[0], r[1]);
    }

    /**
     * {Jacobian B×L×d, outputs B×C} of σ(logits) ({@code sigmoid}) or of the logits themselves, for the labels
     * {@code selected} per image (L of them), or all C labels in order when null.
     */
    private static NDArray[] batched(Classifier model, NDArray x, boolean sigmoid, int[][] selected) {
        Shape s = x.getShape();
        int batch = (int) s.get(0);
        int labels = model.config().numLabels();
        int rowsPer = selected == null ? labels : selected[0].length;
        long d = s.size() / batch;
        NDManager m = x.getManager();
        // B×L×d repeated rows, flattened to (B·L)×C_in×H×W
        NDArray rows = x.reshape(batch, 1, d).repeat(1, rowsPer).reshape(new Shape(batch * (long) rowsPer)
                .addAll(s.slice(1)));
        NDArray leaf = rows.stopGradient();
        leaf.setRequiresGradient(true);
        NDArray pick;
        if (selected == null) { // row (b, i) keeps label i: the identity repeated once per image
            pick = m.eye(labels).reshape(1, labels, labels).repeat(0, batch).reshape(batch * (long) labels, labels);
        } else { // row (b, r) keeps label selected[b][r]
            float[] onehot = new float[batch * rowsPer * labels];
            for (int b = 0; b < batch; b++) {
                if (selected[b].length != rowsPer) {
                    throw new IllegalArgumentException("every image needs the same number of selected labels");
                }
                for (int r = 0; r < rowsPer; r++) {
                    onehot[(b * rowsPer + r) * labels + selected[b][r]] = 1;
                }
            }
            pick = m.create(onehot, new Shape(batch * (long) rowsPer, labels));
        }
        NDArray out;
        try (GradientCollector gc = Gradients.collector()) {
            NDArray z = model.logits(leaf);
            out = sigmoid ? Activation.sigmoid(z) : z;
            gc.backward(out.mul(pick.toType(out.getDataType(), false)).sum());
        }
        // every image's L rows carry the same outputs: the first row of each is the image's
        NDArray first = out.stopGradient().reshape(batch, rowsPer, labels).get(":, 0, :");
        return new NDArray[] {leaf.getGradient().reshape(batch, rowsPer, d), first};
    }
}
