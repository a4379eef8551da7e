/**
 * Objectives: what an attack wants each label's prediction to become (ALGORITHMS.md §8.1, §11). An objective turns
 * an image's clean prediction (and, for some, its ground truth or a seeded draw) into a {@link
 * dev.atk.stdlib.objective.Goal}: a wanted prediction per label, or "either way". Every attack that takes
 * {@code objective=} reads the same goal, so a comparison between attacks is a comparison on one task.
 */
package dev.atk.stdlib.objective;
