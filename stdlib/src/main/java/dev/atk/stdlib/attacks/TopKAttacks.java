package dev.atk.stdlib.attacks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.ComponentKind;
import dev.atk.spi.ParamInfo;
import dev.atk.spi.RunSettings;
import dev.atk.stdlib.attack.TopKAttack;
import dev.atk.stdlib.attack.TopKOutcome;
import dev.atk.stdlib.attack.TopKTargets;
import java.util.ArrayList;
import java.util.List;

/**
 * TkML-AP-U, TkML-AP-T and the ML-AP baseline (ALGORITHMS.md §9.2, §9.3, §9.5): SGD in tanh space under an L2 radius
 * of their own ({@code eps=}; -1 is the reference's radius scaled to the model's input box).
 */
public final class TopKAttacks extends PerImageTopKProvider {
    private static final ParamInfo K = SharedParams.k(3);
    private static final ParamInfo MAX_ITER = SharedParams.maxIter(1000, 100000.0, "SGD iterations");
    private static final ParamInfo LR = ParamInfo.number("lr", 0.01, 0.0, null, "SGD's learning rate");

    private static final List<ComponentInfo> ATTACKS = List.of(
            topK("tkml_u", "TkML-AP-U (§9.2): SGD in tanh space on the mean of the (C−k) largest max_GT f − f_j "
                    + "(closed-form λ), L2 radius eps; success: no ground-truth label in the top k",
                    eps("L2 radius in pixel units; -1: the reference's 10 scaled to this model's input box")),
            topK("tkml_t", "TkML-AP-T (§9.3): the top-k set made exactly T (k labels outside the ground truth, "
                    + "chosen best/random/worst), hinge at the k-th largest logit; keeps the smallest-norm success",
                    eps("L2 radius; -1: the reference's 3, scaled"), SharedParams.CASE),
            topK("ml_ap", "ML-AP (§9.5): the targeted baseline max(0, max_{j∉T} f − min_{j∈T} f), SGD, L2 "
                    + "radius eps", eps("L2 radius; -1: the reference's 10, scaled"), SharedParams.CASE));

    private static ParamInfo eps(String help) {
        return ParamInfo.number("eps", -1, -1.0, null, help);
    }

    /** k, then the attack's own knobs, then SGD's iterations and learning rate. */
    private static ComponentInfo topK(String name, String doc, ParamInfo... own) {
        List<ParamInfo> params = new ArrayList<>(List.of(K));
        params.addAll(List.of(own));
        params.add(MAX_ITER);
        params.add(LR);
        return new ComponentInfo(name, ComponentKind.ATTACK, doc, List.copyOf(params), false, false);
    }

    @Override
    public List<ComponentInfo> attacks() {
        return ATTACKS;
    }

    @Override
    public long stepsPerImage(ComponentCall call, double[] budgets, RunSettings settings) {
        return MAX_ITER.integerIn(call);
    }

    @Override
    List<TopKOutcome> batch(AttackRun run, ComponentCall call, NDManager manager, NDArray images, int[] items,
                            int[][] truth) {
        return new TopKAttack(run.attacked(), options(run, call)).run(manager, images, items, truth,
                run.context().keepImages(), run.control());
    }

    private static TopKAttack.Options options(AttackRun run, ComponentCall call) {
        TopKAttack.Kind kind = switch (call.name()) {
            case "tkml_u" -> TopKAttack.Kind.UNTARGETED;
            case "tkml_t" -> TopKAttack.Kind.TARGETED;
            default -> TopKAttack.Kind.MLAP;
        };
        ParamInfo eps = ATTACKS.stream().filter(a -> a.name().equals(call.name())).findFirst().orElseThrow()
                .param("eps").orElseThrow();
        double radius = eps.numberIn(call);
        TopKTargets.Case targetCase = kind == TopKAttack.Kind.UNTARGETED ? TopKTargets.Case.BEST
                : TopKTargets.Case.parse(SharedParams.CASE.choiceIn(call));
        RunSettings s = run.context().settings();
        return new TopKAttack.Options(kind, K.integerIn(call), radius > 0 ? radius
                : TopKAttack.defaultEps(kind, run.attacked().config().input()), MAX_ITER.integerIn(call),
                LR.numberIn(call), targetCase, s.seed(), 0, s.faithful(), true);
    }
}
