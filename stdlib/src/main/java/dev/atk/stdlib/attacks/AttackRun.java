package dev.atk.stdlib.attacks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Activation;
import dev.atk.spi.AttackContext;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.data.ImageSet;
import dev.atk.stdlib.model.Classifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * What one attack call runs against, as the backend hands it to a provider.
 *
 * @param attacked the model as the settings ask for it (dropout on under {@code set dropout = "train"})
 * @param clean the model in eval mode, for clean confidences (targets, subsets and goals come from them)
 * @param root the backend's manager: each batch opens its own sub-manager under it, so memory stays flat
 * @param data the data set, for ground truth and for attacks that read images outside the sample
 * @param items the images to attack, in order
 * @param pixels a batch of items as the model takes them, allocated in the given manager
 * @param context settings, profile, correlations, the plan's clean confidences, seeds
 * @param control progress and cancellation
 */
public record AttackRun(Classifier attacked, Classifier clean, NDManager root, ImageSet data, int[] items,
                        BiFunction<NDManager, int[], NDArray> pixels, AttackContext context, RunControl control) {

    /** The items in batches of {@code settings.batch} (at least one image each). */
    public List<int[]> batches() {
        int batch = Math.max(1, context.settings().batch());
        List<int[]> out = new ArrayList<>();
        for (int start = 0; start < items.length; start += batch) {
            out.add(Arrays.copyOfRange(items, start, Math.min(items.length, start + batch)));
        }
        return out;
    }

    /** Each item's ground-truth vector. */
    public int[][] groundTruth(int[] batch) {
        int[][] truth = new int[batch.length][];
        for (int i = 0; i < batch.length; i++) {
            truth[i] = data.groundTruth(batch[i]);
        }
        return truth;
    }

    /** sigmoid(model(images)) of the eval-mode model as host rows, one per image. */
    public float[][] cleanConfidences(NDArray images) {
        return confidences(clean, images);
    }

    /** sigmoid(model(images)) as host rows, one per image. */
    public static float[][] confidences(Classifier model, NDArray images) {
        NDArray conf = Activation.sigmoid(model.logits(images));
        float[] flat = conf.toType(DataType.FLOAT32, false).toFloatArray();
        int labels = (int) conf.getShape().get(1);
        float[][] out = new float[(int) conf.getShape().get(0)][];
        for (int i = 0; i < out.length; i++) {
            out[i] = Arrays.copyOfRange(flat, i * labels, (i + 1) * labels);
        }
        return out;
    }

    public double inputMin() {
        return attacked.config().input().min();
    }

    public double inputMax() {
        return attacked.config().input().max();
    }
}
