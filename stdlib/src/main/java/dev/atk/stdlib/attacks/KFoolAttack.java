package dev.atk.stdlib.attacks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.ComponentKind;
import dev.atk.spi.ParamInfo;
import dev.atk.spi.RunSettings;
import dev.atk.stdlib.attack.KFool;
import dev.atk.stdlib.attack.TopKOutcome;
import java.util.List;

/** kFool (ALGORITHMS.md §9.5), TkML-AP's untargeted baseline: DeepFool-style steps against the top-(k+1) labels. */
public final class KFoolAttack extends PerImageTopKProvider {
    private static final ParamInfo K = SharedParams.k(3);
    private static final ParamInfo MAX_ITER = SharedParams.maxIter(1000, 100000.0, "iterations at most");

    @Override
    public List<ComponentInfo> attacks() {
        return List.of(new ComponentInfo("kfool", ComponentKind.ATTACK, "kFool (§9.5): DeepFool-style steps against "
                + "the top-(k+1) labels until no ground-truth label is in the top k; no budget",
                List.of(K, MAX_ITER), false, false));
    }

    @Override
    public long stepsPerImage(ComponentCall call, double[] budgets, RunSettings settings) {
        return MAX_ITER.integerIn(call);
    }

    @Override
    List<TopKOutcome> batch(AttackRun run, ComponentCall call, NDManager manager, NDArray images, int[] items,
                            int[][] truth) {
        KFool.Options options = new KFool.Options(K.integerIn(call), MAX_ITER.integerIn(call),
                run.context().settings().faithful());
        return new KFool(run.attacked(), options).run(manager, images, items, truth, run.context().keepImages(),
                run.control());
    }
}
