package dev.atk.stdlib.attack;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.atk.spi.AdversarialImage;
import dev.atk.spi.AttackOutcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The records of a minimal-perturbation attack (ML-DeepFool, ML-CW): no budget (NaN), flips against the clean
 * prediction (strict {@code >} threshold), the norms of the perturbation it found, and the pixels when a report draws
 * them. Computed once, after the attack, never inside an iteration.
 */
final class MinimalOutcomes {
    private MinimalOutcomes() {}

    /**
     * @param clean B×… clean images; @param adversarial B×… the attack's best images
     * @param cleanConf, advConf their confidences, B×C
     * @param iterations per image
     */
    static List<AttackOutcome> of(NDArray clean, NDArray adversarial, float[][] cleanConf, float[][] advConf,
                                  int[] items, int[] iterations, double threshold, boolean keepImages,
                                  double seconds) {
        int batch = items.length;
        NDArray delta = adversarial.sub(clean).toType(DataType.FLOAT64, false).reshape(batch, -1);
        double[] linf = delta.abs().max(new int[] {1}).toDoubleArray();
        double[] l2 = delta.square().sum(new int[] {1}).sqrt().toDoubleArray();
        double[] rmsd = delta.square().mean(new int[] {1}).sqrt().toDoubleArray();
        Shape s = clean.getShape();
        int per = (int) (s.size() / batch);
        float[] cleanPx = keepImages ? clean.toType(DataType.FLOAT32, false).toFloatArray() : null;
        float[] advPx = keepImages ? adversarial.toType(DataType.FLOAT32, false).toFloatArray() : null;
        List<AttackOutcome> out = new ArrayList<>(batch);
        for (int b = 0; b < batch; b++) {
            int flips = 0;
            for (int i = 0; i < cleanConf[b].length; i++) {
                if (cleanConf[b][i] > threshold != advConf[b][i] > threshold) {
                    flips++;
                }
            }
            AdversarialImage image = keepImages ? new AdversarialImage((int) s.get(1), (int) s.get(2), (int) s.get(3),
                    Arrays.copyOfRange(cleanPx, b * per, (b + 1) * per),
                    Arrays.copyOfRange(advPx, b * per, (b + 1) * per)) : null;
            out.add(new AttackOutcome(items[b], Double.NaN, flips, iterations[b], linf[b], l2[b], rmsd[b], cleanConf[b],
                    advConf[b], seconds, image));
        }
        return out;
    }

    /**
     * The outcomes with their {@code queries} measure: the clean pass plus {@code perIteration} model evaluations for
     * each of the image's iterations (a Jacobian's C rows count C).
     */
    static List<AttackOutcome> withQueries(List<AttackOutcome> outcomes, int[] iterations, int perIteration) {
        List<AttackOutcome> out = new ArrayList<>(outcomes.size());
        for (int b = 0; b < outcomes.size(); b++) {
            out.add(outcomes.get(b).withMeasures(java.util.Map.of("queries", 1.0 + (double) iterations[b] * perIteration)));
        }
        return out;
    }
}
