package dev.atk.stdlib.attacks;

import dev.atk.spi.ComponentCall;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.ParamInfo;
import dev.atk.spi.RunSettings;
import dev.atk.stdlib.attack.MlaLp;
import java.util.List;

/**
 * MLA-LP (ALGORITHMS.md §8.4): per iteration the L∞-smallest step whose linearised BCE reaches each label's threshold,
 * one linear program per image, with threshold adaptation.
 */
public final class MlaLpAttack extends MinimalAttackProvider {
    private static final ParamInfo MAX_ITER = SharedParams.maxIter(MlaLp.MAX_ITER, 1000.0, "iterations at most");

    @Override
    public List<ComponentInfo> attacks() {
        return List.of(minimal("mla_lp", "MLA-LP (§8.4): per iteration the L∞-smallest step whose linearised BCE "
                + "reaches each label's threshold, a linear program per image (ojAlgo), with threshold adaptation; "
                + "no budget", List.of(MAX_ITER, SharedParams.OBJECTIVE)));
    }

    @Override
    public long stepsPerImage(ComponentCall call, double[] budgets, RunSettings settings) {
        return MAX_ITER.integerIn(call);
    }

    @Override
    Kernel kernel(AttackRun run, ComponentCall call) {
        RunSettings s = run.context().settings();
        MlaLp attack = checked(call, () -> new MlaLp(run.attacked(), s.threshold(), run.inputMin(), run.inputMax(),
                MAX_ITER.integerIn(call), s.faithful()));
        return (manager, images, items, signs) -> attack.run(manager, images, items, zeroOne(signs),
                run.context().keepImages(), run.control());
    }

    /** ±1 targets (0: free) as the {0, 1, NaN} wanted predictions MLA-LP takes. */
    static float[][] zeroOne(float[][] signs) {
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
}
