package dev.atk.stdlib.attack;

import java.util.Locale;

/** The MI-FGSM geometry (ALGORITHMS.md §2): how the gradient is normalised and how a step is taken. */
public enum Norm {
    /** §2.1: L1-normalised gradient, sign step of ±α per coordinate. */
    LINF,
    /** §2.2: L2-normalised gradient, step α·g with no sign and no projection. */
    L2;

    /** The L2 variant's hard-coded step, 448/2560. */
    public static final double L2_ALPHA = dev.atk.spi.RunSettings.L2_ALPHA;

    /** {@code linf} or {@code l2} (the {@code norm} setting). */
    public static Norm parse(String text) {
        String s = text == null ? "linf" : text.trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "linf", "l_inf", "inf" -> LINF;
            case "l2" -> L2;
            default -> throw new IllegalArgumentException("unknown norm '" + text + "' (expected linf or l2)");
        };
    }

    /** MI-FGSM iterations for a budget: {@code (int)(eps/alpha)} in double precision, truncated (§2.1, §7.3). */
    public static int iterations(double eps, double alpha) {
        if (!(eps >= 0)) {
            throw new IllegalArgumentException("budget must be >= 0, got " + eps);
        }
        return (int) (eps / alpha);
    }
}
