package dev.atk.stdlib.attacks;

import dev.atk.spi.ComponentCall;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.ParamInfo;
import dev.atk.spi.RunSettings;
import dev.atk.stdlib.attack.MlCw;
import dev.atk.stdlib.attack.RankAttack;
import java.util.ArrayList;
import java.util.List;

/** Rank I and Rank II (ALGORITHMS.md §8.5): ML-CW's tanh-space Adam on ranking hinges, with MLALP's settings. */
public final class RankAttacks extends MinimalAttackProvider {
    private static final TanhAdamParams ADAM = new TanhAdamParams(RankAttack.reference(), "the hinges' initial weight");

    @Override
    public List<ComponentInfo> attacks() {
        List<ParamInfo> params = new ArrayList<>(ADAM.all());
        params.add(SharedParams.OBJECTIVE);
        return List.of(
                minimal("rank1", "Rank I (§8.5): ML-CW's tanh-space Adam with the hinge max(wanted negatives) − "
                        + "min(wanted positives), squared L2, 10 binary-search steps; no budget", List.copyOf(params)),
                minimal("rank2", "Rank II (§8.5): Rank I plus the hinge max(positives to hide) − min(negatives kept); "
                        + "no budget", List.copyOf(params)));
    }

    @Override
    public long stepsPerImage(ComponentCall call, double[] budgets, RunSettings settings) {
        return ADAM.stepsPerImage(call);
    }

    @Override
    Kernel kernel(AttackRun run, ComponentCall call) {
        RankAttack.Kind kind = call.name().equals("rank1") ? RankAttack.Kind.RANK1 : RankAttack.Kind.RANK2;
        RunSettings s = run.context().settings();
        RankAttack attack = checked(call, () -> new RankAttack(run.attacked(), s.threshold(), kind,
                ADAM.options(call, MlCw.Distance.L2), s.faithful()));
        return (manager, images, items, signs) -> attack.run(manager, images, items, signs,
                run.context().keepImages(), run.control());
    }
}
