package dev.atk.spi;

/**
 * The result of one attack on one image at one budget (LANGUAGE.md, "Results").
 *
 * @param item index of the image in the data handle
 * @param budget the ε this outcome belongs to (NaN for attacks that minimise the perturbation)
 * @param flips Σ XOR(pred_clean, pred_adv) on the final clamped image (ALGORITHMS.md §1)
 * @param iterations attack iterations taken
 * @param linf ‖x_adv − x‖∞, @param l2 ‖x_adv − x‖₂, @param rmsd root-mean-square of x_adv − x
 * @param clean clean confidences (sigmoid of logits), @param adversarial adversarial confidences
 * @param seconds wall time attributed to this image (its batch's time divided among the batch)
 * @param image the clean and adversarial pixels when the context asked for them ({@link AttackContext#keepImages}),
 *     else null: only {@code report … as images} needs them, and they are large
 */
public record AttackOutcome(int item, double budget, int flips, int iterations, double linf, double l2, double rmsd,
                            float[] clean, float[] adversarial, double seconds, AdversarialImage image) {

    /** An outcome without pixels (what every attack run records). */
    public AttackOutcome(int item, double budget, int flips, int iterations, double linf, double l2, double rmsd,
                         float[] clean, float[] adversarial, double seconds) {
        this(item, budget, flips, iterations, linf, l2, rmsd, clean, adversarial, seconds, null);
    }
}
