package dev.atk.spi;

/**
 * Everything an attack run needs besides the model, the images and the call.
 *
 * @param profile the model's profile when the attack needs one (SLAM, CLASS), else null
 * @param taskSeed the seed for this task, derived from the global seed and the task digest
 * @param clean the clean confidences of the attacked items, aligned with the {@code items} of the call (the plan's
 *     shared clean pass), or null for the backend to compute them itself
 */
public record AttackContext(RunSettings settings, ProfileResult profile, long taskSeed, float[][] clean) {

    /** A context without a precomputed clean pass. */
    public AttackContext(RunSettings settings, ProfileResult profile, long taskSeed) {
        this(settings, profile, taskSeed, null);
    }

    /** The clean confidences of items {@code from .. from+count-1} of the call, or null. */
    public float[][] cleanSlice(int from, int count) {
        return clean == null ? null : java.util.Arrays.copyOfRange(clean, from, from + count);
    }
}
