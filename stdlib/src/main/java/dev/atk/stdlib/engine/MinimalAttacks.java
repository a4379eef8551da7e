package dev.atk.stdlib.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.AttackContext;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.attack.MlDeepFool;
import dev.atk.stdlib.model.Classifier;
import java.util.List;
import java.util.Set;

/**
 * The attacks that take no budget and minimise the perturbation instead (ALGORITHMS.md §8): their plans carry one
 * budget, NaN, and each image's record reports the perturbation it needed. So far: ML-DeepFool.
 */
final class MinimalAttacks {
    static final Set<String> NAMES = Set.of("ml_deepfool");

    private MinimalAttacks() {}

    static boolean handles(ComponentCall attack) {
        return NAMES.contains(attack.name());
    }

    /** Image-iterations one image may take (the progress bar's total). */
    static long maxSteps(ComponentCall attack) {
        return maxIter(attack);
    }

    static List<AttackOutcome> run(ComponentCall attack, Classifier model, NDManager parent, NDArray images,
                                   int[] items, AttackContext context, RunControl control) {
        double min = model.config().input().min();
        double max = model.config().input().max();
        return switch (attack.name()) {
            case "ml_deepfool" -> new MlDeepFool(model, context.settings().threshold(), min, max, maxIter(attack),
                    context.settings().faithful()).run(parent, images, items, context.keepImages(), control);
            default -> throw new AtkRuntimeException("attack '" + attack.name() + "' is not a minimal-perturbation "
                    + "attack");
        };
    }

    private static int maxIter(ComponentCall attack) {
        long n = attack.args().containsKey("max_iter") ? attack.integer("max_iter") : MlDeepFool.MAX_ITER;
        if (n < 1 || n > 100_000) {
            throw new AtkRuntimeException(attack.name() + ": max_iter must be in 1..100000, got " + n);
        }
        return (int) n;
    }
}
