package dev.atk.stdlib.attack;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import dev.atk.stdlib.model.Classifier;
import dev.atk.stdlib.model.ModelConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small random CNN for kernel tests, written as plain NDArray ops so its parameters can be float64 (DJL blocks
 * cannot be cast, trap 7): conv 3×3 (8) → relu → maxpool 2 → conv 3×3 (8) → relu → maxpool 2 → dense 32 → relu →
 * dense L. Parameters are seeded, do not require gradients, and live in their own manager; every op allocates in the
 * input's manager.
 */
public final class TinyCnn implements Classifier {
    private final NDManager manager;
    private final ModelConfig config;
    private final NDArray w1;
    private final NDArray b1;
    private final NDArray w2;
    private final NDArray b2;
    private final NDArray w3;
    private final NDArray b3;
    private final NDArray w4;
    private final NDArray b4;

    public TinyCnn(NDManager parent, long seed, DataType dtype, int size, int labels) {
        if (size % 4 != 0) {
            throw new IllegalArgumentException("size must be a multiple of 4");
        }
        this.manager = parent.newSubManager();
        Random r = new Random(seed);
        int flat = 8 * (size / 4) * (size / 4);
        w1 = param(r, dtype, new Shape(8, 1, 3, 3), Math.sqrt(2.0 / 9));
        b1 = param(r, dtype, new Shape(8), 0.1);
        w2 = param(r, dtype, new Shape(8, 8, 3, 3), Math.sqrt(2.0 / 72));
        b2 = param(r, dtype, new Shape(8), 0.1);
        w3 = param(r, dtype, new Shape(32, flat), Math.sqrt(2.0 / flat));
        b3 = param(r, dtype, new Shape(32), 0.1);
        w4 = param(r, dtype, new Shape(labels, 32), 3 * Math.sqrt(1.0 / 32));
        b4 = param(r, dtype, new Shape(labels), 0.5);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < labels; i++) {
            names.add("label" + i);
        }
        config = new ModelConfig("tiny_cnn", "djl", "tiny", "none", names,
                new ModelConfig.Input(1, size, size, 0, 1), "logits", 0.5, null, "test model");
    }

    private NDArray param(Random r, DataType dtype, Shape shape, double scale) {
        double[] v = new double[(int) shape.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextGaussian() * scale;
        }
        return manager.create(v, shape).toType(dtype, false);
    }

    /** Seeded uniform noise images in [0,1], B×1×size×size. */
    public static NDArray noise(NDManager m, long seed, int batch, int size, DataType dtype) {
        Random r = new Random(seed);
        double[] v = new double[batch * size * size];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextDouble();
        }
        return m.create(v, new Shape(batch, 1, size, size)).toType(dtype, false);
    }

    @Override
    public ModelConfig config() {
        return config;
    }

    @Override
    public NDArray logits(NDArray images) {
        NDArray x = Conv2d.conv2d(images, w1, b1, new Shape(1, 1), new Shape(1, 1)).head();
        x = Pool.maxPool2d(Activation.relu(x), new Shape(2, 2), new Shape(2, 2), new Shape(0, 0), false);
        x = Conv2d.conv2d(x, w2, b2, new Shape(1, 1), new Shape(1, 1)).head();
        x = Pool.maxPool2d(Activation.relu(x), new Shape(2, 2), new Shape(2, 2), new Shape(0, 0), false);
        x = x.reshape(x.getShape().get(0), -1);
        x = Activation.relu(Linear.linear(x, w3, b3).head());
        NDList out = Linear.linear(x, w4, b4);
        return out.head();
    }

    @Override
    public String weightsHash() {
        return "tiny";
    }

    @Override
    public void close() {
        manager.close();
    }
}
