package dev.atk.stdlib.objective;

import java.util.SplittableRandom;

/** What an attack pursues, image by image: the {@link Goal} for one image. */
public interface Objective {

    /**
     * @param clean the image's clean confidences; @param threshold predictions are confidence {@code > threshold}
     * @param truth the image's ground truth (0/1 per label)
     * @param random a generator seeded by the task and the item, for objectives that draw labels (the same image gets
     *     the same draw in every attack, batch and rerun)
     */
    Goal goal(float[] clean, double threshold, int[] truth, SplittableRandom random);

    /**
     * The goal for the image whose id is {@code image}: the same as {@link #goal(float[], double, int[],
     * SplittableRandom)} for every objective but the script's own ({@link CustomObjective}), whose failures name it.
     */
    default Goal goal(float[] clean, double threshold, int[] truth, SplittableRandom random, String image) {
        return goal(clean, threshold, truth, random);
    }

    /** Whether this is the default, every label flipped (lets callers keep the max-flip fast paths). */
    default boolean isMaxFlip() {
        return false;
    }
}
