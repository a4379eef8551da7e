package dev.atk.stdlib.objective;

import java.util.SplittableRandom;

/** {@code max_flip()}: every label to the other side of the threshold (the reference's "extreme_case", §8.1). */
public final class MaxFlip implements Objective {
    public static final MaxFlip INSTANCE = new MaxFlip();

    private MaxFlip() {}

    @Override
    public Goal goal(float[] clean, double threshold, int[] truth, SplittableRandom random) {
        return Goal.maxFlip(clean, threshold);
    }

    @Override
    public boolean isMaxFlip() {
        return true;
    }
}
