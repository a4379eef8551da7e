package dev.atk.stdlib.attacks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.ComponentKind;
import dev.atk.spi.ParamInfo;
import dev.atk.spi.RunSettings;
import dev.atk.stdlib.attack.GaussianVector;
import dev.atk.stdlib.attack.Measurement;
import dev.atk.stdlib.attack.MiFgsm;
import dev.atk.stdlib.attack.MiFgsmConfig;
import dev.atk.stdlib.attack.MiFgsmState;
import dev.atk.stdlib.attack.Norm;
import dev.atk.stdlib.attack.Projection;
import dev.atk.stdlib.engine.Preflight;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Random noise at the budget, the baseline a gradient attack has to beat to show it uses the gradient at all: under
 * L∞ every pixel moves ±ε with a fair coin (a corner of the ε-ball, the largest noise the budget allows); under
 * {@code norm l2} the image moves ε along a uniformly random direction. With {@code trials > 1} each image keeps the
 * draw that flips the most labels (random search; ties keep the earlier draw). Draws are seeded by (task seed, item,
 * budget, trial), so batching never changes a record. No gradient is taken: each trial costs one forward pass.
 */
public final class RandomNoiseAttack implements AttackProvider {
    private static final ParamInfo TRIALS = ParamInfo.integer("trials", 1, 1.0, 1000.0,
            "noise draws per image; the one that flips the most labels is kept");

    @Override
    public List<ComponentInfo> attacks() {
        return List.of(new ComponentInfo("noise", ComponentKind.ATTACK, "random noise at the budget (L∞: ±ε per "
                + "pixel; L2: a random direction of length ε), the best of `trials` draws: the no-gradient baseline",
                List.of(TRIALS), false, true));
    }

    @Override
    public long stepsPerImage(ComponentCall call, double[] budgets, RunSettings settings) {
        return (long) TRIALS.integerIn(call) * budgets.length;
    }

    @Override
    public void run(AttackRun run, ComponentCall call, double[] budgets, Consumer<List<AttackOutcome>> sink) {
        RunSettings settings = run.context().settings();
        Norm norm = "l2".equals(settings.norm()) ? Norm.L2 : Norm.LINF;
        for (double eps : budgets) {
            Preflight.checkBudget(run.attacked(), call.name(), eps, norm == Norm.L2);
        }
        int trials = TRIALS.integerIn(call);
        int done = 0;
        for (int[] chunk : run.batches()) {
            float[][] clean = run.context().cleanSlice(done, chunk.length);
            done += chunk.length;
            try (NDManager sub = run.root().newSubManager()) {
                NDArray images = run.pixels().apply(sub, chunk);
                for (double eps : budgets) {
                    long start = System.nanoTime();
                    List<AttackOutcome> best = null;
                    for (int t = 0; t < trials; t++) {
                        run.control().checkCancelled();
                        List<AttackOutcome> draw = draw(run, images, chunk, clean, eps, norm, t, sub);
                        best = best == null ? draw : better(best, draw);
                        run.control().advance(chunk.length);
                    }
                    double seconds = (System.nanoTime() - start) / 1e9 / chunk.length;
                    sink.accept(best.stream().map(o -> new AttackOutcome(o.item(), o.budget(), o.flips(), trials,
                            o.linf(), o.l2(), o.rmsd(), o.clean(), o.adversarial(), seconds, o.image(), null,
                            o.threshold(), java.util.Map.of("queries", trials + 1.0))).toList());
                }
            }
        }
    }

    /** One noise draw on the batch at ε, measured on the clamped image. */
    private static List<AttackOutcome> draw(AttackRun run, NDArray images, int[] items, float[][] clean, double eps,
                                            Norm norm, int trial, NDManager parent) {
        RunSettings s = run.context().settings();
        // α = ε, so a displacement of ±1 (L∞) or of unit L2 length moves the image by exactly ε
        MiFgsmConfig config = new MiFgsmConfig(norm, eps > 0 ? eps : 1.0, 0.0, false, s.threshold(), run.inputMin(),
                run.inputMax());
        try (MiFgsmState state = new MiFgsmState(run.attacked(), config, parent, images, clean, null, null);
             NDManager m = parent.newSubManager()) {
            state.constrainedBy(Projection.ball(eps, norm));
            if (eps > 0) {
                state.startingAt(m.create(noise(images, items, norm, run.context().taskSeed(), eps, trial),
                        images.getShape()));
            }
            Measurement measured = state.measure();
            return MiFgsm.outcomes(state, measured, run.context().keepImages() ? state.images() : null, items, eps, 0,
                    0);
        }
    }

    /** Per image, the outcome with more flips (the earlier draw on a tie). */
    private static List<AttackOutcome> better(List<AttackOutcome> a, List<AttackOutcome> b) {
        List<AttackOutcome> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            out.add(b.get(i).flips() > a.get(i).flips() ? b.get(i) : a.get(i));
        }
        return out;
    }

    /**
     * Unit displacements, one seeded stream per (item, ε, trial): signs for L∞, a normalised Gaussian for L2. The draw
     * happens once per trial on the host, like PGD's random start, so it does not depend on batching or the device.
     */
    static float[] noise(NDArray images, int[] items, Norm norm, long seed, double eps, int trial) {
        int per = (int) (images.size() / items.length);
        float[] out = new float[per * items.length];
        for (int i = 0; i < items.length; i++) {
            SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + items[i] * 0xBF58476D1CE4E5B9L
                    + Double.doubleToLongBits(eps) * 31 + trial);
            if (norm == Norm.LINF) {
                for (int k = 0; k < per; k++) {
                    out[i * per + k] = rng.nextBoolean() ? 1f : -1f;
                }
                continue;
            }
            GaussianVector g = GaussianVector.draw(rng, per);
            for (int k = 0; k < per; k++) {
                out[i * per + k] = (float) (g.values()[k] / g.length());
            }
        }
        return out;
    }
}
