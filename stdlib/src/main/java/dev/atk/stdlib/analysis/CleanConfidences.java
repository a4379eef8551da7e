package dev.atk.stdlib.analysis;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Activation;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.model.Classifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;

/** sigmoid(model(x)) of each distinct image, computed once in batches: analyses attack one image many times. */
final class CleanConfidences {
    private final Map<Integer, float[]> byItem;
    private final long forwardPasses;
    private final int labels;

    private CleanConfidences(Map<Integer, float[]> byItem, long forwardPasses, int labels) {
        this.byItem = byItem;
        this.forwardPasses = forwardPasses;
        this.labels = labels;
    }

    static CleanConfidences of(Classifier model, NDManager parent, BiFunction<NDManager, int[], NDArray> images,
                               int[][] itemLists, int batch, RunControl control) {
        TreeSet<Integer> distinct = new TreeSet<>();
        for (int[] items : itemLists) {
            for (int i : items) {
                distinct.add(i);
            }
        }
        int[] all = distinct.stream().mapToInt(Integer::intValue).toArray();
        Map<Integer, float[]> out = new HashMap<>();
        int labels = 0;
        for (int from = 0; from < all.length; from += batch) {
            control.checkCancelled();
            int[] chunk = Arrays.copyOfRange(all, from, Math.min(all.length, from + batch));
            try (NDManager sub = parent.newSubManager()) {
                NDArray conf = Activation.sigmoid(model.logits(images.apply(sub, chunk)));
                float[] flat = conf.toType(DataType.FLOAT32, false).toFloatArray();
                labels = (int) conf.getShape().get(1);
                for (int r = 0; r < chunk.length; r++) {
                    out.put(chunk[r], Arrays.copyOfRange(flat, r * labels, (r + 1) * labels));
                }
            }
        }
        return new CleanConfidences(out, all.length, labels);
    }

    float[] of(int item) {
        return byItem.get(item);
    }

    int labels() {
        return labels;
    }

    long forwardPasses() {
        return forwardPasses;
    }
}
