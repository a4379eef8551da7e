package dev.atk.stdlib.attacks;

import dev.atk.spi.ComponentInfo;
import dev.atk.spi.ComponentKind;
import java.util.List;

/**
 * The losses and target selections the gradient attacks compose ({@code mifgsm(loss=slam(q=0.5), targets=class())}):
 * their names, parameters and docs. {@link AttackSpec} turns them into kernel parts.
 */
public final class ComposedParts {
    private ComposedParts() {}

    public static final List<ComponentInfo> LOSSES = List.of(
            new ComponentInfo("bce", ComponentKind.LOSS, "binary cross-entropy (torch BCELoss, patient)", List.of(),
                    false, false),
            new ComponentInfo("linear", ComponentKind.LOSS, "linear loss t(1−y)+(1−t)y (greedy)", List.of(), false,
                    false),
            new ComponentInfo("hinge", ComponentKind.LOSS, "hinge max(0, 0.5 + m − y) for t = 1 (mirrored for t = 0): "
                    + "linear until a label is m past the threshold, then nothing", List.of(SharedParams.MARGIN), false,
                    false),
            new ComponentInfo("slam", ComponentKind.LOSS, "SLAM: (1−qp)·linear + qp·BCE", List.of(SharedParams.Q),
                    true, false),
            new ComponentInfo("slam_ramp", ComponentKind.LOSS, "SLAM's mix along one trajectory: the step out to "
                    + "radius r uses p = E(r)/C, so budget sweeps fuse", List.of(SharedParams.Q), true, false));

    public static final List<ComponentInfo> TARGET_SELECTIONS = List.of(
            new ComponentInfo("all", ComponentKind.TARGETS, "every label (max-flip: target = not clean prediction)",
                    List.of(), false, false),
            new ComponentInfo("class", ComponentKind.TARGETS,
                    "CLASS's subset (§6): closeness and correlations, branching look-ahead", SharedParams.CLASS, true,
                    false).withRule(SharedParams.CLASS_TREE),
            new ComponentInfo("random", ComponentKind.TARGETS, "n random labels, seeded per task, item and budget",
                    List.of(SharedParams.N, SharedParams.RATIO), false, false),
            new ComponentInfo("closest", ComponentKind.TARGETS, "the n labels nearest the threshold, |P − 0.5|",
                    List.of(SharedParams.N, SharedParams.RATIO), false, false),
            new ComponentInfo("subset", ComponentKind.TARGETS, "the n labels a function of yours ranks highest: "
                    + "priority(conf, truth, labels) gives one score per label", SharedParams.SUBSET, false, false));
}
