package dev.atk.stdlib.attacks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.ComponentKind;
import dev.atk.spi.ParamInfo;
import dev.atk.stdlib.objective.Goal;
import java.util.List;
import java.util.function.Consumer;

/**
 * A family of attacks that take no budget and minimise the perturbation instead (ALGORITHMS.md §8): their plans carry
 * no budget (one NaN), and each image's record reports the perturbation it needed. They share one batch loop: the
 * objective's goals from the clean confidences (the plan's shared clean pass where there is one), the kernel on the
 * batch, the outcomes judged against the goals.
 */
abstract class MinimalAttackProvider implements AttackProvider {

    /** One batch of a minimal attack. {@code signs}: per image the ±1 target (0: free), or null for max-flip. */
    interface Kernel {
        List<AttackOutcome> run(NDManager manager, NDArray images, int[] items, float[][] signs);
    }

    /** The kernel {@code call} runs on {@code run}'s model. */
    abstract Kernel kernel(AttackRun run, ComponentCall call);

    /** A registration of a minimal attack: it takes no budget and needs no profile. */
    static ComponentInfo minimal(String name, String doc, List<ParamInfo> params) {
        return new ComponentInfo(name, ComponentKind.ATTACK, doc, params, false, false);
    }

    @Override
    public final void run(AttackRun run, ComponentCall call, double[] budgets, Consumer<List<AttackOutcome>> sink) {
        ObjectiveGoals objective = ObjectiveGoals.of(call, run.attacked().config().labels(), run.data(),
                run.context());
        Kernel kernel = kernel(run, call);
        int done = 0;
        for (int[] chunk : run.batches()) {
            run.control().checkCancelled();
            float[][] clean = run.context().cleanSlice(done, chunk.length);
            done += chunk.length;
            try (NDManager sub = run.root().newSubManager()) {
                NDArray batch = run.pixels().apply(sub, chunk);
                if (objective.isMaxFlip()) {
                    sink.accept(kernel.run(sub, batch, chunk, null));
                    continue;
                }
                Goal[] goals = objective.goals(clean != null ? clean : run.cleanConfidences(batch), chunk);
                sink.accept(objective.judged(kernel.run(sub, batch, chunk, ObjectiveGoals.signs(goals)), goals,
                        chunk));
            }
        }
    }

    /** A kernel built from a call, with a malformed argument as a one-line runtime error. */
    static <T> T checked(ComponentCall call, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new AtkRuntimeException(call.name() + ": " + e.getMessage(), e);
        }
    }
}
