package dev.atk.stdlib.attacks;

import dev.atk.spi.ComponentCall;
import dev.atk.select.ClassSubset;
import dev.atk.spi.ParamInfo;
import dev.atk.spi.ParamRule;
import dev.atk.spi.ParamType;
import dev.atk.stdlib.objective.ObjectiveCalls;
import java.util.List;

/**
 * Parameters more than one registration declares: an attack and the loss or selection it stands for share them
 * ({@code slam(q)} the attack and {@code slam(q)} the loss; {@code class(...)} the attack and the selection), so
 * a default or a range is written once.
 */
final class SharedParams {
    private SharedParams() {}

    static final ParamInfo Q = ParamInfo.number("q", 0.5, 0.0, 1.0,
            "SLAM's weight of the BCE term (the BCE share is q·p, p = E(eps)/C from the profile)");

    static final ParamInfo MARGIN = ParamInfo.number("margin", 0.0, 0.0, 0.49,
            "how far past the 0.5 threshold the hinge pushes a label, in confidence (0: the authors' HingeLoss)");

    static final ParamInfo RATIO = ParamInfo.number("ratio", 1.66, 0.0, null,
            "subset length = int(min(C, ratio · int(E(eps)))) (§6.1; 1.66 ≈ 1/0.6 in the paper)");

    static final ParamInfo N = ParamInfo.integer("n", -1, -1.0, 1_000_000.0,
            "labels to attack; -1: CLASS's subset length at each budget (needs the profile)");

    static final ParamInfo GAMMA = ParamInfo.number("gamma", 0.0, 0.0, 1.0,
            "weight of label correlation against closeness (γ)");
    static final ParamInfo BRANCHES = ParamInfo.integer("branches", 4, 1.0, 16.0,
            "children per node of the look-ahead tree (b)");
    static final ParamInfo DEPTH = ParamInfo.integer("depth", 4, 1.0, 8.0, "levels of the look-ahead tree (d)");
    static final ParamInfo NORMALIZE_Z = ParamInfo.bool("normalize_z", false,
            "divide Z by its maximum (the paper's Algorithm 3; the code does not)");
    static final List<ParamInfo> CLASS = List.of(GAMMA, BRANCHES, DEPTH, RATIO, NORMALIZE_Z);
    /** CLASS's look-ahead tree must fit in memory: branches^depth leaves, bounded by {@link ClassSubset#MAX_LEAVES}. */
    static final ParamRule CLASS_TREE = new ParamRule(List.of(BRANCHES.name(), DEPTH.name()),
            v -> ClassSubset.treeProblem(v.get(BRANCHES.name()), v.get(DEPTH.name())),
            ClassSubset.TREE_HINT);

    static final ParamInfo PRIORITY = ParamInfo.function("priority", "the labels' order: f(conf, truth, labels) "
            + "returns one number per label, and the n highest are attacked (ties to the lower label index); called "
            + "once per image");
    static final List<ParamInfo> SUBSET = List.of(PRIORITY, N, RATIO);

    static final ParamInfo LOSS = ParamInfo.component("loss", ParamType.LOSS, ComponentCall.of("bce"),
            "the loss to descend: bce, linear or slam(q)");
    static final ParamInfo TARGETS = ParamInfo.component("targets", ParamType.TARGETS, ComponentCall.of("all"),
            "which labels the loss weighs: all, class(gamma), random(n), closest(n), subset(priority, n)");

    static final ParamInfo OBJECTIVE = ParamInfo.component("objective", ParamType.OBJECTIVE,
            ObjectiveCalls.DEFAULT, "what the labels should become: max_flip, hide(labels), show(labels), "
                    + "flip(labels), random_case, hide_single, top_k(k), show_many(n)");

    static final ParamInfo CASE = ParamInfo.choice("case", "best", List.of("best", "random", "worst"),
            "the target set: the k non-ground-truth labels with the largest logits, random ones, or the smallest");

    static final ParamInfo LR = ParamInfo.number("lr", 0.01, 0.0, null, "the optimiser's learning rate");

    /** {@code max_iter}, iterations at most. */
    static ParamInfo maxIter(long def, double max, String help) {
        return ParamInfo.integer("max_iter", def, 1.0, max, help);
    }

    /** {@code k}, the top-k. */
    static ParamInfo k(long def) {
        return ParamInfo.integer("k", def, 1.0, 1000.0, "the top-k");
    }
}
