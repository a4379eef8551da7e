package dev.atk.stdlib.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.AttackContext;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.attack.MlCw;
import dev.atk.stdlib.attack.MlDeepFool;
import dev.atk.stdlib.attack.MlaLp;
import dev.atk.stdlib.attack.RankAttack;
import dev.atk.stdlib.model.Classifier;
import java.util.List;
import java.util.Set;

/**
 * The attacks that take no budget and minimise the perturbation instead (ALGORITHMS.md §8): their plans carry one
 * budget, NaN, and each image's record reports the perturbation it needed: ML-DeepFool, ML-CW, MLA-LP, Rank I and
 * Rank II.
 */
final class MinimalAttacks {
    static final Set<String> NAMES = Set.of("ml_deepfool", "ml_cw", "mla_lp", "rank1", "rank2");

    private MinimalAttacks() {}

    static boolean handles(ComponentCall attack) {
        return NAMES.contains(attack.name());
    }

    /** Image-iterations one image may take (the progress bar's total). */
    static long maxSteps(ComponentCall attack) {
        return switch (attack.name()) {
            case "ml_cw", "rank1", "rank2" -> (long) cwOptions(attack).binarySteps() * cwOptions(attack).maxIter();
            case "mla_lp" -> maxIter(attack, MlaLp.MAX_ITER);
            default -> maxIter(attack, MlDeepFool.MAX_ITER);
        };
    }

    /** @param signs per image the ±1 target (0: free), or null for max-flip */
    static List<AttackOutcome> run(ComponentCall attack, Classifier model, NDManager parent, NDArray images,
                                   int[] items, float[][] signs, AttackContext context, RunControl control) {
        double min = model.config().input().min();
        double max = model.config().input().max();
        return switch (attack.name()) {
            case "ml_deepfool" -> new MlDeepFool(model, context.settings().threshold(), min, max,
                    maxIter(attack, MlDeepFool.MAX_ITER),
                    context.settings().faithful()).run(parent, images, items, signs, context.keepImages(), control);
            case "ml_cw" -> new MlCw(model, context.settings().threshold(), cwOptions(attack))
                    .run(parent, images, items, signs, context.keepImages(), control);
            case "mla_lp" -> new MlaLp(model, context.settings().threshold(), min, max,
                    maxIter(attack, MlaLp.MAX_ITER), context.settings().faithful())
                    .run(parent, images, items, zeroOne(signs), context.keepImages(), control);
            case "rank1", "rank2" -> new RankAttack(model, context.settings().threshold(),
                    attack.name().equals("rank1") ? RankAttack.Kind.RANK1 : RankAttack.Kind.RANK2, cwOptions(attack),
                    context.settings().faithful()).run(parent, images, items, signs, context.keepImages(), control);
            default -> throw new AtkRuntimeException("attack '" + attack.name() + "' is not a minimal-perturbation "
                    + "attack");
        };
    }

    /**
     * The options of the tanh-space attacks: van Thiel's ML-CW settings, or MLALP's for Rank I/II (§8.1), unless the
     * call says otherwise. The rank attacks always use the squared L2 distance.
     */
    private static MlCw.Options cwOptions(ComponentCall attack) {
        MlCw.Options r = attack.name().startsWith("rank") ? RankAttack.reference() : MlCw.Options.reference();
        try {
            return new MlCw.Options(
                    attack.args().containsKey("binary_steps") ? (int) attack.integer("binary_steps") : r.binarySteps(),
                    attack.args().containsKey("max_iter") ? (int) attack.integer("max_iter") : r.maxIter(),
                    attack.args().containsKey("lr") ? attack.number("lr") : r.learningRate(),
                    attack.args().containsKey("const") ? attack.number("const") : r.initialConst(),
                    !attack.args().containsKey("distance") ? r.distance()
                            : "l2".equals(attack.string("distance")) ? MlCw.Distance.L2 : MlCw.Distance.LINF);
        } catch (IllegalArgumentException e) {
            throw new AtkRuntimeException(attack.name() + ": " + e.getMessage(), e);
        }
    }

    /** ±1 targets (0: free) as the {0, 1, NaN} wanted predictions MLA-LP takes. */
    private static float[][] zeroOne(float[][] signs) {
        if (signs == null) {
            return null;
        }
        float[][] out = new float[signs.length][];
        for (int b = 0; b < signs.length; b++) {
            out[b] = new float[signs[b].length];
            for (int j = 0; j < out[b].length; j++) {
                out[b][j] = signs[b][j] > 0 ? 1f : signs[b][j] < 0 ? 0f : Float.NaN;
            }
        }
        return out;
    }

    private static int maxIter(ComponentCall attack, int fallback) {
        long n = attack.args().containsKey("max_iter") ? attack.integer("max_iter") : fallback;
        if (n < 1 || n > 100_000) {
            throw new AtkRuntimeException(attack.name() + ": max_iter must be in 1..100000, got " + n);
        }
        return (int) n;
    }
}
