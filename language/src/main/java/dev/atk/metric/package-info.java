/**
 * Multi-label attack metrics computed from a record's confidences and its objective: how far the adversarial
 * prediction is from the target (Hamming losses on the labels to change and to keep, instance F1), how the
 * adversarial confidences rank the target's positives (ranking loss, instance AUC, average precision), and Kendall's
 * τ_b against Song et al.'s criterion vector. Pure functions on per-label vectors, tested against hand-computed values.
 */
package dev.atk.metric;
