package dev.atk.stdlib.objective;

import java.util.SplittableRandom;

/**
 * {@code top_k(k=3)}: the untargeted top-k goal of TkML-AP (ALGORITHMS.md §9.2) for any attack: every ground-truth
 * label out of the k highest confidences. The ground-truth labels' target is negative and every other label is free;
 * success is judged on the ranking (no ground-truth label among the top k), not on the threshold.
 */
public record TopK(int k) implements Objective {

    public TopK {
        if (k < 1) {
            throw new IllegalArgumentException("top_k: k must be >= 1, got " + k);
        }
    }

    @Override
    public Goal goal(float[] clean, double threshold, int[] truth, SplittableRandom random) {
        float[] t = new float[clean.length];
        for (int j = 0; j < t.length; j++) {
            t[j] = truth[j] == 1 ? 0f : Float.NaN;
        }
        return new Goal(t, 0, Math.min(k, clean.length));
    }
}
