package dev.atk.stdlib.attack;

/**
 * One image's result under a top-k attack (ALGORITHMS.md §9.6). The generic record covers what every attack reports;
 * the rest is TkML-AP's own.
 *
 * @param outcome the generic record: pixel-space norms of x_adv − x against the REAL clean image x (in faithful mode
 *     they include the tanh quirk's distortion, since that is what the model saw), flips against the clean
 *     prediction at the model's threshold, {@code iterations} = the converge iteration (see each attack), budget = the
 *     L2 radius (NaN for kFool and universal perturbations)
 * @param success untargeted: no ground-truth label in the top-k; targeted: the top-k set is the target set exactly
 * @param foolingAtK the c_list indicators per {@link TopKMetrics#FR_KS}, from the returned adversarial output; all
 *     false for a failure (the reference records them only on success)
 * @param pert ‖modifier_out‖₂/(H·W) in pre-tanh space (§9.6); computed for failures too, but the reference averages
 *     it over successes only ({@link TopKMetrics#summarise})
 * @param queries forward passes of the model at distinct inputs that the attack made for this image (a batched
 *     Jacobian evaluation counts once; the clean pass for the records is not counted, the target choice's is)
 * @param target the target set T (label indices) of targeted attacks, else null
 * @param adversarialTopK the top-k labels of the returned adversarial output, largest first
 */
public record TopKOutcome(dev.atk.spi.AttackOutcome outcome, boolean success, boolean[] foolingAtK, double pert,
                          int queries, int[] target, int[] adversarialTopK) {}
