package dev.atk.stdlib.attack;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;

/**
 * The top-k tests' model: 5 labels, linear over 4×4 images (z = W·x + b, float64), built so that at one fixed
 * non-grey image the logits are {@link #Z0} with the ground truth {@link #GT} on top. Every logit's gradient is a
 * constant row of W, so every top-k goal is reachable with a modest perturbation.
 */
final class TopKFixture implements AutoCloseable {
    static final int SIZE = 4;
    static final int LABELS = 5;
    /** The clean logits at {@link #image}: GT {0, 1} on top, then 2, 3, 4. */
    static final double[] Z0 = {2, 1.5, 0, -0.5, -1};
    static final int[] GT = {1, 1, 0, 0, 0};

    final NDManager manager;
    final LinearModel model;
    /** The clean image's pixels in [0.2, 0.8]: not grey, since grey is a fixed point of the tanh quirk. */
    final double[] pixels;
    /** W, one row of SIZE² weights per label. */
    final double[][] weights;

    TopKFixture() {
        TestThreads.single();
        manager = NDManager.newBaseManager();
        Random r = new Random(11);
        pixels = new double[SIZE * SIZE];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = 0.2 + 0.6 * r.nextDouble();
        }
        double[][] w = new double[LABELS][SIZE * SIZE];
        double[] b = new double[LABELS];
        for (int j = 0; j < LABELS; j++) {
            double dot = 0;
            for (int i = 0; i < pixels.length; i++) {
                w[j][i] = 2 * r.nextGaussian();
                dot += w[j][i] * pixels[i];
            }
            b[j] = Z0[j] - dot;
        }
        weights = w;
        model = new LinearModel(manager, w, b, SIZE);
    }

    /** B copies of the clean image, B×1×4×4 float64. */
    NDArray image(NDManager m, int batch) {
        double[] v = new double[batch * pixels.length];
        for (int b = 0; b < batch; b++) {
            System.arraycopy(pixels, 0, v, b * pixels.length, pixels.length);
        }
        return m.create(v, new Shape(batch, 1, SIZE, SIZE));
    }

    @Override
    public void close() {
        model.close();
        manager.close();
    }
}
