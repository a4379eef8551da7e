package dev.atk.stdlib.attack;

import dev.atk.spi.RunSettings;

/**
 * Constants of one MI-FGSM run.
 *
 * @param norm L∞ (sign steps, L1 normalisation) or L2 (plain steps, L2 normalisation)
 * @param alpha step size: 1/2560 for L∞ by default, 0.175 for L2
 * @param mu momentum decay (1 in the reference)
 * @param stickyDead reference NaN semantics (§2.1 quirk): once an image's gradient norm is 0 its momentum would be
 *     NaN in torch, so it never moves again. Off: a zero-norm iteration just adds nothing and takes no step.
 * @param threshold a label is predicted positive iff confidence {@code > threshold} (strict)
 * @param clipMin lowest valid pixel value; the final image is clamped once to [clipMin, clipMax]
 * @param clipMax highest valid pixel value
 */
public record MiFgsmConfig(Norm norm, double alpha, double mu, boolean stickyDead, double threshold, double clipMin,
                           double clipMax) {

    public MiFgsmConfig {
        if (!(alpha > 0)) {
            throw new IllegalArgumentException("alpha must be > 0, got " + alpha);
        }
        if (!(clipMin < clipMax)) {
            throw new IllegalArgumentException("empty pixel range [" + clipMin + ", " + clipMax + "]");
        }
    }

    /**
     * The reference configuration for the settings: α from {@code settings.alpha()}, where L2 left at the L∞ default
     * 1/2560 means L2's own 0.175 (the planner already resolves an unset α per norm; this keeps settings built
     * without it right); the sticky dead flag in {@code faithful} fidelity (the {@code reference_nan_semantics}
     * behaviour). A {@code set alpha} under {@code norm l2} is honoured: 0.175 is tied to 448×448×3 inputs.
     */
    public static MiFgsmConfig of(RunSettings settings, double mu, double clipMin, double clipMax) {
        Norm norm = Norm.parse(settings.norm());
        double alpha = norm == Norm.L2 && settings.alpha() == RunSettings.DEFAULT_ALPHA ? Norm.L2_ALPHA
                : settings.alpha();
        return new MiFgsmConfig(norm, alpha, mu, settings.faithful(), settings.threshold(), clipMin, clipMax);
    }

    /** The reference defaults: L∞, α = 1/2560, μ = 1, threshold 0.5, pixels in [0,1], reference NaN semantics. */
    public static MiFgsmConfig reference() {
        return new MiFgsmConfig(Norm.LINF, RunSettings.DEFAULT_ALPHA, 1.0, true, 0.5, 0, 1);
    }

    public MiFgsmConfig withNorm(Norm n, double a) {
        return new MiFgsmConfig(n, a, mu, stickyDead, threshold, clipMin, clipMax);
    }

    public int iterations(double eps) {
        return Norm.iterations(eps, alpha);
    }
}
