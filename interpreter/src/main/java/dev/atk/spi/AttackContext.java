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
 */
public record AttackContext(RunSettings settings, ProfileResult profile, long taskSeed, float[][] clean,
                            CorrelationResult correlations) {

    /** A context without a precomputed clean pass. */
    public AttackContext(RunSettings settings, ProfileResult profile, long taskSeed) {
        this(settings, profile, taskSeed, null, null);
    }

    /** The same context with the clean confidences of the attacked items. */
    public AttackContext withClean(float[][] cleanConfidences) {
        return new AttackContext(settings, profile, taskSeed, cleanConfidences, correlations);
    }

    /** The clean confidences of items {@code from .. from+count-1} of the call, or null. */
    public float[][] cleanSlice(int from, int count) {
        return clean == null ? null : java.util.Arrays.copyOfRange(clean, from, from + count);
    }
}
