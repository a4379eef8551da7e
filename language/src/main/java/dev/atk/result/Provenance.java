package dev.atk.result;

/**
 * Where a record came from, so a number in a paper can be traced to the exact run that made it.
 *
 * @param scriptHash SHA-256 of the script text
 * @param planDigest digest of the task that produced the record
 * @param modelHash SHA-256 of the model weights
 * @param seed the task seed
 * @param versions ATK, DJL and PyTorch versions
 * @param device e.g. {@code cpu}
 * @param fidelity {@code faithful} or {@code fixed}
 */
public record Provenance(String scriptHash, String planDigest, String modelHash, long seed, String versions,
                         String device, String fidelity) {}
