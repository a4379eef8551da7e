package dev.atk.stdlib.objective;

import java.util.SplittableRandom;

/**
 * {@code hide(labels)}, {@code show(labels)} and {@code flip(labels, keep)}: named labels pushed to one side (hidden:
 * negative, shown: positive, flipped: the other side of their clean prediction), the others kept as predicted
 * ({@code keep=rest}) or left free ({@code keep=none}). MLALP's "person_reduction" is {@code hide(["person"])} and
 * its "sheep_augmentation" is {@code show(["sheep"])} (§8.1).
 */
public record NamedLabels(Side side, int[] labels, boolean keepRest) implements Objective {

    /** Where the named labels go. */
    public enum Side { HIDE, SHOW, FLIP }

    @Override
    public Goal goal(float[] clean, double threshold, int[] truth, SplittableRandom random) {
        float[] t = new float[clean.length];
        for (int j = 0; j < t.length; j++) {
            t[j] = keepRest ? (clean[j] > threshold ? 1f : 0f) : Float.NaN;
        }
        for (int j : labels) {
            t[j] = switch (side) {
                case HIDE -> 0f;
                case SHOW -> 1f;
                case FLIP -> clean[j] > threshold ? 0f : 1f;
            };
        }
        return new Goal(t, 0);
    }
}
