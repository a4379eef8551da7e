package dev.atk.stdlib.attacks;

import dev.atk.spi.ComponentCall;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.ParamInfo;
import dev.atk.spi.RunSettings;
import dev.atk.stdlib.attack.MlDeepFool;
import java.util.List;

/** ML-DeepFool (ALGORITHMS.md §8.3): least-norm linearised steps in label space until every label is on its side. */
public final class MlDeepFoolAttack extends MinimalAttackProvider {
    private static final ParamInfo MAX_ITER = SharedParams.maxIter(MlDeepFool.MAX_ITER, 100000.0,
            "iterations at most");

    @Override
    public List<ComponentInfo> attacks() {
        return List.of(minimal("ml_deepfool", "ML-DeepFool (§8.3): least-norm linearised steps until every label is "
                + "on its target's side; no budget, the record reports the perturbation needed",
                List.of(MAX_ITER, SharedParams.OBJECTIVE)));
    }

    @Override
    public long stepsPerImage(ComponentCall call, double[] budgets, RunSettings settings) {
        return MAX_ITER.integerIn(call); // an upper bound: images stop once every label matches
    }

    @Override
    Kernel kernel(AttackRun run, ComponentCall call) {
        RunSettings s = run.context().settings();
        MlDeepFool attack = checked(call, () -> new MlDeepFool(run.attacked(), s.threshold(), run.inputMin(),
                run.inputMax(), MAX_ITER.integerIn(call), s.faithful()));
        return (manager, images, items, signs) -> attack.run(manager, images, items, signs,
                run.context().keepImages(), run.control());
    }
}
