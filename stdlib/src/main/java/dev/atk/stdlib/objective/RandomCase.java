package dev.atk.stdlib.objective;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * MLALP's drawn targets (§8.1): {@code random_case()} flips one random positive and one random negative label,
 * {@code hide_single()} hides one random positive; every other label keeps its clean prediction. "Positive" is the
 * clean prediction, as MLALP's demo attacks images it predicts exactly right. The draw comes from the seeded
 * per-image generator, so every attack in a script gets the same labels for the same image (Python's draw itself
 * cannot be reproduced). An image without a positive (or negative) to draw from has nothing to flip there.
 */
public record RandomCase(int positives, int negatives) implements Objective {

    public static RandomCase randomCase() {
        return new RandomCase(1, 1);
    }

    public static RandomCase hideSingle() {
        return new RandomCase(1, 0);
    }

    @Override
    public Goal goal(float[] clean, double threshold, int[] truth, SplittableRandom random) {
        float[] t = new float[clean.length];
        List<Integer> on = new ArrayList<>();
        List<Integer> off = new ArrayList<>();
        for (int j = 0; j < t.length; j++) {
            boolean positive = clean[j] > threshold;
            t[j] = positive ? 1f : 0f;
            (positive ? on : off).add(j);
        }
        flip(t, on, positives, random);
        flip(t, off, negatives, random);
        return new Goal(t, 0);
    }

    private static void flip(float[] t, List<Integer> pool, int n, SplittableRandom random) {
        for (int k = 0; k < n && !pool.isEmpty(); k++) {
            int j = pool.remove(random.nextInt(pool.size()));
            t[j] = 1f - t[j];
        }
    }
}
