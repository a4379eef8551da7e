package dev.atk.stdlib.attacks;

import dev.atk.spi.ComponentCall;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.ParamInfo;
import dev.atk.spi.RunSettings;
import dev.atk.stdlib.attack.MlCw;
import java.util.ArrayList;
import java.util.List;

/** ML-CW (ALGORITHMS.md §8.2) with van Thiel's settings as defaults: Adam in tanh space, binary search on const. */
public final class MlCwAttack extends MinimalAttackProvider {
    private static final TanhAdamParams ADAM = new TanhAdamParams(MlCw.Options.reference(), "the hinge's initial weight");
    private static final ParamInfo DISTANCE = ParamInfo.choice("distance", "linf", List.of("linf", "l2"),
            "linf: max|x' − x| (van Thiel); l2: squared L2 (the original)");

    @Override
    public List<ComponentInfo> attacks() {
        List<ParamInfo> params = new ArrayList<>(ADAM.all());
        params.add(DISTANCE);
        params.add(SharedParams.OBJECTIVE);
        return List.of(minimal("ml_cw", "ML-CW (§8.2): Adam in tanh space on const·hinge + distance, binary search on "
                + "const; no budget", List.copyOf(params)));
    }

    @Override
    public long stepsPerImage(ComponentCall call, double[] budgets, RunSettings settings) {
        return ADAM.stepsPerImage(call);
    }

    @Override
    Kernel kernel(AttackRun run, ComponentCall call) {
        MlCw attack = checked(call, () -> new MlCw(run.attacked(), run.context().settings().threshold(),
                ADAM.options(call, "l2".equals(DISTANCE.choiceIn(call)) ? MlCw.Distance.L2 : MlCw.Distance.LINF)));
        return (manager, images, items, signs) -> attack.run(manager, images, items, signs,
                run.context().keepImages(), run.control());
    }
}
