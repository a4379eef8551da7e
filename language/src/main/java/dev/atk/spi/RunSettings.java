package dev.atk.spi;

/**
 * The {@code set} values an attack run sees (LANGUAGE.md, "set KEY = EXPR").
 *
 * @param threshold prediction threshold; a label is positive iff confidence {@code > threshold} (strict)
 * @param alpha MI-FGSM step size for L∞ (default 1/2560); L2 uses its own (ALGORITHMS.md §2.2)
 * @param norm {@code linf} or {@code l2}
 * @param batch images per tensor, or {@link #AUTO_BATCH}: the backend chooses per model ({@link Backend#batchFor})
 * @param seed global seed; per-task seeds derive from it and the task digest
 * @param fidelity {@code faithful} (reference behaviour) or {@code fixed} (documented fixes)
 * @param dropout {@code eval} (models always run in eval mode) or {@code train}: the reference's Q2L quirk of dropout
 *     left active while attacking (ALGORITHMS.md §12.10), which makes outputs stochastic
 */
public record RunSettings(double threshold, double alpha, String norm, int batch, long seed, String fidelity,
                          String dropout) implements java.io.Serializable {

    public static final double DEFAULT_ALPHA = 1.0 / 2560.0;
    /** A batch no script set: the backend chooses one per model from its device's memory. */
    public static final int AUTO_BATCH = 0;
    /** Images per tensor where nothing else decides: the CPU's choice for any model that fits 16 times. */
    public static final int DEFAULT_BATCH = 16;
    /** MI-FGSM's L2 step size in the reference (ALGORITHMS.md §2.2): 448/2560, tied to 448×448×3 inputs. */
    public static final double L2_ALPHA = 448.0 / 2560.0;

    /** The step size a norm uses unless {@code set alpha} says otherwise. */
    public static double defaultAlpha(String norm) {
        return "l2".equals(norm) ? L2_ALPHA : DEFAULT_ALPHA;
    }

    /** Settings in eval mode (what every run uses unless {@code set dropout = "train"}). */
    public RunSettings(double threshold, double alpha, String norm, int batch, long seed, String fidelity) {
        this(threshold, alpha, norm, batch, seed, fidelity, "eval");
    }

    public static RunSettings defaults() {
        return new RunSettings(0.5, DEFAULT_ALPHA, "linf", DEFAULT_BATCH, 11, "faithful", "eval");
    }

    /** The same settings with {@code images} per tensor (a backend's choice for an {@link #AUTO_BATCH}). */
    public RunSettings withBatch(int images) {
        return new RunSettings(threshold, alpha, norm, images, seed, fidelity, dropout);
    }

    /** Whether the backend is to choose the batch. */
    public boolean autoBatch() {
        return batch == AUTO_BATCH;
    }

    /** Whether dropout stays active during attacks (the reference's Q2L quirk). */
    public boolean trainDropout() {
        return "train".equals(dropout);
    }

    /**
     * The settings that change what an analysis or attack computes, for plan digests and cache keys. Eval mode
     * adds nothing, so the keys of every run before the dropout option existed stay valid.
     */
    public String digestText() {
        return threshold + ":" + alpha + ":" + norm + ":" + fidelity + (trainDropout() ? ":dropout=train" : "");
    }

    public boolean faithful() {
        return "faithful".equals(fidelity);
    }
}
