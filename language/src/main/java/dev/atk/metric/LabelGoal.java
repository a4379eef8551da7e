package dev.atk.metric;

/**
 * One image's objective as the metrics see it: per label, the wanted prediction (1 or 0, or −1 for a label the
 * objective does not care about), the clean prediction and the adversarial prediction and confidence.
 *
 * <p>The labels the objective cares about split in two (Song et al.'s notation, ALGORITHMS.md §8.1): A, whose target
 * differs from the clean prediction (to change), and B, whose target equals it (to keep).
 */
public record LabelGoal(int[] target, boolean[] cleanPrediction, boolean[] adversarialPrediction, double[] scores) {

    /**
     * @param target the wanted prediction per label: 1, 0, or NaN for either way; null means max-flip (every label
     *     to the other side of the threshold)
     * @param clean, adversarial the confidences; @param threshold predictions are confidence {@code > threshold}
     */
    public static LabelGoal of(float[] target, float[] clean, float[] adversarial, double threshold) {
        int n = adversarial.length;
        int[] t = new int[n];
        boolean[] before = new boolean[n];
        boolean[] after = new boolean[n];
        double[] s = new double[n];
        for (int j = 0; j < n; j++) {
            before[j] = clean[j] > threshold;
            after[j] = adversarial[j] > threshold;
            s[j] = adversarial[j];
            t[j] = target == null ? (before[j] ? 0 : 1) : Float.isNaN(target[j]) ? -1 : target[j] > 0.5f ? 1 : 0;
        }
        return new LabelGoal(t, before, after, s);
    }

    public int labels() {
        return target.length;
    }

    public boolean cares(int j) {
        return target[j] >= 0;
    }

    /** Label j is in A: the objective wants it changed. */
    public boolean toChange(int j) {
        return cares(j) && (target[j] == 1) != cleanPrediction[j];
    }

    /** Label j is in B: the objective wants it kept. */
    public boolean toKeep(int j) {
        return cares(j) && (target[j] == 1) == cleanPrediction[j];
    }

    /** Whether label j's adversarial prediction is the wanted one (always true for a label nobody cares about). */
    public boolean reached(int j) {
        return !cares(j) || (target[j] == 1) == adversarialPrediction[j];
    }

    /**
     * Song et al.'s criterion vector y^τ in {−2, −1, 0, 1, 2} (§8.1 {@code get_target_set}): −2 for a positive to
     * hide, +2 for a negative to show, ±1 for a label kept on its side, 0 for a label nobody cares about. A perfect
     * attack ranks the adversarial confidences in this order.
     */
    public int criterion(int j) {
        if (!cares(j)) {
            return 0;
        }
        boolean positive = cleanPrediction[j];
        if (toChange(j)) {
            return positive ? -2 : 2;
        }
        return positive ? 1 : -1;
    }
}
