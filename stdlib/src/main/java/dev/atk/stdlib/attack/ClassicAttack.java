package dev.atk.stdlib.attack;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.loss.Loss;
import dev.atk.stdlib.model.Classifier;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The classic gradient attacks as recipes of MI-FGSM's parts ({@link MiFgsmState}: loss and targets × step rule ×
 * {@link Projection} × a fixed number of steps), for any loss and label subset:
 *
 * <table>
 *   <tr><th>attack</th><th>step</th><th>momentum</th><th>steps, step size</th><th>projection</th><th>start</th></tr>
 *   <tr><td>fgsm</td><td>sign (L∞)</td><td>0</td><td>1 of ε</td><td>pixel range</td><td>clean</td></tr>
 *   <tr><td>fgm</td><td>L2-normalised</td><td>0</td><td>1 of ε</td><td>pixel range</td><td>clean</td></tr>
 *   <tr><td>bim</td><td>the norm's</td><td>0</td><td>n of ε/n</td><td>ε-ball, pixel range, every step</td><td>clean</td></tr>
 *   <tr><td>pgd</td><td>the norm's</td><td>0</td><td>n of r·ε/n</td><td>ε-ball, pixel range, every step</td>
 *       <td>uniform in the ball</td></tr>
 * </table>
 *
 * Unlike the reference MI-FGSM they project after every step and never follow a gradient of norm 0 (no sticky NaN).
 * The reference's own {@code fgsm} (ALGORITHMS.md §2.3) ignores its loss and always uses BCE on all labels; here the
 * loss and targets are honoured, so {@code fgsm()} with the defaults is that reference routine.
 *
 * @param kind which recipe
 * @param steps n, for bim and pgd (fgsm and fgm take one step)
 * @param stepRatio r, pgd's step as a multiple of ε/n (2.5 in Madry et al.)
 * @param randomStart pgd's uniform start in the ε-ball
 */
public record ClassicAttack(Kind kind, int steps, double stepRatio, boolean randomStart) {

    public enum Kind { FGSM, FGM, BIM, PGD }

    public ClassicAttack {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be >= 1, got " + steps);
        }
        if (!(stepRatio > 0)) {
            throw new IllegalArgumentException("step ratio must be > 0, got " + stepRatio);
        }
    }

    /** Steps one image takes at any budget. */
    public int stepsPerBudget() {
        return kind == Kind.FGSM || kind == Kind.FGM ? 1 : steps;
    }

    /** The step geometry: fgsm is L∞ and fgm L2 by definition; bim and pgd follow the {@code norm} setting. */
    public Norm norm(Norm setting) {
        return switch (kind) {
            case FGSM -> Norm.LINF;
            case FGM -> Norm.L2;
            default -> setting;
        };
    }

    /** The step size at budget ε. */
    public double stepSize(double eps) {
        return switch (kind) {
            case FGSM, FGM -> eps;
            case BIM -> eps / steps;
            case PGD -> stepRatio * eps / steps;
        };
    }

    /**
     * Attacks a batch at budget ε and measures the result.
     *
     * @param base threshold, pixel range and the norm setting (its α and μ are replaced by the recipe's)
     * @param clean the clean confidences (B×C), or null to compute them
     * @param targets the objective's wanted predictions (B×C in {0,1}), or null for max-flip
     * @param seed the task seed; pgd's start for item i is drawn from (seed, item), so it does not depend on batching
     * @param keepImages copy each image's pixels to the host at the end, for {@code report … as images}
     */
    public List<AttackOutcome> run(Classifier model, MiFgsmConfig base, NDManager parent, NDArray images, int[] items,
                                   float[][] clean, Loss loss, NDArray weights, NDArray targets, double eps,
                                   long seed, boolean keepImages, RunControl control) {
        long start = System.nanoTime();
        Norm norm = norm(base.norm());
        int n = eps > 0 ? stepsPerBudget() : 0;
        double alpha = eps > 0 ? stepSize(eps) : 1.0; // no step at ε = 0: any α gives the clean image
        MiFgsmConfig config = new MiFgsmConfig(norm, alpha, 0.0, false, base.threshold(), base.clipMin(),
                base.clipMax());
        try (MiFgsmState state = new MiFgsmState(model, config, parent, images, clean, weights, targets)) {
            if (items.length != state.batch()) {
                throw new IllegalArgumentException(items.length + " item ids for a batch of " + state.batch());
            }
            state.constrainedBy(Projection.ball(eps, norm));
            if (kind == Kind.PGD && randomStart && eps > 0) {
                try (NDManager m = parent.newSubManager()) {
                    state.startingAt(m.create(randomStart(images, items, eps / alpha, norm, seed),
                            images.getShape()));
                }
            }
            for (int k = 0; k < n; k++) {
                control.checkCancelled();
                state.step(loss.atRadius(Math.min(eps, (k + 1) * alpha)));
                control.advance(state.batch());
            }
            Measurement m = state.measure();
            double seconds = (System.nanoTime() - start) / 1e9 / state.batch();
            return MiFgsm.outcomes(state, m, keepImages ? state.images() : null, items, eps, n, seconds);
        }
    }

    /** Displacements (in units of α) uniform in the ball of radius {@code radius}, one seeded stream per item. */
    static float[] randomStart(NDArray images, int[] items, double radius, Norm norm, long seed) {
        int per = (int) (images.size() / items.length);
        float[] out = new float[per * items.length];
        for (int i = 0; i < items.length; i++) {
            SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + items[i]);
            if (norm == Norm.LINF) {
                for (int k = 0; k < per; k++) {
                    out[i * per + k] = (float) ((2 * rng.nextDouble() - 1) * radius);
                }
            } else {
                // a uniform direction (normalised Gaussian) at a radius uniform in volume, r·u^(1/dim)
                GaussianVector g = GaussianVector.draw(rng, per);
                double scale = radius * Math.pow(rng.nextDouble(), 1.0 / per) / g.length();
                for (int k = 0; k < per; k++) {
                    out[i * per + k] = (float) (g.values()[k] * scale);
                }
            }
        }
        return out;
    }
}
