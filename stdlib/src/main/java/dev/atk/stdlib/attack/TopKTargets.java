package dev.atk.stdlib.attack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The target sets T (|T| = k, never a ground-truth label) of the targeted top-k attacks
 * ({@code generate_target_zeros_3_cases}, ALGORITHMS.md §9.3), chosen on the clean logits model(x).
 */
public final class TopKTargets {
    /** How hard the target is: the best-ranked non-GT labels, a random draw, or the worst-ranked. */
    public enum Case {
        BEST, RANDOM, WORST;

        public static Case parse(String text) {
            return switch (text == null ? "best" : text.trim().toLowerCase(Locale.ROOT)) {
                case "best" -> BEST;
                case "random" -> RANDOM;
                case "worst" -> WORST;
                default -> throw new IllegalArgumentException("unknown target case '" + text
                        + "' (expected best, random or worst)");
            };
        }
    }

    private TopKTargets() {}

    /**
     * T for one image.
     *
     * <p>best/worst scan the labels by clean logit, descending/ascending (ties: lower index first), skipping the GT
     * labels, and keep the first k. random draws k of the non-GT labels without replacement with a {@link Random}
     * seeded afresh with {@code seed} for every image, as the reference re-seeds ({@code random.seed(0)}) per image:
     * the draw depends only on the non-GT set. Python's {@code random.sample} sequence itself cannot be reproduced
     * (it also fails on sets since Python 3.11), so the draws differ from the reference's.
     *
     * @throws IllegalArgumentException when fewer than k labels are outside the ground truth (the reference crashes on
     *     random and silently builds a smaller T on best/worst)
     */
    public static int[] choose(Case c, double[] cleanLogits, int[] gt, int k, long seed) {
        List<Integer> free = new ArrayList<>();
        for (int j = 0; j < gt.length; j++) {
            if (gt[j] != 1) {
                free.add(j);
            }
        }
        if (k < 1 || free.size() < k) {
            throw new IllegalArgumentException("a target set of k = " + k + " needs k >= 1 labels outside the ground "
                    + "truth; this image has " + free.size());
        }
        int[] out = new int[k];
        if (c == Case.RANDOM) {
            Random r = new Random(seed);
            for (int i = 0; i < k; i++) { // partial Fisher–Yates over the ascending non-GT labels
                int pick = i + r.nextInt(free.size() - i);
                Integer tmp = free.get(i);
                free.set(i, free.get(pick));
                free.set(pick, tmp);
                out[i] = free.get(i);
            }
            return out;
        }
        double[] key = cleanLogits.clone();
        if (c == Case.WORST) {
            for (int j = 0; j < key.length; j++) {
                key[j] = -key[j];
            }
        }
        int n = 0;
        for (int j : TopKMetrics.topK(key, key.length)) {
            if (gt[j] != 1) {
                out[n++] = j;
                if (n == k) {
                    break;
                }
            }
        }
        return out;
    }
}
