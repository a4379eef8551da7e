package dev.atk.spi;

/**
 * Everything an attack run needs besides the model, the images and the call.
 *
 * @param profile the model's profile when the attack needs one (SLAM, CLASS), else null
 * @param taskSeed the seed for this task, derived from the global seed and the task digest
 */
public record AttackContext(RunSettings settings, ProfileResult profile, long taskSeed) {}
