package dev.atk.exec;

import java.util.SplittableRandom;

/**
 * Seeded sampling of item indices. The sample of size n is the first n of one seeded permutation, so a smaller
 * sample is always a prefix of a larger one with the same seed (the profile's 100 probe images contain the 32 images
 * a quick run attacks), like "the first N items of a seeded shuffled loader" in the reference code.
 */
public final class Sampler {
    private Sampler() {}

    /** {@code n} of the {@code candidates} (all of them when n is 0 or exceeds their number), in permutation order. */
    public static int[] sample(int[] candidates, int n, long seed) {
        int[] order = candidates.clone();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int size = n <= 0 ? order.length : Math.min(n, order.length);
        return java.util.Arrays.copyOf(order, size);
    }
}
