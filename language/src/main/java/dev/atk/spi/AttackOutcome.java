package dev.atk.spi;

import java.util.Map;

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
 * @param target the prediction the attack's objective asked for, per label: 1 (positive), 0 (negative) or NaN (either
 *     way); null means max-flip, every label to the other side of the threshold
 * @param threshold the decision threshold the predictions were made with (strict {@code >}); NaN when unknown (0.5)
 * @param measures the attack's own per-image numbers by name ({@code success}, {@code queries}, {@code pert},
 *     {@code fr_3}, ...), never null
 */
public record AttackOutcome(int item, double budget, int flips, int iterations, double linf, double l2, double rmsd,
                            float[] clean, float[] adversarial, double seconds, AdversarialImage image,
                            float[] target, double threshold, Map<String, Double> measures) implements java.io.Serializable {

    public AttackOutcome {
        measures = measures == null ? Map.of() : Map.copyOf(measures);
    }

    /** An outcome of a max-flip attack (no objective recorded, no measures). */
    public AttackOutcome(int item, double budget, int flips, int iterations, double linf, double l2, double rmsd,
                         float[] clean, float[] adversarial, double seconds, AdversarialImage image) {
        this(item, budget, flips, iterations, linf, l2, rmsd, clean, adversarial, seconds, image, null, Double.NaN,
                Map.of());
    }

    /** An outcome without pixels (what every attack run records). */
    public AttackOutcome(int item, double budget, int flips, int iterations, double linf, double l2, double rmsd,
                         float[] clean, float[] adversarial, double seconds) {
        this(item, budget, flips, iterations, linf, l2, rmsd, clean, adversarial, seconds, null);
    }

    /** This outcome with the objective's target and the threshold it was judged at. */
    public AttackOutcome withTarget(float[] goal, double decisionThreshold) {
        return new AttackOutcome(item, budget, flips, iterations, linf, l2, rmsd, clean, adversarial, seconds, image,
                goal, decisionThreshold, measures);
    }

    /** This outcome with more measures (a name already present keeps its value). */
    public AttackOutcome withMeasures(Map<String, Double> more) {
        java.util.Map<String, Double> all = new java.util.TreeMap<>(more);
        all.putAll(measures);
        return new AttackOutcome(item, budget, flips, iterations, linf, l2, rmsd, clean, adversarial, seconds, image,
                target, threshold, all);
    }
}
