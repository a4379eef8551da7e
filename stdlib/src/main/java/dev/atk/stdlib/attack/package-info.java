/**
 * Gradient attacks on multi-label classifiers as DJL NDArray kernels. {@link dev.atk.stdlib.attack.MiFgsmState} is
 * one batch's MI-FGSM iterate (ALGORITHMS.md §2.1 L∞ and §2.2 L2, per-image normalisation, one sub-manager per
 * iteration); {@link dev.atk.stdlib.attack.MiFgsm} runs it over budgets, fusing a sweep into one trajectory with
 * checkpoints when the loss does not depend on ε.
 */
package dev.atk.stdlib.attack;
