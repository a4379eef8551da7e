package dev.atk.stdlib.attacks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.AttackContext;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.RunSettings;
import dev.atk.stdlib.attack.MiFgsm;
import dev.atk.stdlib.attack.MiFgsmConfig;
import dev.atk.stdlib.attack.Norm;
import dev.atk.stdlib.engine.Preflight;
import dev.atk.stdlib.objective.Goal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The batch loop of the budgeted gradient attacks. Images go {@code settings.batch} at a time in one tensor, each
 * batch in its own NDManager. A loss and selection independent of ε (bce, linear on all labels) run one trajectory per
 * batch with a checkpoint per budget, and the sink gets the batch's outcomes for all budgets at once; otherwise one run
 * per budget, and the sink gets each (batch, budget) as soon as it is done.
 */
public final class GradientAttackLoop {
    private GradientAttackLoop() {}

    static void run(AttackRun run, ComponentCall attack, AttackSpec spec, double[] budgets,
                    Consumer<List<AttackOutcome>> sink) {
        AttackContext context = run.context();
        ObjectiveGoals objective = ObjectiveGoals.of(attack, run.attacked().config().labels(), run.data(), context);
        spec.validate(context.profile());
        MiFgsmConfig kernelConfig = kernelConfig(context.settings(), spec.mu(), run.inputMin(), run.inputMax());
        for (double eps : budgets) {
            if (!(eps >= 0)) {
                throw new AtkRuntimeException(attack.name() + ": budget must be >= 0, got " + eps);
            }
            Preflight.checkBudget(run.attacked(), attack.name(), eps, kernelConfig.norm() == Norm.L2);
        }
        TargetWeights targets = TargetWeights.of(spec.targets(), context, run.data(), run.attacked().config().labels());
        if (!objective.isMaxFlip() && !targets.all()) {
            throw new AtkRuntimeException(attack.name() + ": targets=" + spec.targets().name() + "(...) chooses labels "
                    + "to flip, which only max_flip has; with objective=" + ObjectiveGoals.objectiveCall(attack).name()
                    + "(...) the objective says which labels move (leave targets=all)");
        }
        MiFgsm kernel = new MiFgsm(run.attacked(), kernelConfig).keepingImages(context.keepImages());
        var lossAt = spec.lossAt(context.profile());
        int done = 0;
        for (int[] chunk : run.batches()) {
            run.control().checkCancelled();
            // the plan's shared clean pass, when the executor has one: no clean forward pass per attack and budget
            float[][] clean = context.cleanSlice(done, chunk.length);
            done += chunk.length;
            try (NDManager sub = run.root().newSubManager()) {
                NDArray batch = run.pixels().apply(sub, chunk);
                if (clean == null && (!targets.all() || !objective.isMaxFlip())) {
                    clean = run.cleanConfidences(batch); // subsets and goals come from the clean confidences
                }
                Goal[] goals = objective.isMaxFlip() ? null : objective.goals(clean, chunk);
                NDArray goalTargets = goals == null ? null : ObjectiveGoals.targets(sub, goals);
                Consumer<List<AttackOutcome>> judged = goals == null ? sink
                        : outcomes -> sink.accept(objective.judged(outcomes, goals, chunk));
                if (spec.classic() != null) {
                    for (double eps : budgets) {
                        NDArray weights = weightTensor(sub, targets.weights(clean, chunk, eps), goals);
                        judged.accept(spec.classic().run(run.attacked(), kernelConfig, sub, batch, chunk, clean,
                                lossAt.apply(eps), weights, goalTargets, eps, context.taskSeed(),
                                context.keepImages(), run.control()));
                    }
                } else if (spec.dependsOnBudget()) {
                    for (double eps : budgets) {
                        NDArray weights = weightTensor(sub, targets.weights(clean, chunk, eps), goals);
                        judged.accept(kernel.sweep(sub, batch, chunk, clean, lossAt.apply(eps), weights, goalTargets,
                                new double[] {eps}, run.control()).get(0));
                    }
                } else {
                    NDArray weights = weightTensor(sub, targets.weights(clean, chunk, Double.NaN), goals);
                    List<AttackOutcome> all = new ArrayList<>();
                    kernel.sweep(sub, batch, chunk, clean, lossAt.apply(0), weights, goalTargets, budgets,
                            run.control()).forEach(all::addAll);
                    judged.accept(all);
                }
            }
        }
    }

    /** The kernel's settings, with a bad setting as a one-line runtime error. */
    public static MiFgsmConfig kernelConfig(RunSettings settings, double mu, double inputMin, double inputMax) {
        try {
            return MiFgsmConfig.of(settings, mu, inputMin, inputMax);
        } catch (IllegalArgumentException e) {
            throw new AtkRuntimeException(e.getMessage(), e);
        }
    }

    /** The selection's weights, masked by the goals' cared labels when there is an objective. */
    private static NDArray weightTensor(NDManager manager, float[][] weights, Goal[] goals) {
        if (goals != null) {
            return manager.create(ObjectiveGoals.weights(weights, goals));
        }
        return weights == null ? null : manager.create(weights);
    }
}
