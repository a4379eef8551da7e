package dev.atk.spi;

/**
 * Everything an attack run needs besides the model, the images and the call.
 *
 * @param profile the model's profile when the attack needs one (SLAM, CLASS), else null
 * @param taskSeed the seed for this task, derived from the global seed and the task digest
 * @param clean the clean confidences of the attacked items, aligned with the {@code items} of the call (the plan's
 *     shared clean pass), or null for the backend to compute them itself
 * @param correlations the flip-up correlation matrix when the attack's label selection needs one (CLASS with γ > 0),
 *     else null
 * @param keepImages whether each outcome carries its clean and adversarial pixels ({@link AttackOutcome#image}), for
 *     {@code report … as images}; off for every recorded run
 * @param sample every item of the plan's sample, of which a call attacks some (a resumed run only the missing ones);
 *     null when unknown. Attacks that learn from other images (the universal perturbations) train outside it, so
 *     no attacked image is a training image and a resumed run trains on the same images.
 */
public record AttackContext(RunSettings settings, ProfileResult profile, long taskSeed, float[][] clean,
                            CorrelationResult correlations, boolean keepImages, int[] sample) implements java.io.Serializable {

    public AttackContext(RunSettings settings, ProfileResult profile, long taskSeed, float[][] clean,
                         CorrelationResult correlations, boolean keepImages) {
        this(settings, profile, taskSeed, clean, correlations, keepImages, null);
    }

    /** A context without a precomputed clean pass. */
    public AttackContext(RunSettings settings, ProfileResult profile, long taskSeed) {
        this(settings, profile, taskSeed, null, null, false);
    }

    /** A context that does not keep pixels. */
    public AttackContext(RunSettings settings, ProfileResult profile, long taskSeed, float[][] clean,
                         CorrelationResult correlations) {
        this(settings, profile, taskSeed, clean, correlations, false);
    }

    /** The same context with the clean confidences of the attacked items. */
    public AttackContext withClean(float[][] cleanConfidences) {
        return new AttackContext(settings, profile, taskSeed, cleanConfidences, correlations, keepImages, sample);
    }

    /** The same context, asking for every outcome's pixels. */
    public AttackContext withImages() {
        return new AttackContext(settings, profile, taskSeed, clean, correlations, true, sample);
    }

    /** The same context under other settings (a backend's batch for an automatic one). */
    public AttackContext withSettings(RunSettings other) {
        return new AttackContext(other, profile, taskSeed, clean, correlations, keepImages, sample);
    }

    /** The same context, knowing the whole sample. */
    public AttackContext withSample(int[] items) {
        return new AttackContext(settings, profile, taskSeed, clean, correlations, keepImages, items.clone());
    }

    /** The clean confidences of items {@code from .. from+count-1} of the call, or null. */
    public float[][] cleanSlice(int from, int count) {
        return clean == null ? null : java.util.Arrays.copyOfRange(clean, from, from + count);
    }
}
