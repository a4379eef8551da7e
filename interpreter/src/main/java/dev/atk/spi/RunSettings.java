package dev.atk.spi;

/**
 * The {@code set} values an attack run sees (LANGUAGE.md, "set KEY = EXPR").
 *
 * @param threshold prediction threshold; a label is positive iff confidence {@code > threshold} (strict)
 * @param alpha MI-FGSM step size for L∞ (default 1/2560); L2 uses its own (ALGORITHMS.md §2.2)
 * @param norm {@code linf} or {@code l2}
 * @param batch images per tensor
 * @param seed global seed; per-task seeds derive from it and the task digest
 * @param fidelity {@code faithful} (reference behaviour) or {@code fixed} (documented fixes)
 */
public record RunSettings(double threshold, double alpha, String norm, int batch, long seed, String fidelity) {

    public static final double DEFAULT_ALPHA = 1.0 / 2560.0;

    public static RunSettings defaults() {
        return new RunSettings(0.5, DEFAULT_ALPHA, "linf", 16, 11, "faithful");
    }

    public boolean faithful() {
        return "faithful".equals(fidelity);
    }
}
