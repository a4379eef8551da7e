package dev.atk.stdlib.objective;

/**
 * One image's objective: per label the wanted prediction, 1 (positive) or 0 (negative), or NaN when the objective
 * does not care; and, for "showing many labels" (§11), a count rule instead of a per-label one.
 *
 * @param target the wanted prediction per label (1, 0 or NaN)
 * @param minPositives when positive: success means at least this many positive labels, whichever they are (the
 *     per-label targets then only steer the attack); 0: success means every cared label reached its target
 * @param topK when positive: success means no label the target wants negative is among the {@code topK} largest
 *     confidences (the top-k objective, §9's untargeted success), whatever the threshold says
 */
public record Goal(float[] target, int minPositives, int topK) {

    public Goal(float[] target, int minPositives) {
        this(target, minPositives, 0);
    }

    /** Every label to the other side of the threshold: the reference's "extreme case", ATK's default. */
    public static Goal maxFlip(float[] clean, double threshold) {
        float[] t = new float[clean.length];
        for (int j = 0; j < t.length; j++) {
            t[j] = clean[j] > threshold ? 0f : 1f;
        }
        return new Goal(t, 0);
    }

    public int labels() {
        return target.length;
    }

    public boolean cares(int j) {
        return !Float.isNaN(target[j]);
    }

    /** 1 where the objective cares, 0 where either prediction will do: the attack's label weights. */
    public float[] mask() {
        float[] w = new float[target.length];
        for (int j = 0; j < w.length; j++) {
            w[j] = cares(j) ? 1f : 0f;
        }
        return w;
    }

    /** The targets with the free labels set to 0, for losses that need a number everywhere (their weight is 0). */
    public float[] filled() {
        float[] t = new float[target.length];
        for (int j = 0; j < t.length; j++) {
            t[j] = cares(j) ? target[j] : 0f;
        }
        return t;
    }

    /** Song et al.'s ±1 target, 0 for a free label. */
    public float[] signs() {
        float[] t = new float[target.length];
        for (int j = 0; j < t.length; j++) {
            t[j] = !cares(j) ? 0f : target[j] > 0.5f ? 1f : -1f;
        }
        return t;
    }

    /** Cared labels whose confidence is on their target's side (strict {@code >} threshold for a positive). */
    public int matched(float[] confidences, double threshold) {
        int n = 0;
        for (int j = 0; j < target.length; j++) {
            if (cares(j) && (confidences[j] > threshold) == (target[j] > 0.5f)) {
                n++;
            }
        }
        return n;
    }

    /** The indices of the k largest confidences (ties to the lower index). */
    static int[] largest(float[] confidences, int k) {
        Integer[] order = new Integer[confidences.length];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        java.util.Arrays.sort(order, (a, b) -> confidences[a] != confidences[b]
                ? Float.compare(confidences[b], confidences[a]) : Integer.compare(a, b));
        int[] out = new int[Math.min(k, order.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = order[i];
        }
        return out;
    }

    /** Labels the objective cares about. */
    public int cared() {
        int n = 0;
        for (int j = 0; j < target.length; j++) {
            n += cares(j) ? 1 : 0;
        }
        return n;
    }

    /** Whether the adversarial confidences achieve this goal (the count rule when there is one). */
    public boolean achieved(float[] confidences, double threshold) {
        if (topK > 0) {
            for (int j : largest(confidences, topK)) {
                if (cares(j) && target[j] < 0.5f) {
                    return false;
                }
            }
            return true;
        }
        if (minPositives > 0) {
            int shown = 0;
            for (float c : confidences) {
                shown += c > threshold ? 1 : 0;
            }
            return shown >= minPositives;
        }
        return matched(confidences, threshold) == cared();
    }
}
