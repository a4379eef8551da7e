package dev.atk.metric;

import dev.atk.result.ResultRecord;
import java.util.List;

/**
 * Confidence measured in the direction of each label's max-flip target (ALGORITHMS.md §7.6, Figs. 10–11): a label the
 * clean image predicts positive has target 0, so its confidence is mirrored to 1 − P; a negative one keeps P. Before
 * the attack every value is at most the threshold; a value above 0.5 after it is a flipped label (at the default
 * threshold 0.5, which is what the paper's mirroring assumes and what records are compared against here).
 */
public final class TargetConfidence {
    private TargetConfidence() {}

    /** The paper's histogram bins: [0, 0.1), [0.1, 0.2), …, [0.9, 1.0]. */
    public static final double[] BIN_EDGES = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};

    static final double THRESHOLD = 0.5;

    /** Per label: P if the clean prediction is negative (target 1), else 1 − P (target 0). */
    public static double[] of(float[] clean, float[] confidences) {
        double[] out = new double[confidences.length];
        for (int l = 0; l < out.length; l++) {
            out[l] = clean[l] > THRESHOLD ? 1 - confidences[l] : confidences[l];
        }
        return out;
    }

    /** The mean over labels of the adversarial target confidence: how far the attack pushed toward the targets. */
    public static double mean(ResultRecord r) {
        double[] v = of(r.clean(), r.adversarial());
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? 0 : s / v.length;
    }

    /**
     * Counts per bin of {@link #BIN_EDGES} over every label of every record, of the clean confidences or the
     * adversarial ones. The last bin includes 1.0.
     */
    public static double[] histogram(List<ResultRecord> records, boolean adversarial) {
        double[] counts = new double[BIN_EDGES.length - 1];
        for (ResultRecord r : records) {
            for (double v : of(r.clean(), adversarial ? r.adversarial() : r.clean())) {
                counts[bin(v)]++;
            }
        }
        return counts;
    }

    static int bin(double v) {
        int b = (int) Math.floor(v * 10);
        return Math.max(0, Math.min(BIN_EDGES.length - 2, b));
    }
}
