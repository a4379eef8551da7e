package dev.atk.stdlib.attack;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.atk.stdlib.model.Classifier;
import dev.atk.stdlib.model.ModelConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * z = W·x + b on flattened 1×size×size images, float64: a model whose attacks have closed forms (the gradient of
 * every logit is a constant row of W), for kernel tests.
 */
public final class LinearModel implements Classifier {
    private final NDManager manager;
    private final ModelConfig config;
    private final NDArray w;
    private final NDArray b;

    /** @param w L×(size·size) weights; @param b L biases */
    public LinearModel(NDManager parent, double[][] w, double[] b, int size) {
        this.manager = parent.newSubManager();
        double[] flat = new double[w.length * w[0].length];
        for (int j = 0; j < w.length; j++) {
            System.arraycopy(w[j], 0, flat, j * w[0].length, w[0].length);
        }
        this.w = manager.create(flat, new Shape(w.length, w[0].length)).transpose();
        this.b = manager.create(b);
        List<String> names = new ArrayList<>();
        for (int j = 0; j < w.length; j++) {
            names.add("label" + j);
        }
        this.config = new ModelConfig("linear", "djl", "linear", "none", names,
                new ModelConfig.Input(1, size, size, 0, 1), "logits", 0.5, null, "test model");
    }

    /** B×1×size×size float64 images of uniform grey 0.5: the point every closed form is worked out at. */
    public static NDArray grey(NDManager m, int batch, int size) {
        return m.full(new Shape(batch, 1, size, size), 0.5f).toType(DataType.FLOAT64, false);
    }

    @Override
    public ModelConfig config() {
        return config;
    }

    @Override
    public NDArray logits(NDArray images) {
        NDArray x = images.toType(DataType.FLOAT64, false).reshape(images.getShape().get(0), -1);
        return x.matMul(w).add(b);
    }

    @Override
    public String weightsHash() {
        return "linear";
    }

    @Override
    public void close() {
        manager.close();
    }
}
