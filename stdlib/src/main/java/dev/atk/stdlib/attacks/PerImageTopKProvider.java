package dev.atk.stdlib.attacks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.ComponentCall;
import dev.atk.stdlib.attack.TopKOutcome;
import java.util.List;
import java.util.function.Consumer;

/**
 * A family of per-image top-k attacks (ALGORITHMS.md §9): batch by batch with each image's ground truth, no plan
 * budget, their verdicts as measures ({@link TopKRecords}).
 */
abstract class PerImageTopKProvider implements AttackProvider {

    /** One batch: the kernel {@code call} stands for on images with ground truth {@code truth}. */
    abstract List<TopKOutcome> batch(AttackRun run, ComponentCall call, NDManager manager, NDArray images, int[] items,
                                     int[][] truth);

    @Override
    public final void run(AttackRun run, ComponentCall call, double[] budgets, Consumer<List<AttackOutcome>> sink) {
        for (int[] chunk : run.batches()) {
            run.control().checkCancelled();
            int[][] truth = run.groundTruth(chunk);
            try (NDManager sub = run.root().newSubManager()) {
                List<TopKOutcome> out;
                try {
                    out = batch(run, call, sub, run.pixels().apply(sub, chunk), chunk, truth);
                } catch (IllegalArgumentException e) {
                    throw new AtkRuntimeException(call.name() + ": " + e.getMessage(), e);
                }
                sink.accept(TopKRecords.of(out, truth, run.context()));
            }
        }
    }
}
