package dev.atk.stdlib.attack;

/**
 * The binary search on the loss weight "const" that ML-CW and Rank I/II run between their optimisation steps
 * (ALGORITHMS.md §8.2): a success lowers the upper bound and bisects; a failure raises the lower bound and bisects,
 * or multiplies const by 10 while no upper bound is known (upper ≥ 1e9). With 10 or more steps the last one reruns at
 * the upper bound, as the reference does.
 */
final class ConstSearch {
    private final int steps;
    private double lower = 0;
    private double upper = 1e10;
    private double current;

    ConstSearch(double initial, int steps) {
        this.current = initial;
        this.steps = steps;
    }

    /** The const for binary-search step {@code step} (0-based). */
    double constFor(int step) {
        if (steps >= 10 && step == steps - 1) {
            current = upper;
        }
        return current;
    }

    /** Adjusts const after a step whose best image did (or did not) reach the target. */
    void update(boolean success) {
        if (success) {
            upper = Math.min(upper, current);
            if (upper < 1e9) {
                current = (lower + upper) / 2;
            }
        } else {
            lower = Math.max(lower, current);
            current = upper < 1e9 ? (lower + upper) / 2 : current * 10;
        }
    }
}
