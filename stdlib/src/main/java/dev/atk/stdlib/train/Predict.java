package dev.atk.stdlib.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.atk.stdlib.data.SceneSet;
import java.util.function.Function;

/** Batched forward passes over a scene set, each batch in its own sub-manager (flat memory). */
public final class Predict {
    private Predict() {}

    /** N×L logits of {@code scenes} through {@code forward} (B×1×H×W float32 → B×L). */
    public static float[][] logits(Function<NDArray, NDArray> forward, SceneSet scenes, NDManager parent,
            int batchSize) {
        float[][] out = new float[scenes.count()][];
        for (int start = 0; start < scenes.count(); start += batchSize) {
            int b = Math.min(batchSize, scenes.count() - start);
            int[] idx = new int[b];
            for (int k = 0; k < b; k++) {
                idx[k] = start + k;
            }
            try (NDManager m = parent.newSubManager()) {
                NDArray z = forward.apply(scenes.images(m, idx));
                float[] flat = z.toType(ai.djl.ndarray.types.DataType.FLOAT32, false).toFloatArray();
                int l = flat.length / b;
                for (int k = 0; k < b; k++) {
                    out[start + k] = java.util.Arrays.copyOfRange(flat, k * l, (k + 1) * l);
                }
            }
        }
        return out;
    }

    /** Element-wise sigmoid of a logit matrix. */
    public static float[][] sigmoid(float[][] logits) {
        float[][] p = new float[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            p[i] = new float[logits[i].length];
            for (int j = 0; j < p[i].length; j++) {
                p[i][j] = (float) (1 / (1 + Math.exp(-logits[i][j])));
            }
        }
        return p;
    }
}
