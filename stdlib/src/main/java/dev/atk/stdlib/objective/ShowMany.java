package dev.atk.stdlib.objective;

import java.util.SplittableRandom;

/**
 * "Showing many labels" (arXiv 2409.17568; ALGORITHMS.md §11): every label's target is positive, and an image counts
 * as a success when its adversarial prediction shows at least expLabels = avgLabels + 2ⁿ labels (scenarios n = 0..7),
 * or every label ({@code n = -1}, "show all"). avgLabels is the data set's mean number of ground-truth labels per
 * image. The count is rounded up to a whole label and capped at the label count.
 */
public record ShowMany(int n, double averageLabels) implements Objective {

    public ShowMany {
        if (n < -1 || n > 7) {
            throw new IllegalArgumentException("show_many: n must be -1 (show all) or 0..7, got " + n);
        }
    }

    /** The number of positive labels a success needs, for {@code labels} labels. */
    public int expectedLabels(int labels) {
        if (n < 0) {
            return labels;
        }
        return (int) Math.min(labels, Math.ceil(averageLabels + Math.pow(2, n) - 1e-9));
    }

    @Override
    public Goal goal(float[] clean, double threshold, int[] truth, SplittableRandom random) {
        float[] t = new float[clean.length];
        java.util.Arrays.fill(t, 1f);
        return new Goal(t, Math.max(1, expectedLabels(clean.length)));
    }
}
